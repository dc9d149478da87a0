/// What a published file is, by its extension and its first bytes, and so which reader gets it.
///
/// Text types are known by extension (a theme's `.css` is CSS whatever it starts with); binary
/// types by their signature, since a renamed file is still what its bytes say. An extension alone
/// forbids archives, executables and databases even when the bytes are not recognised.
enum PublishedFileKind: Equatable {
    case html
    case xml
    case css
    case script
    case plainText
    /// Comma-separated values: read as a grid (`CSVTextReader`).
    case csv
    case jpeg, png, gif, webp, tiff
    /// An image format without text metadata (BMP): nothing to read.
    case plainImage
    case icon
    case emf
    case sfnt(type: String)
    case woff
    case pdf
    /// A ZIP-based office document (`DOCX`, `XLSX`, `PPTX`, `ODT`, `ODS`, `ODP`).
    case office(type: String)
    /// Gzip-compressed SVG.
    case svgz
    case forbidden(type: String)
    case unscannable(type: String)

    static let officeExtensions: Set<String> = ["docx", "xlsx", "pptx", "odt", "ods", "odp"]
    static let forbiddenExtensions: Set<String> = [
        "exe", "dll", "msi", "scr", "apk", "jar", "deb", "rpm", "dmg", "iso", "zip", "7z", "rar", "gz",
        "tgz", "bz2", "xz", "zst", "tar", "cab", "db", "sqlite", "sqlite3", "mdb", "accdb", "dbf",
    ]

    /// The kind a text extension names, or nil for other extensions.
    static func textKind(extension ext: String) -> PublishedFileKind? {
        switch ext {
        case "html", "htm", "xhtml": .html
        case "xml", "svg", "atom", "rss": .xml
        case "css": .css
        case "js", "mjs", "json", "map", "webmanifest": .script
        case "txt", "md", "yaml", "yml", "ics": .plainText
        case "csv": .csv
        default: nil
        }
    }

