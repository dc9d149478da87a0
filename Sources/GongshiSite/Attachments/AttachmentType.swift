import GongshiCore

/// What a document's attachment is, by its file name: the type its list shows, whether it is an
/// image whose size and metadata are read, and the types never published as attachments.
enum AttachmentType {
    /// Types a browser runs as a page or script of this site: a clerk's pasted HTML would bypass
    /// the sanitizer every document body goes through. (`static/` publishes them on purpose.)
    static let refused: [String: String] = [
        "html": "HTML", "htm": "HTML", "xhtml": "XHTML", "shtml": "HTML", "xht": "XHTML", "svg": "SVG",
        "svgz": "SVG", "js": "JavaScript", "mjs": "JavaScript", "php": "PHP", "asp": "ASP", "jsp": "JSP",
        "swf": "Flash", "xml": "XML", "xsl": "XSL",
    ]

    /// The types a document's list of attachments names.
    static let labels: [String: String] = [
        "pdf": "PDF 文档", "ofd": "OFD 文档", "doc": "Word 文档", "docx": "Word 文档", "wps": "WPS 文字",
        "xls": "Excel 表格", "xlsx": "Excel 表格", "et": "WPS 表格", "csv": "CSV 表格", "ppt": "演示文稿",
        "pptx": "演示文稿", "dps": "WPS 演示", "txt": "文本", "jpg": "JPEG 图片", "jpeg": "JPEG 图片",
        "png": "PNG 图片", "gif": "GIF 图片", "webp": "WebP 图片", "zip": "压缩包", "rar": "压缩包", "7z": "压缩包",
        "mp3": "音频", "mp4": "视频",
    ]

    /// The images whose metadata is removed and whose size goes on their `<img>`.
    static let images: Set<String> = ["jpg", "jpeg", "png", "gif", "webp"]

    /// Lowercased, without the dot; "" for none (the privacy reader's rule, so both agree).
    static func fileExtension(of path: String) -> String { PublishedFileReader.fileExtension(of: path) }

    static func refusedTypeName(of path: String) -> String? { refused[fileExtension(of: path)] }

    static func label(of path: String) -> String {
        let ext = fileExtension(of: path)
        return labels[ext] ?? (ext.isEmpty ? "文件" : ext.uppercased() + " 文件")
    }

    static func isImage(_ path: String) -> Bool { images.contains(fileExtension(of: path)) }

    /// A size as the list shows it: `836 字节`, `12.4 KB`, `3.1 MB` (1 KB = 1,024 bytes; one decimal,
    /// from integers, so the same bytes always read the same).
    static func sizeText(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) 字节" }
        let (unit, divisor) = bytes < 1024 * 1024 ? ("KB", 1024) : ("MB", 1024 * 1024)
        let tenths = (bytes * 10 + divisor / 2) / divisor
        return "\(tenths / 10).\(tenths % 10) \(unit)"
    }
}
