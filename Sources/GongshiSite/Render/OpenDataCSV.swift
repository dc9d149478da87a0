import GongshiCore

/// Open data (政府信息公开条例 art. 24): a month's totals by region, every month's, and — only when
/// `site.yaml` says `open_data: {households: true}` — each village's households as its page shows
/// them (names masked as published). CSV as Excel opens it without a question: UTF-8 with a byte
/// order mark, CRLF line ends, amounts in yuan with two decimals and no thousands separators.
enum OpenDataCSV {
    static let totalsHeader = ["区划代码", "名称", "户数", "人数", "金额"]
    static let householdsHeader = ["序号", "户主姓名", "保障人数", "保障类别", "月保障金额"]

    /// `rosters/YYYY-MM/totals.csv`: each county, then each of its townships followed by its villages.
    static func monthTotals(_ entry: RosterIndex.MonthEntry, regions: RegionDirectory) -> String {
        var text = "\u{FEFF}" + row(totalsHeader)
        for code in regionsInOrder(entry) { text += row(totalsRow(code, entry: entry, regions: regions)) }
        return text
    }

    /// `rosters/totals.csv`: every month, oldest first, with the month in front.
    static func allTotals(_ index: RosterIndex, regions: RegionDirectory) -> String {
        var text = "\u{FEFF}" + row(["月份"] + totalsHeader)
        for entry in index.months {
            let month = entry.month.month.description
            for code in regionsInOrder(entry) { text += row([month] + totalsRow(code, entry: entry, regions: regions)) }
        }
        return text
    }

    /// `rosters/YYYY-MM/<village>.csv`: the village's households in roster order.
    static func households(_ entry: RosterIndex.MonthEntry, village: RegionCode) -> String {
        var text = "\u{FEFF}" + row(householdsHeader)
        for (index, household) in entry.households(in: village).enumerated() {
            text += row([String(index + 1), household.headName, String(household.persons), household.category.rawValue,
                         household.amount.yuanPlain])
        }
        return text
    }

    /// County, its townships, each followed by its villages: the month page's order.
    static func regionsInOrder(_ entry: RosterIndex.MonthEntry) -> [RegionCode] {
        var codes: [RegionCode] = []
        for county in entry.regions(at: .county) {
            codes.append(county)
            for township in entry.regions(at: .township, within: county) {
                codes.append(township)
                codes += entry.villages(within: township)
            }
        }
        return codes
    }

    private static func totalsRow(_ code: RegionCode, entry: RosterIndex.MonthEntry, regions: RegionDirectory) -> [String] {
        let totals = entry.totals(of: code)
        return [code.digits, regions.name(of: code), String(totals.households), String(totals.persons), totals.amount.yuanPlain]
    }

    static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// RFC 4180 quoting; a text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, a tab
    /// or carriage return first) is kept as text by a leading `'`.
    static func field(_ text: String) -> String {
        var value = text
        if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            value = "'" + value
        }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
