import Yams

/// Reads the `supervision:` block of `site.yaml` (see `SupervisionSettings`).
enum SupervisionSettingsParser {
    static func parse(_ node: Node, file: SourceLocation, log: inout DiagnosticLog) -> SupervisionSettings {
        var settings = SupervisionSettings()
        if YAMLReader.isNull(node) { return settings }
        let reader = YAMLMappingReader(file: file.file)
        reader.read(node, known: SupervisionSettings.knownKeys, log: &log) { key, value, at, log in
            switch key {
            case "address":
                settings.address = reader.text(value, key: "supervision.address", at: at, log: &log)
            case "review_body":
                if let text = reader.text(value, key: "supervision.review_body", at: at, log: &log) { settings.reviewBody = text }
            case "court":
                if let text = reader.text(value, key: "supervision.court", at: at, log: &log) { settings.court = text }
            case "reply_days":
                settings.replyDays = reader.integer(value, key: "supervision.reply_days", range: SupervisionSettings.replyDaysRange,
                                                    at: at, log: &log)
            case "review_days":
                if let days = reader.integer(value, key: "supervision.review_days", range: SupervisionSettings.reviewDaysRange,
                                             at: at, log: &log) { settings.reviewDays = days }
            case "lawsuit_months":
                if let months = reader.integer(value, key: "supervision.lawsuit_months",
                                               range: SupervisionSettings.lawsuitMonthsRange, at: at, log: &log) {
                    settings.lawsuitMonths = months
                }
            case "channels":
                settings.channels = channels(value, reader: reader, at: at, log: &log)
            default:
                break
            }
        }
        return settings
    }

    /// `- name: 现场反映` / `  detail: …` entries.
    private static func channels(_ node: Node, reader: YAMLMappingReader, at: SourceLocation, log: inout DiagnosticLog) -> [SupervisionSettings.Channel] {
        if YAMLReader.isNull(node) { return [] }
        guard case .sequence(let items) = node else {
            log.error(at, Messages.supervisionChannelsShape)
            return []
        }
        var channels: [SupervisionSettings.Channel] = []
        for item in items {
            var name: String?
            var detail: String?
            var written: Set<String> = []
            let itemAt = reader.location(of: item)
            guard case .mapping = item else {
                log.error(itemAt, Messages.supervisionChannelsShape)
                continue
            }
            reader.read(item, known: ["name", "detail"], log: &log) { key, value, at, log in
                written.insert(key)
                let text = reader.text(value, key: "supervision.channels." + key, at: at, log: &log)
                if key == "name" { name = text } else { detail = text }
            }
            guard let name, let detail else {
                // A value that is not text has its own message; a missing key gets this one.
                if written.count < 2 { log.error(itemAt, Messages.supervisionChannelsShape) }
                continue
            }
            channels.append(.init(name: name, detail: detail))
        }
        return channels
    }
}
