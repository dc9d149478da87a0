import Foundation
import Testing
@testable import GongshiCore

/// `site.yaml` `supervision:`: what the 监督举报 page says beyond the hotlines.
@Suite struct SupervisionSettingsTests {
    static let head = "title: 低保公示\npublisher: 民政局\n"

    @Test func everyKeyIsRead() throws {
        let config = try #require(parseSiteConfig(Self.head + """
            supervision:
              address: 云台县人民路88号 云台县民政局
              channels:
                - name: 现场反映
                  detail: 县民政局一楼窗口
                - {name: 网上信箱, detail: 县政府门户网站“书记县长信箱”}
              reply_days: 15
              review_body: 云台县人民政府
              review_days: 60
              court: 云台县人民法院
              lawsuit_months: 6
            """).config)
        let settings = config.supervision
        #expect(settings.address == "云台县人民路88号 云台县民政局")
        #expect(settings.channels == [.init(name: "现场反映", detail: "县民政局一楼窗口"),
                                      .init(name: "网上信箱", detail: "县政府门户网站“书记县长信箱”")])
        #expect(settings.replyDays == 15)
        #expect(settings.reviewBody == "云台县人民政府" && settings.reviewDays == 60)
        #expect(settings.court == "云台县人民法院" && settings.lawsuitMonths == 6)
    }

    @Test func withoutTheBlockThePageFollowsTheRegulations() throws {
        let settings = try #require(parseSiteConfig(Self.head).config).supervision
        #expect(settings.address == nil && settings.channels.isEmpty && settings.replyDays == nil)
        #expect(settings.reviewBody == "县级人民政府" && settings.reviewDays == 60)
        #expect(settings.court == "有管辖权的人民法院" && settings.lawsuitMonths == 6)
    }

    @Test func mistakesAreErrorsAtTheirLine() {
        let (config, rendered) = parseSiteConfig(Self.head + """
            supervision:
              adress: 某地
              reply_days: 0
              channels:
                - name: 现场反映
                - 窗口
            """)
        #expect(config == nil)
        #expect(rendered == [
            "site.yaml:4:3: 错误 GS1023: 未知的配置项 adress，是不是 address？\n  提示：可用的配置项：\(SupervisionSettings.knownKeys.joined(separator: ", "))",
            errorLine("site.yaml:5:15", Messages.expectedInteger("supervision.reply_days", "0", range: 1...90)),
            errorLine("site.yaml:7:7", Messages.supervisionChannelsShape),
            errorLine("site.yaml:8:7", Messages.supervisionChannelsShape),
        ])
    }
}
