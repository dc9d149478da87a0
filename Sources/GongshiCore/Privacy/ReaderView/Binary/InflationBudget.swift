/// How much one published file may inflate to, across all its compressed parts (ZIP entries, PNG
/// text chunks, files nested in a DOCX): a compression bomb is refused, not inflated.
final class InflationBudget {
    /// Most bytes inflated from one published file.
    static let totalLimit = 64 << 20
    /// Most inflated bytes per stored byte, over the whole file, once past a floor that small
    /// files with very repetitive XML never reach.
    static let ratioLimit = 100
    static let ratioFloor = 1 << 20

    let fileSize: Int
    private(set) var inflated = 0

    init(fileSize: Int) {
        self.fileSize = fileSize
    }

    var remaining: Int {
        let byRatio = max(Self.ratioFloor, fileSize * Self.ratioLimit)
        return max(0, min(Self.totalLimit, byRatio) - inflated)
    }

    func spend(_ count: Int) { inflated += count }
}
