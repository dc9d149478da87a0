import Foundation

/// `gongshi import-posts DIR`: the posts of a Hexo `source/_posts` or Hugo `content/` folder
/// written into the site's `content/articles`, each with its own files in a folder beside it,
/// converted to what Gongshi reads (`PostFrontMatterConverter`, `PostBodyConverter`), with a report
/// of what changed and a warning at each place that could not be converted. All posts are written,
/// or none: everything is staged first, and an existing article is replaced only with `force`.
public enum PostsImporter {
    public struct Options: Sendable {
        public var sourceFolder: URL
        /// The folder as the clerk wrote it, for messages.
        public var sourceShown: String
        public var siteFolder: URL
        public var force: Bool
        public var dryRun: Bool

        public init(sourceFolder: URL, sourceShown: String, siteFolder: URL, force: Bool, dryRun: Bool) {
            self.sourceFolder = sourceFolder
            self.sourceShown = sourceShown
            self.siteFolder = siteFolder
            self.force = force
            self.dryRun = dryRun
        }
    }

    public struct PostReport: Sendable, Equatable {
        /// The source file, as shown in messages.
        public let source: String
        /// `content/articles/<name>.md`.
        public let destination: String
        /// How many of its own files were copied beside it (and from the site root).
        public let files: Int
        public let changes: [String]
        public let problems: Int
    }

    public struct Summary: Sendable {
        public var posts: [PostReport] = []
        /// Warnings: what could not be converted, and files skipped.
        public var warnings: [Diagnostic] = []
        public var skipped = 0
    }

    struct Planned {
        let post: PostSourceFinder.Post
        let name: String
        var text: String
        var copies: [(source: URL, name: String)]
        var report: PostReport
    }

