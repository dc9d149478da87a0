import Dispatch
import GongshiCore

/// The inputs under `content/rosters/`, by month folder: all of them, and those that are not a
/// roster CSV of the folder itself (what the notice and the month's settings come from), and a
/// digest of each folder's inputs (paths and SHA-256s in order), so that a month's `whole`
/// (its folder, the month before and that one's folder) hashes two digests, not 4,000 inputs, and
/// each folder is hashed once although two months read it.
struct RosterMonthFolders: Sendable {
    private(set) var all: [String: [(String, String)]] = [:]
    private(set) var others: [String: [(String, String)]] = [:]
    /// Each folder's digest, when made up front (`digested`); otherwise made when asked.
    private var digests: [String: Digest32]?

    /// - Parameter digested: hash every folder now (on every core), for a build that asks for
    ///   every month's `whole` (its summaries' keys); a preview, which asks for the months a save
    ///   touched, hashes only those.
    init(inputs: [String: String], order: [String], digested: Bool = false) {
        let prefix = "content/rosters/"
        // `order` is sorted, so a month folder's paths come together: one dictionary entry per
        // month, filled from a local list.
        var current: Substring = ""
        var allOfMonth: [(String, String)] = []
        var othersOfMonth: [(String, String)] = []
        func flush() {
            guard !allOfMonth.isEmpty else { return }
            all[String(current), default: []] += allOfMonth
            if !othersOfMonth.isEmpty { others[String(current), default: []] += othersOfMonth }
            allOfMonth.removeAll(keepingCapacity: true)
            othersOfMonth.removeAll(keepingCapacity: true)
        }
        for path in order where path.hasPrefix(prefix) {
            guard let digest = inputs[path] else { continue }
            let rest = path.utf8.dropFirst(prefix.utf8.count)
            let slash = rest.firstIndex(of: UInt8(ascii: "/"))
            let month = Substring(path.utf8[rest.startIndex..<(slash ?? rest.endIndex)])
            if month != current {
                flush()
                current = month
            }
            allOfMonth.append((path, digest))
            var isOwnCSV = false
            if let slash {
                let name = path.utf8[path.utf8.index(after: slash)...]
                isOwnCSV = !name.contains(UInt8(ascii: "/")) && Self.endsInCSV(name)
            }
            if !isOwnCSV { othersOfMonth.append((path, digest)) }
        }
        flush()
        guard digested else { return }
        let names = Array(all.keys)
        let listed = all
        let slots = IndexedResults<Digest32>(count: names.count)
        DispatchQueue.concurrentPerform(iterations: names.count) { index in
            slots.set(index, Self.digest(of: listed[names[index]] ?? []))
        }
        digests = Dictionary(uniqueKeysWithValues: zip(names, slots.values()))
    }

    /// `last` (a preview's last rebuild's folders) with each folder that holds a path of `changed`
    /// grouped again from `inputs`: what grouping every input gives, when the watcher vouches that
    /// no path outside `changed` differs from the inputs `last` was made of. At city scale that is
    /// one folder's 2,000 inputs grouped, not 24,000.
    init(updating last: RosterMonthFolders, changed: Set<String>, inputs: [String: String], order: [String]) {
        let prefix = "content/rosters/"
        var touched = Set<String>()
        for path in changed where path.hasPrefix(prefix) {
            touched.insert(String(Self.folderName(of: path, after: prefix)))
        }
        all = last.all
        others = last.others
        guard !touched.isEmpty else { return }
        for name in touched {
            all[name] = nil
            others[name] = nil
        }
        for path in order where path.hasPrefix(prefix) {
            let name = Self.folderName(of: path, after: prefix)
            guard touched.contains(String(name)), let digest = inputs[path] else { continue }
            all[String(name), default: []].append((path, digest))
            if !Self.isOwnCSV(path, folder: name) { others[String(name), default: []].append((path, digest)) }
        }
    }

    /// The month folder's name of a path under `prefix`: up to the next `/` (or the whole rest).
    private static func folderName(of path: String, after prefix: String) -> Substring {
        let rest = path.utf8.dropFirst(prefix.utf8.count)
        let slash = rest.firstIndex(of: UInt8(ascii: "/"))
        return Substring(path.utf8[rest.startIndex..<(slash ?? rest.endIndex)])
    }

    /// Whether `path` is a roster CSV of the folder itself (`folder/name.csv`, no deeper).
    private static func isOwnCSV(_ path: String, folder: Substring) -> Bool {
        let rest = path.utf8[folder.utf8.endIndex...]
        guard rest.first == UInt8(ascii: "/") else { return false }
        let name = rest.dropFirst()
        return !name.contains(UInt8(ascii: "/")) && endsInCSV(name)
    }

    private static func digest(of inputs: [(String, String)]) -> Digest32 {
        var key = KeyBuilder(capacity: 1 << 16)
        for (path, digest) in inputs { key.add(dynamic: path, digest) }
        return key.digest32()
    }

    private static let emptyFolder = digest(of: [])

    /// Every input of folder `name` (a month's), of the month before it (nil: none) and of its
    /// folder: what a month page's rows and a month's summary are a function of (with the rows'
    /// settings, which the load fingerprint covers).
    func whole(of name: String, previous: String?) -> Digest32 {
        var key = KeyBuilder(capacity: 160)
        key.add("folder", digest: digest(of: name))
        key.add("previous", previous ?? "none")
        if let previous { key.add("previous-folder", digest: digest(of: previous)) }
        return key.digest32()
    }

    private func digest(of folder: String) -> Digest32 {
        if let digests { return digests[folder] ?? Self.emptyFolder }
        return all[folder].map(Self.digest(of:)) ?? Self.emptyFolder
    }

    /// Whether two folders' listings are the same paths with the same SHA-256s, in the same order.
    static func same(_ a: [(String, String)]?, _ b: [(String, String)]?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case (let a?, let b?):
            guard a.count == b.count else { return false }
            // The very same array (a folder kept from the last rebuild): nothing to compare.
            let shared = a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in a.baseAddress == b.baseAddress } }
            if shared, !a.isEmpty { return true }
            for index in a.indices where !(a[index].0.utf8Equals(b[index].0) && a[index].1.utf8Equals(b[index].1)) {
                return false
            }
            return true
        default: return false
        }
    }

    /// `.csv` in any case, as the loader picks a month's roster files (`lowercased().hasSuffix`).
    private static func endsInCSV(_ name: Substring.UTF8View) -> Bool {
        let tail = Array(name.suffix(4))
        guard tail.count == 4, tail[0] == UInt8(ascii: ".") else { return false }
        return tail[1] | 0x20 == UInt8(ascii: "c") && tail[2] | 0x20 == UInt8(ascii: "s") && tail[3] | 0x20 == UInt8(ascii: "v")
    }
}
