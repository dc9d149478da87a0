/// The pages a preview keeps from its last build (`RenderMemory.pages`), in that plan's order:
/// each page, its key (nil: not to be reused) and its file. Arrays, not a dictionary by path: at
/// city scale a rebuild after one saved roster renders 8 of 54,877 pages, and hashing every path
/// to look the others up (and again to record them) cost more than the rendering.
/// While the plan's pages are the same list, page `i` is kept page `i`.
struct KeptPages: Sendable {
    /// The last plan's pages. A page's output path is a function of its fields, so pages with the
    /// same fields are at the same path: comparing them makes no path (55,000 strings a rebuild).
    var pages: [Page] = []
    var keys: [Digest32?] = []
    var files: [OutputFile] = []

    /// Whether `pages` are the kept pages, field for field (`Page.hasTheSameFields`): then page `i`
    /// is kept page `i`, at the same path.
    func isTheSameList(as pages: [Page]) -> Bool {
        pages.count == self.pages.count && zip(pages, self.pages).allSatisfy { $0.hasTheSameFields(as: $1) }
    }

    /// For each of `pages`, its index among the kept pages (nil: none kept at that path).
    func positions(of pages: [Page]) -> [Int?] {
        if isTheSameList(as: pages) { return Array(pages.indices) }
        var byPath: [String: Int] = [:]
        byPath.reserveCapacity(self.pages.count)
        for (index, page) in self.pages.enumerated() { byPath[page.outputPath] = index }
        return pages.map { byPath[$0.outputPath] }
    }
}
