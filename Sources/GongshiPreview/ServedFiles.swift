import GongshiSite

/// The files of the last good build as the preview serves them, found by output path. The
/// index by path is made again only when the list of paths changed: a rebuild after one saved
/// roster keeps the city's 54,877 paths in place, and hashing them all into a new dictionary
/// each time was a good part of the reload.
struct ServedFiles: Sendable {
    private let files: [OutputFile]
    private let positions: [String: Int]

    static let empty = ServedFiles(files: [], positions: [:])

    private init(files: [OutputFile], positions: [String: Int]) {
        self.files = files
        self.positions = positions
    }

    /// `files`, indexed afresh unless `previous` holds the same paths in the same order.
    init(_ files: [OutputFile], reusing previous: ServedFiles) {
        self.files = files
        if files.count == previous.files.count && zip(files, previous.files).allSatisfy({ $0.path == $1.path }) {
            positions = previous.positions
            return
        }
        var positions: [String: Int] = [:]
        positions.reserveCapacity(files.count)
        for (index, file) in files.enumerated() { positions[file.path] = index }  // the last of a path wins, as before
        self.positions = positions
    }

    subscript(path: String) -> [UInt8]? {
        positions[path].map { files[$0].bytes }
    }

    var count: Int { files.count }
}
