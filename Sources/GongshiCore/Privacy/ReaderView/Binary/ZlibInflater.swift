import CZlib

/// Inflates the compressed parts of published files (PNG zTXt/iTXt, WOFF tables, DOCX/XLSX
/// entries, SVGZ) with a hard limit on the output, so that a compression bomb is refused instead
/// of filling memory.
enum ZlibInflater {
    enum Format {
        /// A zlib stream (PNG, WOFF).
        case zlib
        /// Raw deflate without header (ZIP entries).
        case rawDeflate
        /// A gzip member (SVGZ).
        case gzip

        var windowBits: Int32 {
            switch self {
            case .zlib: 15
            case .rawDeflate: -15
            case .gzip: 31
            }
        }
    }

    enum Failure: Error, Equatable {
        /// The stream is corrupt or cut off.
        case corrupt
        /// The output would be longer than the limit.
        case tooLarge
    }

    /// The inflated bytes of `input`, at most `limit` of them.
    static func inflate(_ input: ArraySlice<UInt8>, format: Format, limit: Int) -> Result<[UInt8], Failure> {
        guard input.count < Int(UInt32.max) else { return .failure(.tooLarge) }
        var stream = z_stream()
        guard gongshi_inflateInit2(&stream, format.windowBits) == Z_OK else { return .failure(.corrupt) }
        defer { inflateEnd(&stream) }

        let chunkSize = 64 * 1024
        let chunk = UnsafeMutablePointer<UInt8>.allocate(capacity: chunkSize)
        defer { chunk.deallocate() }
        let contiguous = Array(input)

        return contiguous.withUnsafeBufferPointer { buffer -> Result<[UInt8], Failure> in
            guard let base = buffer.baseAddress else { return .failure(.corrupt) }
            stream.next_in = UnsafeMutablePointer(mutating: base)
            stream.avail_in = UInt32(buffer.count)
            var output = [UInt8]()
            while true {
                stream.next_out = chunk
                stream.avail_out = UInt32(chunkSize)
                let status = CZlib.inflate(&stream, Z_NO_FLUSH)
                let produced = chunkSize - Int(stream.avail_out)
                if produced > limit - output.count { return .failure(.tooLarge) }
                output.append(contentsOf: UnsafeBufferPointer(start: chunk, count: produced))
                switch status {
                case Z_STREAM_END:
                    return .success(output)
                case Z_OK:
                    // No input left and nothing produced: the stream is cut off.
                    if stream.avail_in == 0 && produced == 0 { return .failure(.corrupt) }
                case Z_BUF_ERROR:
                    if stream.avail_in == 0 { return .failure(.corrupt) }
                default:
                    return .failure(.corrupt)
                }
            }
        }
    }
}
