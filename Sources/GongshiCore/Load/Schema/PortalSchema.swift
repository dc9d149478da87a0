import Foundation

/// The keys of `site.yaml` `portal:` (see `PortalSettings`): every value is text, checked for its
/// shape where the national rules give one.
enum PortalSchema {
    static var schema: YAMLSchema<PortalSettings> {
        YAMLSchema(prefix: "portal.", [
            .text("site_name", \.siteName, help: "网站名称（页脚）"),
            checked("site_domain", \.siteDomain, help: "网站域名", isHostName),
            checked("site_id_code", \.siteIDCode, help: "网站标识码（10 位字母数字）") { text in
                text.utf8.count == 10 && text.unicodeScalars.allSatisfy { $0.isASCII && CharacterSet.alphanumerics.contains($0) }
            },
            .text("sponsor", \.sponsor, help: "主办单位（默认为 publisher）"),
            .text("organizer", \.organizer, help: "承办单位"),
            checked("icp", \.icp, help: "ICP 备案号") { $0.contains("ICP") },
            checked("icp_url", \.icpURL, help: "ICP 备案号的链接（默认 \(PortalSettings.defaultICPURL)）", isWebAddress),
            checked("police_record", \.policeRecord, help: "公安机关备案号（含“公网安备”）") {
                $0.contains("公网安备") && PortalSettings.policeRecordURL(for: $0) != nil
            },
            checked("police_record_url", \.policeRecordURL, help: "公安备案号的链接（默认由备案号生成）", isWebAddress),
            checked("party_mark", \.partyMark, help: "党政机关标识图片在站内的路径", isPublishedPath),
            checked("party_mark_url", \.partyMarkURL, help: "党政机关标识的链接", isWebAddress),
            YAMLField(key: "columns", type: "映射", help: "各栏目的名称和类型", parts: [
                YAMLKeyDoc(key: "<栏目>", type: "映射", help: "栏目：" + PortalSettings.sections.joined(separator: "、"), required: false,
                           parts: columnSchema("").docs),
            ]) {
                value, settings, log in
                columnsSchema.read(value, into: &settings, log: &log)
            },
        ], finish: { settings in
            if settings.policeRecordURL == nil, let record = settings.policeRecord {
                settings.policeRecordURL = PortalSettings.policeRecordURL(for: record)
            }
        })
    }

    /// `columns: {notices: {name: 通知公告, type: 信息发布}, …}`: any section, either key.
    static var columnsSchema: YAMLSchema<PortalSettings> {
        YAMLSchema(PortalSettings.sections.map { section in
            YAMLField(key: section, type: "映射", help: "栏目 \(section)", parts: columnSchema(section).docs) { value, settings, log in
                columnSchema(section).read(value, into: &settings, log: &log)
            }
        })
    }

    /// `{name, type}` of one section.
    static func columnSchema(_ section: String) -> YAMLSchema<PortalSettings> {
        YAMLSchema(prefix: "portal.columns.\(section).", [
            YAMLField(key: "name", type: "文字", help: "栏目名称（ColumnName）", nullIsAbsent: false) { value, settings, log in
                if let text = value.text(&log) { settings.columns[section]?.name = text }
            },
            YAMLField(key: "type", type: "文字", help: "栏目类型（ColumnType）", nullIsAbsent: false) { value, settings, log in
                if let text = value.text(&log) { settings.columns[section]?.type = text }
            },
        ])
    }

    /// Text, then `accept`; a refused value is `portalValueInvalid` naming the bare key.
    private static func checked(
        _ key: String, _ path: WritableKeyPath<PortalSettings, String>, help: String, _ accept: @escaping (String) -> Bool
    ) -> YAMLField<PortalSettings> {
        YAMLField(key: key, type: "文字", help: help, nullIsAbsent: false) { value, settings, log in
            guard let text = value.text(&log) else { return }
            guard accept(text) else { return log.error(value.at, Messages.portalValueInvalid(key)) }
            settings[keyPath: path] = text
        }
    }

    private static func checked(
        _ key: String, _ path: WritableKeyPath<PortalSettings, String?>, help: String, _ accept: @escaping (String) -> Bool
    ) -> YAMLField<PortalSettings> {
        YAMLField(key: key, type: "文字", help: help, nullIsAbsent: false) { value, settings, log in
            guard let text = value.text(&log) else { return }
            guard accept(text) else { return log.error(value.at, Messages.portalValueInvalid(key)) }
            settings[keyPath: path] = text
        }
    }

    static func isHostName(_ text: String) -> Bool {
        let labels = text.split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { label in
            !label.isEmpty && label.utf8.count <= 63 && !label.hasPrefix("-") && !label.hasSuffix("-")
                && label.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "-") }
        }
    }

    static func isWebAddress(_ text: String) -> Bool {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
              scheme == "https" || scheme == "http", let host = components.host, !host.isEmpty
        else { return false }
        return true
    }

    /// A relative path inside the published site: no scheme, no `..`, no leading `/`.
    static func isPublishedPath(_ text: String) -> Bool {
        !text.hasPrefix("/") && !text.contains(":") && !text.contains("\\")
            && text.split(separator: "/").allSatisfy { $0 != ".." && $0 != "." && !$0.isEmpty }
    }
}
