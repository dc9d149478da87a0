/// The `Content-Type` of an output file, from its name. Text types carry `charset=utf-8`: every
/// text file Gongshi writes is UTF-8, and a browser must not guess (a guessed GBK page shows
/// mojibake).
enum ContentType {
    static let html = "text/html; charset=utf-8"
    static let eventStream = "text/event-stream; charset=utf-8"
    static let plainText = "text/plain; charset=utf-8"
    static let fallback = "application/octet-stream"

    static func of(path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if name == "feed.xml" { return "application/atom+xml; charset=utf-8" }
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return fallback }
        return byExtension[name[name.index(after: dot)...].lowercased()] ?? fallback
    }

    private static let byExtension: [String: String] = [
        "html": html,
        "htm": html,
        "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8",
        "mjs": "text/javascript; charset=utf-8",
        "json": "application/json; charset=utf-8",
        "xml": "application/xml; charset=utf-8",
        "txt": plainText,
        "csv": "text/csv; charset=utf-8",
        "md": "text/markdown; charset=utf-8",
        "svg": "image/svg+xml",
        "png": "image/png",
        "jpg": "image/jpeg",
        "jpeg": "image/jpeg",
        "gif": "image/gif",
        "webp": "image/webp",
        "avif": "image/avif",
        "ico": "image/vnd.microsoft.icon",
        "woff": "font/woff",
        "woff2": "font/woff2",
        "ttf": "font/ttf",
        "otf": "font/otf",
        "pdf": "application/pdf",
        "zip": "application/zip",
    ]
}
