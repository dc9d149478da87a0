import Foundation
import Yams

/// Reads the `portal:` block of `site.yaml` (see `PortalSettings`).
enum PortalSettingsParser {
    static func parse(_ node: Node, file: SourceLocation, log: inout DiagnosticLog) -> PortalSettings? {
        if YAMLReader.isNull(node) { return nil }
        var settings = PortalSettings()
        let reader = YAMLMappingReader(file: file.file)
        reader.read(node, known: PortalSettings.knownKeys, log: &log) { key, value, at, log in
            if key == "columns" {
                columns(value, into: &settings, reader: reader, log: &log)
                return
            }
            guard let text = reader.text(value, key: "portal." + key, at: at, log: &log) else { return }
            switch key {
            case "site_name": settings.siteName = text
            case "site_domain":
                guard isHostName(text) else { return log.error(at, Messages.portalValueInvalid(key)) }
                settings.siteDomain = text
            case "site_id_code":
                guard text.utf8.count == 10, text.unicodeScalars.allSatisfy({ $0.isASCII && CharacterSet.alphanumerics.contains($0) }) else {
                    return log.error(at, Messages.portalValueInvalid(key))
                }
                settings.siteIDCode = text
            case "sponsor": settings.sponsor = text
            case "organizer": settings.organizer = text
            case "icp":
                guard text.contains("ICP") else { return log.error(at, Messages.portalValueInvalid(key)) }
                settings.icp = text
            case "police_record":
                guard text.contains("公网安备"), PortalSettings.policeRecordURL(for: text) != nil else {
                    return log.error(at, Messages.portalValueInvalid(key))
                }
                settings.policeRecord = text
            case "party_mark":
                guard isPublishedPath(text) else { return log.error(at, Messages.portalValueInvalid(key)) }
                settings.partyMark = text
            case "icp_url", "police_record_url", "party_mark_url":
                guard isWebAddress(text) else { return log.error(at, Messages.portalValueInvalid(key)) }
                if key == "icp_url" { settings.icpURL = text }
                if key == "police_record_url" { settings.policeRecordURL = text }
                if key == "party_mark_url" { settings.partyMarkURL = text }
            default:
                break
            }
        }
        if settings.policeRecordURL == nil, let record = settings.policeRecord {
            settings.policeRecordURL = PortalSettings.policeRecordURL(for: record)
        }
        return settings
    }

    /// `columns: {notices: {name: 通知公告, type: 信息发布}, …}`: any section, either key.
    private static func columns(_ node: Node, into settings: inout PortalSettings, reader: YAMLMappingReader, log: inout DiagnosticLog) {
        if YAMLReader.isNull(node) { return }
        reader.read(node, known: PortalSettings.sections, log: &log) { section, value, _, log in
            reader.read(value, known: ["name", "type"], log: &log) { key, value, at, log in
                guard let text = reader.text(value, key: "portal.columns.\(section).\(key)", at: at, log: &log) else { return }
                if key == "name" { settings.columns[section]?.name = text } else { settings.columns[section]?.type = text }
            }
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
