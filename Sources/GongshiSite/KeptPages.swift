/// The pages a preview keeps from its last build (`RenderMemory.pages`), in that plan's order:
/// each one's output path, key (nil: not to be reused) and file. Arrays, not a dictionary by
/// path: at city scale a rebuild after one saved roster renders 8 of 54,877 pages, and hashing
/// every path to look the others up (and again to record them) cost more than the rendering.
/// While the plan's pages are the same list, page `i` is kept page `i`.
struct KeptPages: Sendable {
    var paths: [String] = []
    var keys: [Digest32?] = []
    var files: [OutputFile] = []

    /// For each of `pages`, its index among the kept pages (nil: none kept at that path).
    func positions(of pages: [Page]) -> [Int?] {
        if pages.count == paths.count && zip(pages, paths).allSatisfy({ $0.outputPath == $1 }) {
            return Array(pages.indices)
        }
        var byPath: [String: Int] = [:]
        byPath.reserveCapacity(paths.count)
        for (index, path) in paths.enumerated() { byPath[path] = index }
        return pages.map { byPath[$0.outputPath] }
    }
}
