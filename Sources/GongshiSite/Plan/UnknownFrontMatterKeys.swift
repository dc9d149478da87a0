import GongshiCore

/// Front-matter keys that nothing reads: not a key Gongshi knows (`FrontMatterDecoder`), not
/// `type` or `region`, and not looked up as `document.params.<key>` by any template the build
/// compiled. Such a key is a typo (`titel:`) or left over from another generator (Hexo's
/// `layout:`, Hugo's `weight:`): the author thinks it does something, and it does nothing.
enum UnknownFrontMatterKeys {
    /// Keys the views read from `params` themselves.
    static let readByViews: Set<String> = ["type", "region"]

    static func warnings(for documents: [Document], theme: Theme) -> [Diagnostic] {
        guard let schemas = theme.documentSchemas else { return [] }
        let read = TemplateReads.paramsKeys(readBy: Array(theme.compiledTemplates), schema: schemas.params.schema)
            .union(readByViews)
        let known = FrontMatterDecoder.knownKeys.sorted()
        var warnings: [Diagnostic] = []
        for document in documents {
            for (key, _) in document.params where !read.contains(key) {
                let at = document.paramLocation(key) ?? SourceLocation(file: document.sourcePath)
                warnings.append(.warning(at, Messages.unknownFrontMatterKey(key, nearest: NameResolver.nearest(to: key, among: known))))
            }
        }
        return warnings
    }
}
