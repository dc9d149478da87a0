/// Line and column (1-based, columns in Characters as clerks' editors count them) of UTF-8 byte
/// offsets in one text, for findings that were made on the whole text at once (a number wrapped
/// over two lines is found, and reported where it starts).
package struct TextPositions {
    private let lineStarts: [Int]
    private let bytes: [UInt8]

    package init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == 0x0A { starts.append(index + 1) }
        lineStarts = starts
    }

    package init(_ text: String) { self.init(Array(text.utf8)) }

    package func location(ofByte offset: Int) -> (line: Int, column: Int) {
        let clamped = max(0, min(offset, bytes.count))
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
        }
        let lineStart = lineStarts[low]
        let column = String(decoding: bytes[lineStart..<clamped], as: UTF8.self).count + 1
        return (low + 1, column)
    }
}
