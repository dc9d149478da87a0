/// The keys of `site.yaml` `supervision:` (see `SupervisionSettings`).
enum SupervisionSchema {
    static var schema: YAMLSchema<SupervisionSettings> {
        YAMLSchema(prefix: "supervision.", [
            .text("address", \.address, help: "受理投诉和意见的地址"),
            .list("channels", channelSchema, start: ChannelFields(), \.channels, shape: Messages.supervisionChannelsShape,
                  help: "反映渠道列表，每项 name 和 detail") { item, reading, log in
                guard let name = item.name, let detail = item.detail else {
                    // A value that is not text has its own message; a missing key gets this one.
                    if reading.written.count < 2 { log.error(reading.at, Messages.supervisionChannelsShape) }
                    return nil
                }
                return SupervisionSettings.Channel(name: name, detail: detail)
            },
            .integer("reply_days", SupervisionSettings.replyDaysRange, \.replyDays, help: "答复期限（天）"),
            .text("review_body", \.reviewBody, help: "行政复议机关（默认 \(SupervisionSettings.defaultReviewBody)）"),
            .integer("review_days", SupervisionSettings.reviewDaysRange, \.reviewDays, help: "申请行政复议的期限（天，默认 60）"),
            .text("court", \.court, help: "提起行政诉讼的法院（默认 \(SupervisionSettings.defaultCourt)）"),
            .integer("lawsuit_months", SupervisionSettings.lawsuitMonthsRange, \.lawsuitMonths, help: "提起行政诉讼的期限（月，默认 6）"),
        ])
    }

    struct ChannelFields {
        var name: String?
        var detail: String?
    }

    static var channelSchema: YAMLSchema<ChannelFields> {
        YAMLSchema(prefix: "supervision.channels.", [
            .text("name", \.name, help: "渠道名称"),
            .text("detail", \.detail, help: "怎样反映"),
        ])
    }
}