    public static func run(_ options: Options, timeZone: TimeZone) throws(ContentErrors) -> Summary {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: options.sourceFolder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw ContentErrors([.error(SourceLocation(file: options.sourceShown), Messages.postsSourceMissing)])
        }
        // A folder given through a symbolic link is read where it leads.
        var options = options
        options.sourceFolder = options.sourceFolder.resolvingSymlinksInPath()
        let found = PostSourceFinder(folder: options.sourceFolder)
        let now = Int64(Date().timeIntervalSince1970)
        let cascades = found.listPages.filter { Self.cascadesUnpublished(options.sourceFolder.appendingPathComponent($0)) }
        let inDrafts = options.sourceFolder.pathComponents.contains("_drafts")
        var summary = Summary()
        func shown(_ path: String) -> String { (options.sourceShown as NSString).appendingPathComponent(path) }
        for (path, why) in found.skipped {
            summary.warnings.append(.warning(SourceLocation(file: shown(path)), Messages.postSkipped(why)))
        }
        summary.skipped = found.skipped.count
        guard !found.posts.isEmpty else {
            throw ContentErrors(summary.warnings + [.error(SourceLocation(file: options.sourceShown), Messages.postsNothingFound)])
        }
        var errors: [Diagnostic] = []
        // First pass: each post's text, front matter converted, and its name in content/articles.
        var texts: [String] = []
        var fronts: [PostFrontMatterConverter.Result] = []
        var names: [String] = []
        var byName: [String: String] = [:]
        for post in found.posts {
            let text: String
            do throws(ContentErrors) {
                let data: Data
                do { data = try Data(contentsOf: options.sourceFolder.appendingPathComponent(post.path)) } catch {
                    throw ContentErrors([.error(SourceLocation(file: shown(post.path)), Messages.cannotRead(error))])
                }
                text = try TextFileReader.decode(data, displayPath: shown(post.path))
            } catch {
                errors += error.diagnostics
                texts.append("")
                fronts.append(PostFrontMatterConverter.Result(body: "", bodyFirstLine: 1))
                names.append("")
                continue
            }
            texts.append(text)
            let section = cascades.first { page in
                let folder = (page as NSString).deletingLastPathComponent
                return folder.isEmpty || post.path.hasPrefix(folder + "/")
            }
            let keptOut = post.isDraft || inDrafts ? "Hexo 的 _drafts 中的草稿"
                : section.map { "Hugo 的 \(shown($0)) 以 cascade 设为不发布" }
            fronts.append(PostFrontMatterConverter.convert(text, file: shown(post.path), timeZone: timeZone, keptOut: keptOut, now: now))
            let name = Self.safeName(post.stem)
            if let first = byName[name.lowercased()] {
                errors.append(.error(SourceLocation(file: shown(post.path)), Messages.postsSameName(first: first)))
            } else {
                byName[name.lowercased()] = shown(post.path)
            }
            names.append(name)
        }
        guard errors.isEmpty else { throw ContentErrors(summary.warnings + errors) }
        let lookup = PostLookup(posts: found.posts, names: names, titles: fronts.map(\.title), slugs: fronts.map(\.slug))
        let roots = Self.rootFolders(above: options.sourceFolder)
        // Second pass: bodies, with links between the posts and to their files.
        var planned: [Planned] = []
        for (index, post) in found.posts.enumerated() {
            let front = fronts[index]
            let converter = PostBodyConverter(
                name: names[index], assets: Set(post.assets), assetFolderName: post.assetFolder.map { ($0 as NSString).lastPathComponent },
                findPost: { lookup.find($0) }, findRootFile: { Self.rootFile($0, in: roots) })
            let body = converter.convert(front.body, firstLine: front.bodyFirstLine)
            var text = body.body
            if let frontMatter = front.frontMatter { text = "---\n" + frontMatter + "\n---\n" + text }
            if !text.hasSuffix("\n") { text += "\n" }
            var changes = front.changes
            if names[index] != post.stem { changes.append("文件名改为 \(names[index]).md（原名不能用作页面文件名）") }
            for (what, count) in body.counts.sorted(by: { $0.key < $1.key }) { changes.append("\(what)：\(count) 处") }
            let copies = post.assets.compactMap { asset in
                post.assetFolder.map { (source: options.sourceFolder.appendingPathComponent($0 + "/" + asset), name: asset) }
            } + body.copies
            if !copies.isEmpty { changes.append("复制 \(copies.count) 个文件到 content/articles/\(names[index])/") }
            let problems = front.problems + body.problems
            for problem in problems {
                summary.warnings.append(.warning(SourceLocation(file: shown(post.path), line: problem.line, column: problem.column), problem.message))
            }
            planned.append(Planned(post: post, name: names[index], text: text, copies: copies, report: PostReport(
                source: shown(post.path), destination: "content/articles/\(names[index]).md", files: copies.count,
                changes: changes, problems: problems.count)))
        }
        summary.posts = planned.map(\.report)
        summary.warnings = summary.warnings.sortedForDisplay()
        try Self.write(planned, options: options)
        return summary
    }

    /// A name that `SlugRules` accepts: characters it refuses become `-`.
    static func safeName(_ stem: String) -> String {
        guard SlugRules.problem(with: stem) != nil else { return stem }
        var name = ""
        for character in stem {
            let ok = character == "-" || character == "_" || character == "." || character.isLetter || character.isNumber
            if ok { name.append(character) } else if name.last != "-" { name.append("-") }
        }
        name = String(name.drop { $0 == "-" || $0 == "." })
        while name.hasSuffix("-") || name.hasSuffix(".") { name.removeLast() }
        if name.isEmpty { return "post" }
        if SlugRules.problem(with: name) != nil { name = "post-" + name }
        return SlugRules.problem(with: name) == nil ? name : "post"
    }

    /// Where a site-absolute link's file may be: Hexo's `source/` (the folder imported, or the one
    /// above `_posts`), Hugo's `static/` (beside `content/`, or above a section of it). Nowhere
    /// else: a link must not copy a file from the clerk's home folder into the site.
    static func rootFolders(above folder: URL) -> [URL] {
        let folder = folder.standardizedFileURL
        let parent = folder.deletingLastPathComponent()
        let grandparent = parent.deletingLastPathComponent()
        return [folder, parent].filter { $0.lastPathComponent == "source" }
            + [parent.appendingPathComponent("static"), grandparent.appendingPathComponent("static")]
    }

    /// Whether a Hugo list page's `cascade` keeps the pages below it unpublished (`draft`,
    /// `headless`, or `_build` with `render` never or false). Read from the text, in YAML or TOML:
    /// when in doubt, unpublished (a draft costs the clerk one edit; a published page cannot be
    /// taken back).
    static func cascadesUnpublished(_ file: URL) -> Bool {
        guard let data = try? Data(contentsOf: file), let text = String(data: data, encoding: .utf8) else { return false }
        let lines = text.lowercased().split(separator: "\n").map { $0.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\"", with: "") }
        guard let start = lines.firstIndex(where: { $0.hasPrefix("cascade") || $0.hasPrefix("[cascade") }) else { return false }
        let after = lines[start...].prefix(30)
        return after.contains { line in
            ["draft:true", "draft=true", "headless:true", "headless=true", "render:never", "render=never", "render:false", "render=false"]
                .contains { line.hasPrefix($0) || line.hasSuffix("{" + $0 + "}") || line.contains($0 + ",") || line.contains($0 + "}") }
        }
    }

    static func rootFile(_ path: String, in roots: [URL]) -> URL? {
        let parts = path.split(separator: "/")
        guard !parts.isEmpty, !parts.contains(where: { $0 == ".." || $0 == "." || $0.hasPrefix(".") }) else { return nil }
        for root in roots {
            let candidate = root.appendingPathComponent(parts.joined(separator: "/"))
            let type = (try? FileManager.default.attributesOfItem(atPath: candidate.path))?[.type] as? FileAttributeType
            // The file itself is no link, and no folder on the way leads out of the root.
            let realRoot = root.resolvingSymlinksInPath().path
            guard type == .typeRegular, candidate.resolvingSymlinksInPath().path.hasPrefix(realRoot + "/") else { continue }
            return candidate
        }
        return nil
    }
}
