/// Checks documents for problems that would break the site: unsafe or clashing slugs, a
/// `region:` that is not a code of `regions.csv`. It reports; it never changes data.
public enum DocumentAudit {
    public static func audit(_ content: SiteContent) -> [Diagnostic] {
        var log = DiagnosticLog()
        // 政策解读: `interprets:` names an article by its slug.
        let articleSlugs = Set(content.articles.map(\.slug))
        for document in content.documents {
            if let target = document.interprets, !articleSlugs.contains(target) || target == document.slug && document.kind == .article {
                log.error(document.interpretsLocation ?? SourceLocation(file: document.sourcePath), Messages.unknownInterpretedDocument)
            }
        }
        for kind in DocumentKind.allCases {
            let documents = kind == .article ? content.articles : content.notices
            var firstBySlug: [String: Document] = [:]
            for document in documents {
                // A 幸福清单 for an unknown region would be linked from no village: a typo must not
                // leave it unseen.
                if document.param("region") != nil, document.region.flatMap({ content.regions[$0] }) == nil {
                    log.error(document.regionLocation ?? SourceLocation(file: document.sourcePath), Messages.unknownDocumentRegion)
                }
                if let problem = SlugRules.problem(with: document.slug) {
                    log.error(document.slugLocation, Messages.invalidSlug(problem: problem))
                    continue
                }
                // Slugs that differ only in case would clash on case-insensitive disks (USB sticks).
                let key = document.slug.lowercased()
                if let first = firstBySlug[key] {
                    log.error(document.slugLocation, Messages.duplicateSlug(first: first.sourcePath, second: document.sourcePath))
                } else {
                    firstBySlug[key] = document
                }
            }
        }
        return log.all
    }
}

/// What a slug may be: one path segment that stays inside the output folder and works as a file name
/// on every disk a site is copied to.
public enum SlugRules {
    public static let reservedNames: Set<String> = ["index"]
    /// Names Windows refuses as files: a site copied to a USB stick must still open.
    public static let windowsReservedNames: Set<String> = Set(
        ["con", "prn", "aux", "nul"] + (1...9).map { "com\($0)" } + (1...9).map { "lpt\($0)" })

    /// nil when the slug is fine, else a short reason.
    public static func problem(with slug: String) -> String? {
        if slug.isEmpty { return Messages.slugEmpty }
        if slug.contains("/") || slug.contains("\\") { return Messages.slugHasSeparator }
        if slug.hasPrefix(".") { return Messages.slugLeadingDot }
        if reservedNames.contains(slug.lowercased()) { return Messages.slugReserved }
        if windowsReservedNames.contains(slug.lowercased()) { return Messages.slugWindowsReserved }
        if slug.hasSuffix(".") { return Messages.slugTrailingDot }
        if slug.utf8.count > 200 { return Messages.slugTooLong }
        for scalar in slug.unicodeScalars {
            let allowed = scalar == "-" || scalar == "_" || scalar == "."
                || scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if !allowed { return Messages.slugCharacter(String(scalar)) }
        }
        return nil
    }
}
