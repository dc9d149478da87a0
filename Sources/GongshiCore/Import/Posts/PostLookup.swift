import Foundation

/// The imported posts as links name them: Hexo's `post_link` by the file's name, Hugo's `ref` by
/// its path under `content/` (`posts/a.md`, `/posts/a`, `a`), a site-absolute address by its last
/// segment, a relative `.md` link by its file. A name two posts share finds neither.
struct PostLookup {
    private var byPath: [String: PostBodyConverter.Target] = [:]
    private var byName: [String: PostBodyConverter.Target?] = [:]

    init(posts: [PostSourceFinder.Post], names: [String], titles: [String?], slugs: [String?]) {
        for (index, post) in posts.enumerated() {
            let target = PostBodyConverter.Target(name: names[index], title: titles[index])
            byPath[Self.normalised(post.path)] = target
            for name in Set([post.stem, names[index]] + [slugs[index]].compactMap { $0 }).map({ $0.lowercased() }) {
                byName[name] = byName[name] == nil ? .some(target) : .some(nil)
            }
        }
    }

    func find(_ key: String) -> PostBodyConverter.Target? {
        let path = Self.normalised(key)
        if let target = byPath[path] { return target }
        // Hugo's paths start at content/; a post of a section is found by its path within it too.
        if let target = byPath.first(where: { $0.key.hasSuffix("/" + path) })?.value, !path.isEmpty { return target }
        let last = (path as NSString).lastPathComponent.lowercased()
        if let found = byName[last] { return found }
        return AddressSlug.slug(from: key).flatMap { byName[$0.lowercased()] ?? nil }
    }

    /// A post's path as links write it: no leading `/` or `./`, no `content/`, no extension, a
    /// bundle by its folder.
    static func normalised(_ key: String) -> String {
        var path = (key.removingPercentEncoding ?? key).trimmingCharacters(in: .whitespaces)
        while path.hasPrefix("/") || path.hasPrefix("./") { path.removeFirst(path.hasPrefix("/") ? 1 : 2) }
        while path.hasPrefix("../") { path.removeFirst(3) }
        while path.hasSuffix("/") { path.removeLast() }
        if path.hasPrefix("content/") { path.removeFirst("content/".count) }
        for suffix in [".md", ".markdown", ".html", ".htm"] where path.lowercased().hasSuffix(suffix) {
            path.removeLast(suffix.count)
            break
        }
        for suffix in ["/index", "/_index"] where path.lowercased().hasSuffix(suffix) {
            path.removeLast(suffix.count)
            break
        }
        return path
    }
}
