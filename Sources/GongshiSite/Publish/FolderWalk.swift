#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GongshiCore

/// Every file below a folder, as relative paths in byte order, following symbolic links the way a
/// web server (and the loader) does, but never round a loop and never out of `boundary`: a folder
/// whose real path leaves it (a link to `/` or `/sys` in a copied folder) is listed as an "other"
/// entry, not walked, so a walk is bounded by the tree it was asked about. The input digest and `gongshi verify`
/// both read trees this way; a folder that cannot be listed is a failure, never an empty folder.
enum FolderWalk {
    struct Listing: Equatable {
        /// Regular files, relative to the walked folder.
        var files: [String] = []
        /// Anything else that is not a folder: FIFOs, devices, sockets, dangling links.
        var others: [String] = []
        /// Every folder walked below the root, relative to it.
        var folders: [String] = []
        /// Whether some entry is a link, or of a type the file system did not say (so perhaps a
        /// link): a tree without such entries holds no links.
        var examinedLinks = false
    }

    struct Failure: Error, Equatable {
        /// The folder that could not be listed, relative to the walked folder ("" for itself).
        let folder: String
        let errno: Int32
    }

    /// - Parameter boundary: the folder no walked folder may leave (default: `root` itself).
    static func list(_ root: String, boundary: String? = nil) throws(Failure) -> Listing {
        var listing = Listing()
        var ancestors: [(dev_t, ino_t)] = []
        let limit = realPath(boundary ?? root) ?? (boundary ?? root)
        try walk(root, relative: "", boundary: limit, ancestors: &ancestors, into: &listing)
        listing.files = UTF8Sort.sorted(listing.files)
        listing.others = UTF8Sort.sorted(listing.others)
        return listing
    }

    private static func walk(
        _ path: String, relative: String, boundary: String, ancestors: inout [(dev_t, ino_t)], into listing: inout Listing
    ) throws(Failure) {
        var info = stat()
        guard stat(path, &info) == 0 else { throw Failure(folder: relative, errno: errno) }
        if ancestors.contains(where: { $0.0 == info.st_dev && $0.1 == info.st_ino }) { return }
        ancestors.append((info.st_dev, info.st_ino))
        defer { ancestors.removeLast() }
        guard let folder = opendir(path) else { throw Failure(folder: relative, errno: errno) }
        defer { closedir(folder) }
        var names: [(name: String, type: UInt8)] = []
        while true {
            errno = 0
            guard let entry = readdir(folder) else {
                if errno != 0 { throw Failure(folder: relative, errno: errno) }
                break
            }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append((name, entry.pointee.d_type)) }
        }
        for (name, type) in names {
            let childPath = path + "/" + name
            let childRelative = relative.isEmpty ? name : relative + "/" + name
            // The folder entry's own type, where the file system gives one: a regular file or a
            // folder that is not a link needs no `stat` (a city's 24,000 inputs were stat'ed
            // here and again for their stamps). Links and unknown types are examined as before.
            if type == UInt8(DT_REG) {
                listing.files.append(childRelative)
                continue
            }
            if type == UInt8(DT_DIR) {
                listing.folders.append(childRelative)
                try walk(childPath, relative: childRelative, boundary: boundary, ancestors: &ancestors, into: &listing)
                continue
            }
            if type == UInt8(DT_LNK) || type == UInt8(DT_UNKNOWN) { listing.examinedLinks = true }
            var child = stat()
            guard stat(childPath, &child) == 0 else {
                listing.others.append(childRelative)
                continue
            }
            switch child.st_mode & S_IFMT {
            case S_IFDIR:
                guard isInside(childPath, boundary) else {
                    listing.others.append(childRelative)
                    continue
                }
                listing.folders.append(childRelative)
                try walk(childPath, relative: childRelative, boundary: boundary, ancestors: &ancestors, into: &listing)
            case S_IFREG: listing.files.append(childRelative)
            default: listing.others.append(childRelative)
            }
        }
    }

    /// Whether the real path of `path` is `boundary` or below it (only links can lead out).
    private static func isInside(_ path: String, _ boundary: String) -> Bool {
        var link = stat()
        guard lstat(path, &link) == 0, link.st_mode & S_IFMT == S_IFLNK else { return true }
        guard let real = realPath(path) else { return false }
        return real == boundary || real.hasPrefix(boundary.hasSuffix("/") ? boundary : boundary + "/")
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
