import Foundation
import Yams

/// Reads `site.yaml`. Unknown keys are errors: a typo must not silently change a public site.
public enum SiteConfigLoader {
    public static func load(siteFolder: URL) throws(ContentErrors) -> SiteConfig {
        // Read under the default limits: `limits:` inside it cannot apply to itself.
        let file = SourceLocation(file: SiteConfig.fileName)
        guard let text = try SiteFiles(siteFolder: siteFolder).readTextIfPresent(SiteConfig.fileName) else {
            throw ContentErrors([.error(file, Messages.siteFileMissing)])
        }
        return try parse(text)
    }

    public static func parse(_ text: String) throws(ContentErrors) -> SiteConfig {
        let file = SourceLocation(file: SiteConfig.fileName)
        var log = DiagnosticLog()
        guard let root = try YAMLReader.compose(text, location: file) else {
            throw ContentErrors(["title", "publisher"].map { .error(file, Messages.missingKey($0)) })
        }
        guard case .mapping(let mapping) = root else {
            throw ContentErrors([.error(YAMLReader.location(of: root, in: file, lineOffset: 0), Messages.siteFileNotMapping)])
        }
        var config = SiteConfig(title: "", publisher: "")
        var seen: Set<String> = []
        for (keyNode, value) in mapping {
            let key = YAMLReader.string(keyNode) ?? ""
            let at = YAMLReader.location(of: keyNode, in: file, lineOffset: 0)
            let valueAt = YAMLReader.location(of: value, in: file, lineOffset: 0)
            guard SiteConfig.knownKeys.contains(key) else {
                log.error(at, Messages.unknownSiteKey(key, known: SiteConfig.knownKeys))
                continue
            }
            guard seen.insert(key).inserted else {
                log.error(at, Messages.duplicateKey(key))
                continue
            }
            config.keyLocations[key] = at
            switch key {
            case "title", "publisher", "theme":
                guard let string = YAMLReader.string(value), !string.trimmingCharacters(in: .whitespaces).isEmpty else {
                    log.error(valueAt, Messages.expectedText(key))
                    continue
                }
                let trimmed = string.trimmingCharacters(in: .whitespacesAndNewlines)
                if key == "title" { config.title = trimmed }
                if key == "publisher" { config.publisher = trimmed }
                if key == "theme" {
                    guard isSafeName(trimmed) else {
                        log.error(valueAt, Messages.invalidThemeName)
                        continue
                    }
                    config.theme = trimmed
                }
            case "base_url":
                if YAMLReader.isNull(value) { continue }
                guard let string = YAMLReader.string(value), let normalized = normalizeBaseURL(string) else {
                    log.error(valueAt, Messages.invalidBaseURL)
                    continue
                }
                config.baseURL = normalized
            case "timezone":
                guard let name = YAMLReader.string(value), let zone = TimeZone(identifier: name) else {
                    log.error(valueAt, Messages.invalidTimeZone)
                    continue
                }
                config.timeZone = zone
            case "hotlines":
                config.hotlines = parseHotlines(value, log: &log)
            case "privacy":
                PrivacySettingsParser.parse(value, file: file, into: &config, log: &log)
            case "disclosure":
                config.disclosure = DisclosureSettingsParser.parse(value, file: file, log: &log)
            case "print":
                config.print = PrintSettingsParser.parse(value, file: file, log: &log)
            case "limits":
                config.limits = LimitsSettingsParser.parse(value, file: file, log: &log)
            case "supervision":
                config.supervision = SupervisionSettingsParser.parse(value, file: file, log: &log)
            case "open_data":
                if YAMLReader.isNull(value) { continue }
                let reader = YAMLMappingReader(file: file.file)
                reader.read(value, known: ["households"], log: &log) { key, value, at, log in
                    guard let flag = YAMLReader.bool(value) else {
                        log.error(at, Messages.expectedBool("open_data.households"))
                        return
                    }
                    config.openDataHouseholds = flag
                }
            case "portal":
                config.portal = PortalSettingsParser.parse(value, file: file, log: &log)
            case "search":
                if YAMLReader.isNull(value) { continue }
                guard let flag = YAMLReader.bool(value) else {
                    log.error(valueAt, Messages.expectedBool("search"))
                    continue
                }
                config.search = flag
            case "retention":
                if YAMLReader.isNull(value) { continue }
                let reader = YAMLMappingReader(file: file.file)
                reader.read(value, known: RetentionSettings.knownKeys, log: &log) { key, value, at, log in
                    if let months = reader.integer(value, key: "retention.names_months", range: RetentionSettings.namesMonthsRange,
                                                   at: at, log: &log) {
                        config.retention = RetentionSettings(namesMonths: months, isDefault: false)
                    }
                }
            case "pagination":
                if YAMLReader.isNull(value) { continue }
                let reader = YAMLMappingReader(file: file.file)
                reader.read(value, known: ["page_size"], log: &log) { key, value, at, log in
                    if let size = reader.integer(value, key: "pagination.page_size", range: SiteConfig.pageSizes, at: at, log: &log) {
                        config.pageSize = size
                    }
                }
            default:
                break
            }
        }
        // 主办单位 is the publisher unless the portal block names another unit.
        if config.portal != nil, config.portal?.sponsor == nil { config.portal?.sponsor = config.publisher }
        for required in ["title", "publisher"] where !seen.contains(required) {
            log.error(file, Messages.missingKey(required))
        }
        try log.throwIfErrors()
        return config
    }

    private static func parseHotlines(_ node: Node, log: inout DiagnosticLog) -> [Hotline] {
        let file = SourceLocation(file: SiteConfig.fileName)
        if YAMLReader.isNull(node) { return [] }
        guard case .sequence(let items) = node else {
            log.error(YAMLReader.location(of: node, in: file, lineOffset: 0), Messages.hotlinesShape)
            return []
        }
        var hotlines: [Hotline] = []
        for item in items {
            let at = YAMLReader.location(of: item, in: file, lineOffset: 0)
            guard case .mapping(let entry) = item else {
                log.error(at, Messages.hotlinesShape)
                continue
            }
            var name: String?
            var number: String?
            for (k, v) in entry {
                switch YAMLReader.string(k) {
                case "name": name = YAMLReader.string(v)
                case "number": number = YAMLReader.string(v)
                default:
                    log.error(YAMLReader.location(of: k, in: file, lineOffset: 0),
                              Messages.unknownSiteKey("hotlines." + (YAMLReader.string(k) ?? ""), known: ["name", "number"]))
                }
            }
            guard let name, !name.isEmpty, let number, !number.isEmpty else {
                log.error(at, Messages.hotlinesShape)
                continue
            }
            hotlines.append(Hotline(name: name, number: number))
        }
        return hotlines
    }

    /// `https://example.gov.cn/dibao` → `https://example.gov.cn/dibao/`; nil unless http(s) with a host.
    static func normalizeBaseURL(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let components = URLComponents(string: trimmed),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = components.host, !host.isEmpty,
              components.query == nil, components.fragment == nil
        else { return nil }
        return trimmed.hasSuffix("/") ? trimmed : trimmed + "/"
    }

    static func isSafeName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".")
            && name.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_" || $0 == ".") }
    }
}
