/// One key of a schema as the reference shows it: `README.md` lists every key of `site.yaml`,
/// `_month.yaml` and `standards.yaml` from these (`YAMLSchemaReference`), so the reference cannot
/// fall behind the reader.
struct YAMLKeyDoc: Equatable {
    let key: String
    let type: String
    let help: String
    let required: Bool
    /// The keys inside (a section's mapping, or each item of a list of mappings).
    let parts: [YAMLKeyDoc]
}

/// The reference of every YAML file a site has, as Markdown tables (dotted paths for nested keys).
package enum YAMLSchemaReference {
    package static func markdown() -> String {
        let files: [(String, [YAMLKeyDoc])] = [
            ("site.yaml", SiteConfigSchema.schema.docs),
            ("content/rosters/YYYY-MM/_month.yaml", MonthNoticeSchema.schema(timeZone: SiteConfig.defaultTimeZone).docs),
            ("content/standards.yaml（列表，每项）", StandardsSchema.entry(timeZone: SiteConfig.defaultTimeZone).docs),
            ("文章和通知的 front matter（其他键留给模板：document.params.键名）",
             FrontMatterSchema.schema(timeZone: SiteConfig.defaultTimeZone).docs),
        ]
        var lines: [String] = []
        for (file, docs) in files {
            if !lines.isEmpty { lines.append("") }
            lines += ["`\(file)`:", "", "| 键 | 值 | 必填 | 说明 |", "| --- | --- | --- | --- |"]
            rows(docs, path: "", into: &lines)
        }
        return lines.joined(separator: "\n")
    }

    private static func rows(_ docs: [YAMLKeyDoc], path: String, into lines: inout [String]) {
        for doc in docs {
            let key = path + doc.key
            lines.append("| `\(key)` | \(doc.type) | \(doc.required ? "是" : "") | \(doc.help) |")
            rows(doc.parts, path: key + (doc.type == "列表" ? "[]." : "."), into: &lines)
        }
    }
}
