import Foundation
import Yams

/// Reads `site.yaml` by `SiteConfigSchema`. Unknown keys are errors: a typo must not silently
/// change a public site.
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
        guard case .mapping = root else {
            throw ContentErrors([.error(YAMLReader.location(of: root, in: file, lineOffset: 0), Messages.siteFileNotMapping)])
        }
        var config = SiteConfig(title: "", publisher: "")
        let reading = SiteConfigSchema.schema.readReporting(YAMLValue(root: root, file: file.file), into: &config, missingAt: file, log: &log)
        config.keyLocations = reading.keyLocations
        // 主办单位 is the publisher unless the portal block names another unit.
        if config.portal != nil, config.portal?.sponsor == nil { config.portal?.sponsor = config.publisher }
        try log.throwIfErrors()
        return config
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
