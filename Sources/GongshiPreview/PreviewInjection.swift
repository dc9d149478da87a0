import GongshiCore

/// What the preview adds to the HTML pages it serves, and only to those: the live-reload script
/// and, while the latest build failed, the error overlay. `gongshi build` output never has either.
enum PreviewInjection {
    static let eventsPath = "/__gongshi/events"
    static let scriptID = "gongshi-live-reload"
    static let overlayID = "gongshi-error-overlay"

    /// Listens for `reload` events and reloads the page. Plain ES5, no dependencies.
    static let script = """
        <script id="\(scriptID)">(function(){if(!window.EventSource)return;\
        var s=new EventSource("\(eventsPath)");\
        s.addEventListener("reload",function(){s.close();location.reload();});})();</script>
        """

    /// The most errors the overlay lists; the terminal has them all.
    static let overlayErrorLimit = 50

    /// A fixed full-window panel listing the errors (`file:line:column: 错误: …`), HTML-escaped.
    static func overlay(title: String, errors: [Diagnostic]) -> String {
        var lines = errors.prefix(overlayErrorLimit).map(\.description)
        if errors.count > overlayErrorLimit { lines.append(Messages.previewMoreErrors(errors.count - overlayErrorLimit)) }
        return """
            <div id="\(overlayID)" role="alert" style="position:fixed;inset:0;z-index:2147483647;overflow:auto;\
            margin:0;padding:1.5em;background:#3b0a0a;color:#fff;font:16px/1.6 sans-serif;text-align:left">\
            <p style="margin:0 0 1em;font-size:1.25em;font-weight:bold">\(escape(title))</p>\
            <pre style="margin:0;white-space:pre-wrap;word-break:break-all;font:15px/1.6 monospace;color:#ffd7d7">\
            \(escape(lines.joined(separator: "\n")))</pre>\
            <button type="button" onclick="this.parentNode.remove()" style="margin-top:1.5em;font-size:1em;padding:.3em 1.2em">\
            \(escape(Messages.previewOverlayClose))</button></div>
            """
    }

    /// Inserts `snippet` before the last `</body>` (any letter case), or appends it when the page
    /// has none.
    static func insert(_ snippet: String, into page: [UInt8]) -> [UInt8] {
        var result = page
        let at = lastBodyClose(in: page) ?? page.endIndex
        result.insert(contentsOf: Array(snippet.utf8), at: at)
        return result
    }

    static func lastBodyClose(in page: [UInt8]) -> Int? {
        let needle = Array("</body".utf8)
        guard page.count >= needle.count else { return nil }
        var start = page.count - needle.count
        while start >= 0 {
            var matches = true
            for offset in 0..<needle.count where lowercased(page[start + offset]) != needle[offset] {
                matches = false
                break
            }
            if matches { return start }
            start -= 1
        }
        return nil
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }

    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }
}
