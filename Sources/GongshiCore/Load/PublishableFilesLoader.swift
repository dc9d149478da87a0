/// Lists the files a site may publish besides its pages: every file under `content/` that is not
/// Markdown and not source data (a document's attachments and images, published only when a
/// document links to them), and every file under `static/` (published as they are).
package enum PublishableFilesLoader {
    /// The source-data files and folders of `content/`, never published as files.
    package static let sourceData: Set<String> = ["rosters", "regions.csv", "standards.yaml"]

    /// Content-relative paths (`articles/附件1.pdf`), in byte order.
    static func contentFiles(files: SiteFiles, log: inout DiagnosticLog) -> [String] {
        var found: [String] = []
        let names: [String]
        do {
            names = try files.list("content") ?? []
        } catch {
            log.append(contentsOf: error.diagnostics)
            return []
        }
        for name in names where !sourceData.contains(name.lowercased()) {
            do {
                switch try files.entry("content/" + name) {
                case .folder:
                    let below = try files.files(under: "content/" + name, matching: { !isMarkdown($0) }, log: &log) ?? []
                    found += below.map { name + "/" + $0 }
                case .file:
                    if !isMarkdown(name) { found.append(name) }
                case .missing, .special:
                    continue  // a FIFO is refused where a document names it
                }
            } catch {
                log.append(contentsOf: error.diagnostics)
            }
        }
        return UTF8Sort.sorted(found)
    }

    /// Paths relative to `static/`, in byte order; empty when there is no such folder.
    static func staticFiles(files: SiteFiles, log: inout DiagnosticLog) -> [String] {
        do {
            return try files.files(under: "static", matching: { _ in true }, log: &log) ?? []
        } catch {
            log.append(contentsOf: error.diagnostics)
            return []
        }
    }

    static func isMarkdown(_ name: String) -> Bool { name.lowercased().hasSuffix(".md") }
}
