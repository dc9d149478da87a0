/// A small roster site written inline: one county, two townships, three villages, two months.
///
/// 2026-10: A001 2人 1100.00, A002 1人 715.00 (柳林村), 杨庄村 header only, B001 1人 550.00 (石门村,
///          in a combined file with a 区划代码 column) → 4 户 7 人 3,565.50... plus A003 3人 1200.50.
/// 2026-11: A001 1000.50 (调整), A002 gone (停保), A003 2人 1100.00 (调整), A004 new in 杨庄村 (新增).
enum RosterSite {
    static let regions = """
        区划代码,名称,撤销后代码
        410829000000,云台县,
        410829101000,柳林镇,
        410829101201,柳林村,
        410829101202,杨庄村,
        410829201000,石门乡,
        410829201201,石门村,

        """

    static func month(_ month: String, days: Int, totals: (Int, Int, String)? = nil) -> String {
        var text = """
            notice_type: 长期公示
            publish_from: \(month)-01
            publish_to: \(month)-\(days)
            publisher: 云台县民政局
            hotline: "0391-7123456"
            address: 云台县人民路88号民政局社会救助股
            basis:
              - 《最低生活保障审核确认办法》

            """
        if let totals {
            text += "expected_totals:\n  households: \(totals.0)\n  persons: \(totals.1)\n  amount: \"\(totals.2)\"\n"
        }
        return text
    }

    static let header = "记录编号,户主姓名,保障人数,家庭人口,保障类别,月保障金额(元),起始月份,备注\n"

    static var files: [String: String] {
        [
            "content/regions.csv": regions,
            "content/standards.yaml": """
                - from: 2024-01-01
                  region: "410829"
                  城市低保: 667
                  农村低保: 550
                  城市特困: 868
                  农村特困: 715

                """,
            "content/rosters/2026-10/_month.yaml": month("2026-10", days: 31, totals: (5, 10, "4765.50")),
            "content/rosters/2026-10/410829101201.csv": header + """
                A001,张*丰,2,3,农村低保,1100,2024-01,
                A002,李*,1,1,农村特困,715.00,2023-05,
                A003,欧阳*娜,3,3,农村低保,1200.5,2025-02,整户保
                """,
            "content/rosters/2026-10/410829101202.csv": header,
            "content/rosters/2026-10/石门乡.csv": """
                区划代码,记录编号,户主姓名,保障人数,保障类别,月保障金额(元)
                410829201201,B001,王*,1,农村低保,550
                410829201201,B002,"买买提·**",3,农村低保,1200.00

                """,
            "content/rosters/2026-11/_month.yaml": month("2026-11", days: 30, totals: (5, 9, "4400.50")),
            "content/rosters/2026-11/410829101201.csv": header + """
                A001,张*丰,2,3,农村低保,1000.50,2024-01,收入变化
                A003,欧阳*娜,2,3,农村低保,1100,2025-02,人口变化

                """,
            "content/rosters/2026-11/410829101202.csv": header + "A004,赵**明,1,1,农村低保,550,2026-11,新纳入\r\n",
            "content/rosters/2026-11/石门乡.csv": """
                区划代码,记录编号,户主姓名,保障人数,保障类别,月保障金额(元)
                410829201201,B001,王*,1,农村低保,550
                410829201201,B002,"买买提·**",3,农村低保,1200.00

                """,
        ]
    }
}
