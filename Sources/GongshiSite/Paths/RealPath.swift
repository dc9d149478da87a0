#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a path really leads once every symbolic link on it is followed, like `realpath -m`: the
/// part that exists is resolved through its links (dangling ones too, by their target text), and
/// the part that does not exist yet is appended to it. A folder a command is about to create is
/// judged by where its files would land, not by how its name is spelt.
package enum RealPath {
    /// More links than this on one path is a loop (the kernel's own limit is 40).
    static let maximumLinks = 40

    /// - Parameter path: an absolute path, or one relative to the working folder.
    /// - Returns: an absolute path without `.`, `..`, repeated `/` or symbolic links, or nil for a link loop.
    package static func resolve(_ path: String) -> String? {
        var pending: [Substring] = components(of: path.hasPrefix("/") ? path : workingFolder() + "/" + path).reversed()
        var resolved: [String] = []
        var links = 0
        while let component = pending.popLast() {
            if component.isEmpty || component == "." { continue }
            if component == ".." {
                _ = resolved.popLast()
                continue
            }
            let candidate = "/" + (resolved + [String(component)]).joined(separator: "/")
            guard let target = linkTarget(candidate) else {
                resolved.append(String(component))
                continue
            }
            links += 1
            if links > maximumLinks { return nil }
            if target.hasPrefix("/") { resolved = [] }
            pending.append(contentsOf: components(of: target).reversed())
        }
        return "/" + resolved.joined(separator: "/")
    }

    /// `path` is `folder` or lies below it (both resolved, absolute).
    package static func isWithin(_ path: String, _ folder: String) -> Bool {
        path == folder || path.hasPrefix(folder == "/" ? "/" : folder + "/")
    }

    private static func components(of path: String) -> [Substring] {
        path.split(separator: "/", omittingEmptySubsequences: true)
    }

    /// The text of the symbolic link at `path`, or nil when it is not a link (or does not exist).
    private static func linkTarget(_ path: String) -> String? {
        var status = stat()
        guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFLNK else { return nil }
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, Int(PATH_MAX))
        guard count > 0 else { return nil }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func workingFolder() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return "/" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
