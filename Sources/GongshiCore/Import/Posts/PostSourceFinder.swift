import Foundation

/// The posts of a Hexo `source/_posts` or Hugo `content/` folder, each with its own files:
/// Hexo's asset folder (`a.md` beside a folder `a/`), Hugo's page bundle (`a/index.md` and what
/// lies beside it). Hugo's list pages (`_index.md`), Markdown inside a post's folder, files that
/// belong to no post and symbolic links are skipped, each with the reason.
struct PostSourceFinder {
    struct Post {
        /// Relative to the folder imported.
        let path: String
        /// The post's name in its generator: the file's name, or the bundle folder's.
        let stem: String
        /// The folder of its own files, relative to the folder imported.
        let assetFolder: String?
        /// Its own files, relative to `assetFolder`, in path order.
        let assets: [String]
        /// Under Hexo's `_drafts`.
        let isDraft: Bool
    }

    var posts: [Post] = []
    var skipped: [(path: String, why: String)] = []
    /// Hugo's list pages (`_index.md`, `_index.zh-cn.md`): not posts, but their `cascade` reaches the posts below.
    var listPages: [String] = []

    init(folder: URL) {
        let manager = FileManager.default
        var files: [String] = []
        var folders: Set<String> = []
        let base = folder.standardizedFileURL.path
        if let walker = manager.enumerator(at: folder, includingPropertiesForKeys: [.isSymbolicLinkKey, .isRegularFileKey, .isDirectoryKey],
                                           options: [.skipsHiddenFiles]) {
            for case let url as URL in walker {
                let full = url.standardizedFileURL.path
                guard full.hasPrefix(base + "/") else { continue }
                let relative = String(full.dropFirst(base.count + 1))
                let values = try? url.resourceValues(forKeys: [.isSymbolicLinkKey, .isRegularFileKey, .isDirectoryKey])
                if values?.isSymbolicLink == true {
                    skipped.append((relative, Messages.postSkippedLink))
                    walker.skipDescendants()
                } else if values?.isDirectory == true {
                    folders.insert(relative)
                } else if values?.isRegularFile == true {
                    files.append(relative)
                }
            }
        }
        files.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        func isMarkdown(_ path: String) -> Bool { ["md", "markdown"].contains((path as NSString).pathExtension.lowercased()) }
        func stem(_ path: String) -> String { ((path as NSString).lastPathComponent as NSString).deletingPathExtension }
        // Hugo's page of a bundle (`index.md`, or `index.zh-cn.md` of a language) and list page (`_index…`).
        func isBundlePage(_ path: String) -> Bool { stem(path).lowercased() == "index" || stem(path).lowercased().hasPrefix("index.") }
        func isListPage(_ path: String) -> Bool { stem(path) == "_index" || stem(path).hasPrefix("_index.") }
        func parent(_ path: String) -> String { (path as NSString).deletingLastPathComponent }
        // Each post's folder of files: a bundle's own folder, or the folder named like the post beside it.
        var owner: [String: String] = [:]
        for path in files where isMarkdown(path) {
            let name = stem(path)
            if isBundlePage(path), !parent(path).isEmpty {
                // One page per bundle: `index.md` before a language's `index.en.md`.
                if owner[parent(path)] == nil || stem(path).lowercased() == "index" { owner[parent(path)] = path }
            } else if !isListPage(path) {
                let beside = parent(path).isEmpty ? name : parent(path) + "/" + name
                if folders.contains(beside), owner[beside] == nil { owner[beside] = path }
            }
        }
        /// The post folder a path lies in (the innermost one), if any.
        func ownerFolder(of path: String) -> String? {
            var folder = parent(path)
            while !folder.isEmpty {
                if owner[folder] != nil { return folder }
                folder = parent(folder)
            }
            return nil
        }
        var assets: [String: [String]] = [:]
        for path in files {
            let folder = ownerFolder(of: path)
            if isMarkdown(path) {
                if isListPage(path) {
                    listPages.append(path)
                    skipped.append((path, Messages.postSkippedListPage))
                } else if let folder, owner[folder] != path {
                    skipped.append((path, Messages.postSkippedInsideFolder))
                }
            } else if let folder {
                assets[folder, default: []].append(String(path.dropFirst(folder.count + 1)))
            } else {
                skipped.append((path, Messages.postSkippedNoPost))
            }
        }
        let folderOf = Dictionary(owner.map { ($0.value, $0.key) }, uniquingKeysWith: { a, _ in a })
        for path in files where isMarkdown(path) && !isListPage(path) {
            if let folder = ownerFolder(of: path), owner[folder] != path { continue }
            let folder = folderOf[path]
            let isBundle = isBundlePage(path) && folder != nil
            posts.append(Post(
                path: path, stem: isBundle ? (parent(path) as NSString).lastPathComponent : stem(path), assetFolder: folder,
                assets: folder.flatMap { assets[$0] } ?? [],
                isDraft: path.split(separator: "/").contains("_drafts")))
        }
    }
}
