import Dispatch
import GongshiCore

/// What a site publishes besides its pages and the theme's assets: the files of `content/` that
/// its documents link to or show (attachments, images cleaned of their metadata: `CleanImage`),
/// each at its content path beside the page, and every file of `static/`, as it is, at its path
/// below `static/`. Both pass the output scan like every published file.
package struct PublishedExtras: Sendable {
    struct Attachment: Sendable, Equatable {
        let contentPath: String
        /// What the list of attachments says it is (`PDF 文档`).
        let type: String
        /// Bytes as published (an image's after cleaning).
        let size: Int
        let width: Int?
        let height: Int?
    }

    /// By content path.
    var attachments: [String: Attachment] = [:]
    /// Each document's attachments (by its source path): content paths in the order of their first link.
    var byDocument: [String: [String]] = [:]
    /// The generated pages and static files each document links to as written (by its source
    /// path): in its page's key, so that a page whose link target went away is rendered again
    /// (and its link reported).
    var linkedPages: [String: [String]] = [:]
    /// The files to publish: attachments, then `static/`'s.
    var files: [OutputFile] = []

    /// An attachment's size in pixels, when it is an image.
    func imageSize(_ contentPath: String) -> (width: Int, height: Int)? {
        guard let attachment = attachments[contentPath], let width = attachment.width, let height = attachment.height else {
            return nil
        }
        return (width, height)
    }

    /// Finds every document's attachments (a first Markdown pass, with the plan's links), reads
    /// and cleans them, reads `static/`, and checks that no two published files share a path.
    /// Returns the warnings (unused files); throws every error.
    static func collect(
        plan: SitePlan, contentFiles: [String], staticFiles: [String], files: SiteFiles, themeAssets: ThemeAssets.Source
    ) throws(ContentErrors) -> (PublishedExtras, [Diagnostic]) {
        var extras = PublishedExtras()
        var log = DiagnosticLog()
        let documents = plan.articles + plan.notices
        let found = IndexedResults<(attachments: [String], pages: [String])>(count: documents.count)
        DispatchQueue.concurrentPerform(iterations: documents.count) { index in
            let document = documents[index]
            guard MarkdownRenderer.mayLink(document.body) else { return found.set(index, ([], [])) }
            let output = MarkdownRenderer.render(document, pageOutputPath: SitePlan.outputPath(of: document), links: plan.links)
            found.set(index, (output.attachments, output.linkedPages))
        }
        var used: [String] = []
        var seen: Set<String> = []
        for (document, links) in zip(documents, found.values()) {
            if !links.pages.isEmpty { extras.linkedPages[document.sourcePath] = links.pages }
            guard !links.attachments.isEmpty else { continue }
            extras.byDocument[document.sourcePath] = links.attachments
            for path in links.attachments where seen.insert(path).inserted { used.append(path) }
        }
        for path in contentFiles where !seen.contains(path) {
            log.warning(SourceLocation(file: "content/" + path), Messages.unusedContentFile)
        }
        let toRead = UTF8Sort.sorted(used)
        let forbidden = SourceDataPlaces(files: files)
        let read = IndexedResults<Result<(OutputFile, Attachment), ContentErrors>>(count: toRead.count)
        DispatchQueue.concurrentPerform(iterations: toRead.count) { index in
            read.set(index, Result { () throws(ContentErrors) in try attachment(toRead[index], files: files, forbidden: forbidden) })
        }
        for result in read.values() {
            switch result {
            case .success(let (file, attachment)):
                extras.files.append(file)
                extras.attachments[attachment.contentPath] = attachment
            case .failure(let error):
                log.append(contentsOf: error.diagnostics)
            }
        }
        for path in staticFiles {
            do {
                // Through a link, a static file could be a roster's source or anything of content/.
                if forbidden.holds(try files.entry(staticFolder + "/" + path), refusingContent: true) {
                    log.error(SourceLocation(file: staticFolder + "/" + path), Messages.linkToPrivateSource)
                    continue
                }
                extras.files.append(OutputFile(path: path, bytes: Array(try files.read(staticFolder + "/" + path))))
            } catch {
                log.append(contentsOf: error.diagnostics)
            }
        }
        checkPaths(extras, attachmentCount: extras.attachments.count, plan: plan, themeAssets: themeAssets, log: &log)
        try log.throwIfErrors()
        return (extras, log.all)
    }

    static let staticFolder = "static"

    /// One attachment, read (an image cleaned) and described.
    private static func attachment(
        _ contentPath: String, files: SiteFiles, forbidden: SourceDataPlaces
    ) throws(ContentErrors) -> (OutputFile, Attachment) {
        let sourcePath = "content/" + contentPath
        // A link (`content/articles/r -> ../rosters`) must not make a roster's source an attachment.
        if forbidden.holds(try files.entry(sourcePath), refusingContent: false) {
            throw ContentErrors([.error(SourceLocation(file: sourcePath), Messages.linkToPrivateSource)])
        }
        var bytes = Array(try files.read(sourcePath))
        var size: (width: Int, height: Int)?
        // An image by what it is, whatever its name says (`.jfif`, a renamed photo).
        if AttachmentType.isImage(contentPath) || CleanImage.isCleanable(bytes) {
            do {
                let clean = try CleanImage.clean(bytes, extension: AttachmentType.fileExtension(of: contentPath))
                bytes = clean.bytes
                size = (clean.width, clean.height)
            } catch {
                throw ContentErrors([.error(SourceLocation(file: sourcePath), Messages.imageNotCleanable(error.type, reason: error.reason))])
            }
        }
        let attachment = Attachment(contentPath: contentPath, type: AttachmentType.label(of: contentPath), size: bytes.count,
                                    width: size?.width, height: size?.height)
        return (OutputFile(path: contentPath, bytes: bytes), attachment)
    }

    /// No attachment or static file where a page, a theme asset or another of them is published.
    private static func checkPaths(
        _ extras: PublishedExtras, attachmentCount: Int, plan: SitePlan, themeAssets: ThemeAssets.Source, log: inout DiagnosticLog
    ) {
        // Compared case-folded: on the disks a site is copied to (NTFS, APFS), `Index.html` is `index.html`.
        let pages = Set(plan.pages.map { $0.outputPath.lowercased() })
        var assetLog = DiagnosticLog()
        let assets = Set(((try? themeAssets.files.files(under: themeAssets.folder, matching: { _ in true }, log: &assetLog)) ?? nil ?? [])
            .map { (SitePlan.assetsFolder + "/" + $0).lowercased() })
        var taken: Set<String> = []
        for (index, file) in extras.files.enumerated() {
            let isAttachment = index < attachmentCount
            let source = isAttachment ? "content/" + file.path : staticFolder + "/" + file.path
            let path = file.path.lowercased()
            let other: String?
            if pages.contains(path) || path == SitePlan.searchPath || path.hasPrefix(SearchBundle.folder + "/") {
                other = Messages.publishedPathTakenByPage
            } else if assets.contains(path) {
                other = Messages.publishedPathTakenByAsset
            } else if taken.contains(path) {
                other = Messages.publishedPathTakenByAttachment
            } else {
                other = nil
            }
            if let other {
                log.error(SourceLocation(file: source), Messages.publishedPathTaken(file.path, by: other))
            }
            taken.insert(path)
        }
    }
}
