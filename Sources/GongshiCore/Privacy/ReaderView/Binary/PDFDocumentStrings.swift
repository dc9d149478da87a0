/// Strings a PDF keeps outside its page text, as far as they are stored uncompressed: the
/// document information (`/Title`, `/Author`, `/Subject`, `/Keywords`, `/Creator`, `/Producer`),
/// annotation contents, form field names and values, and XMP packets. Office suites write the
/// clerk's account name as the author and the first line of the document as the title.
enum PDFDocumentStrings {
    static let part = "PDF 文档信息"

    private static let keys: [[UInt8]] = ["Title", "Author", "Subject", "Keywords", "Creator", "Producer",
                                          "Contents", "T", "TU", "V"].map { Array($0.utf8) }

    static func view(_ bytes: [UInt8]) -> ReaderView {
        var view = ReaderView()
        var text = ReaderText(part: part)
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "/") else { index += 1; continue }
            index += 1
            guard let key = keys.first(where: { bytes.has($0, at: index) && !isRegular(bytes.byte(at: index + $0.count)) })
            else { continue }
            var valueStart = index + key.count
            while let byte = bytes.byte(at: valueStart), isWhitespace(byte) { valueStart += 1 }
            if let (value, end) = stringValue(bytes, at: valueStart) {
                appendDecoded(value, at: valueStart, to: &text)
                text.appendWall(at: end)
                index = end
            }
        }
        view.add(text)
        // XMP packets (document metadata) stored in uncompressed streams.
        let open = Array("<x:xmpmeta".utf8)
        let close = Array("</x:xmpmeta>".utf8)
        var searchFrom = 0
        while let start = bytes.firstIndex(of: open, in: searchFrom..<bytes.count),
              let end = bytes.firstIndex(of: close, in: start..<bytes.count) {
            view.add(XMPPacket.view(bytes, start..<(end + close.count)))
            searchFrom = end + close.count
        }
        return view
    }

    /// A literal `( … )` or hex `< … >` string starting at `start`: its bytes and where it ends.
    private static func stringValue(_ bytes: [UInt8], at start: Int) -> ([UInt8], Int)? {
        guard let first = bytes.byte(at: start) else { return nil }
        if first == Int(UInt8(ascii: "(")) { return literalString(bytes, at: start) }
        if first == Int(UInt8(ascii: "<")), bytes.byte(at: start + 1) != Int(UInt8(ascii: "<")) {
            return hexString(bytes, at: start)
        }
        return nil
    }

    private static func literalString(_ bytes: [UInt8], at start: Int) -> ([UInt8], Int)? {
        var value = [UInt8]()
        var depth = 1
        var index = start + 1
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\\"):
                guard index + 1 < bytes.count else { return nil }
                let next = bytes[index + 1]
                index += 2
                switch next {
                case UInt8(ascii: "n"): value.append(0x0A)
                case UInt8(ascii: "r"): value.append(0x0D)
                case UInt8(ascii: "t"): value.append(0x09)
                case UInt8(ascii: "b"): value.append(0x08)
                case UInt8(ascii: "f"): value.append(0x0C)
                case UInt8(ascii: "0")...UInt8(ascii: "7"):
                    var code = Int(next - UInt8(ascii: "0"))
                    var digits = 1
                    while digits < 3, index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(bytes[index]) {
                        code = code * 8 + Int(bytes[index] - UInt8(ascii: "0"))
                        index += 1
                        digits += 1
                    }
                    value.append(UInt8(truncatingIfNeeded: code))
                case 0x0D:
                    if index < bytes.count, bytes[index] == 0x0A { index += 1 }
                case 0x0A:
                    break
                default:
                    value.append(next)
                }
                continue
            case UInt8(ascii: "("):
                depth += 1
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return (value, index + 1) }
            default:
                break
            }
            value.append(byte)
            index += 1
        }
        return nil
    }

    private static func hexString(_ bytes: [UInt8], at start: Int) -> ([UInt8], Int)? {
        var digits = [UInt8]()
        var index = start + 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") {
                if digits.count % 2 == 1 { digits.append(0) }
                let value = stride(from: 0, to: digits.count, by: 2).map { digits[$0] << 4 | digits[$0 + 1] }
                return (value, index + 1)
            }
            if let digit = hexDigit(byte) { digits.append(digit) }
            else if !isWhitespace(Int(byte)) { return nil }
            index += 1
        }
        return nil
    }

    /// Text strings are UTF-16BE with a BOM, UTF-8 with a BOM (PDF 2.0), or PDFDocEncoding (read
    /// leniently: Chinese tools also write GBK there).
    private static func appendDecoded(_ value: [UInt8], at offset: Int, to text: inout ReaderText) {
        var decoded = ReaderText()
        if value.starts(with: [0xFE, 0xFF]) {
            MetadataTextDecoder.appendUTF16(value, 0..<value.count, order: .big, to: &decoded)
        } else if value.starts(with: [0xEF, 0xBB, 0xBF]) {
            MetadataTextDecoder.appendUTF8(value, 3..<value.count, to: &decoded)
        } else {
            MetadataTextDecoder.appendLenient(value, 0..<value.count, to: &decoded)
        }
        for scalar in decoded.scalars { text.append(scalar, at: offset) }
    }

    private static func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    private static func isWhitespace(_ byte: Int) -> Bool {
        [0x00, 0x09, 0x0A, 0x0C, 0x0D, 0x20].contains(byte)
    }

    /// Whether `byte` continues a PDF name (not whitespace, not a delimiter, not the end).
    private static func isRegular(_ byte: Int?) -> Bool {
        guard let byte else { return false }
        return !isWhitespace(byte) && !"()<>[]{}/%".utf8.contains(UInt8(byte))
    }
}