    /// The kind the bytes' signature says, or nil when it is none this reader knows.
    static func sniff(_ bytes: [UInt8], extension ext: String) -> PublishedFileKind? {
        let typeByExtension = ext.isEmpty ? nil : ext.uppercased()
        if bytes.has(PNGMetadataReader.signature) { return .png }
        if bytes.has([0xFF, 0xD8, 0xFF]) { return .jpeg }
        if bytes.has(ascii: "GIF87a") || bytes.has(ascii: "GIF89a") { return .gif }
        if bytes.has(ascii: "RIFF") {
            if bytes.has(ascii: "WEBP", at: 8) { return .webp }
            if bytes.has(ascii: "WAVE", at: 8) { return .unscannable(type: "WAV") }
            if bytes.has(ascii: "AVI ", at: 8) { return .unscannable(type: "AVI") }
            return .unscannable(type: "RIFF")
        }
        if ICOReader.looksLikeIcon(bytes) { return .icon }
        if bytes.has(ascii: "BM"), bytes.uint32(at: 2, .little) == bytes.count || ext == "bmp" { return .plainImage }
        if bytes.has(ascii: "II*\0") || bytes.has(ascii: "MM\0*") { return .tiff }
        if bytes.has([0x01, 0x00, 0x00, 0x00]), bytes.has(ascii: " EMF", at: 40) { return .emf }
        if bytes.has([0x00, 0x01, 0x00, 0x00]) || bytes.has(ascii: "OTTO") { return .sfnt(type: typeByExtension ?? "TTF") }
        if bytes.has(ascii: "ttcf") { return .sfnt(type: "TTC") }
        if (bytes.has(ascii: "true") || bytes.has(ascii: "typ1")), ["ttf", "otf", "dfont"].contains(ext) {
            return .sfnt(type: typeByExtension ?? "TTF")
        }
        if bytes.has(ascii: "wOFF") { return .woff }
        if bytes.has(ascii: "wOF2") { return .unscannable(type: "WOFF2") }
        if bytes.has(ascii: "%PDF-") { return .pdf }
        if bytes.has([0x50, 0x4B, 0x03, 0x04]) || bytes.has([0x50, 0x4B, 0x05, 0x06]) {
            return officeExtensions.contains(ext) ? .office(type: ext.uppercased()) : .forbidden(type: "ZIP")
        }
        if bytes.has([0x1F, 0x8B]) { return ext == "svgz" ? .svgz : .forbidden(type: "GZIP") }
        if let archive = archiveType(bytes) { return .forbidden(type: archive) }
        if let executable = executableType(bytes) { return .forbidden(type: executable) }
        if bytes.has(ascii: "SQLite format 3\0") { return .forbidden(type: "SQLite") }
        if bytes.has(ascii: "Standard Jet DB", at: 4) || bytes.has(ascii: "Standard ACE DB", at: 4) {
            return .forbidden(type: "Access")
        }
        if bytes.has([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            // OLE2: old Office and WPS documents (read by nothing here), or an installer.
            return ext == "msi" ? .forbidden(type: "MSI") : .unscannable(type: typeByExtension ?? "OLE2")
        }
        if bytes.has(ascii: "{\\rtf") { return .unscannable(type: "RTF") }
        if let media = mediaType(bytes, extension: ext) { return .unscannable(type: media) }
        return nil
    }

    private static func archiveType(_ bytes: [UInt8]) -> String? {
        if bytes.has([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]) { return "7Z" }
        if bytes.has(ascii: "Rar!\u{1A}\u{07}") { return "RAR" }
        if bytes.has(ascii: "BZh"), bytes.has([0x31, 0x41, 0x59, 0x26, 0x53, 0x59], at: 4) { return "BZIP2" }
        if bytes.has([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]) { return "XZ" }
        if bytes.has([0x28, 0xB5, 0x2F, 0xFD]) { return "ZSTD" }
        if bytes.has(ascii: "MSCF\0") { return "CAB" }
        if bytes.has(ascii: "ustar", at: 257) { return "TAR" }
        return nil
    }

    private static func executableType(_ bytes: [UInt8]) -> String? {
        if bytes.has(ascii: "MZ"), bytes.count >= 64, bytes[2..<64].contains(0) { return "EXE" }
        if bytes.has([0x7F, 0x45, 0x4C, 0x46]) { return "ELF" }
        let machO: [[UInt8]] = [[0xFE, 0xED, 0xFA, 0xCE], [0xFE, 0xED, 0xFA, 0xCF], [0xCE, 0xFA, 0xED, 0xFE],
                                [0xCF, 0xFA, 0xED, 0xFE], [0xCA, 0xFE, 0xBA, 0xBE]]
        if machO.contains(where: { bytes.has($0) }) { return "Mach-O" }
        if bytes.has([0x00, 0x61, 0x73, 0x6D]) { return "WASM" }
        return nil
    }

    private static func mediaType(_ bytes: [UInt8], extension ext: String) -> String? {
        if bytes.has(ascii: "ftyp", at: 4) {
            let brand = String(decoding: bytes.prefix(12).dropFirst(8), as: UTF8.self)
            switch brand {
            case "heic", "heix", "heim", "heis", "hevc", "mif1", "msf1": return "HEIC"
            case "avif", "avis": return "AVIF"
            case "qt  ": return "MOV"
            default: return "MP4"
            }
        }
        if bytes.has(ascii: "ID3") { return "MP3" }
        if ext == "mp3", bytes.count >= 2, bytes[0] == 0xFF, bytes[1] & 0xE0 == 0xE0 { return "MP3" }
        if bytes.has(ascii: "OggS") { return "OGG" }
        if bytes.has(ascii: "fLaC") { return "FLAC" }
        if bytes.has([0x1A, 0x45, 0xDF, 0xA3]) { return "WebM" }
        if bytes.has(ascii: "FLV\u{01}") { return "FLV" }
        if bytes.has(ascii: "8BPS") { return "PSD" }
        return nil
    }
}
