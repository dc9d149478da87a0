import GongshiCore
import GongshiSite

/// What the preview adds to the HTML pages it serves, and only to those: the live-reload script
/// and, while the latest build failed, the error overlay. `gongshi build` output never has either.
enum PreviewInjection {
    static let eventsPath = "/__gongshi/events"
    static let scriptID = "gongshi-live-reload"
    static let overlayID = "gongshi-error-overlay"

    /// Reloads the page when a build newer than the page's (`generation`) is announced: by a
    /// `reload` event, or by the `hello` that opens the stream (a build that finished while the
    /// page was loading). Plain ES5, no dependencies.
    static func script(generation: Int) -> String {
        """
        <script id="\(scriptID)">(function(){if(!window.EventSource)return;var g="\(generation)";\
        var s=new EventSource("\(eventsPath)");function r(e){if(e.data!==g){s.close();location.reload();}}\
        s.addEventListener("hello",r);s.addEventListener("reload",r);})();</script>
        """
    }

    /// The most errors the overlay lists; the terminal has them all.
    static let overlayErrorLimit = 50

    /// A fixed full-window panel listing the errors (`file:line:column: 错误: …`), HTML-escaped.
    static func overlay(title: String, errors: [Diagnostic]) -> String {
        var lines = errors.prefix(overlayErrorLimit).map(\.description)
        if errors.count > overlayErrorLimit { lines.append(Messages.previewMoreErrors(errors.count - overlayErrorLimit)) }
        return """
            <div id="\(overlayID)" role="alert" style="position:fixed;inset:0;z-index:2147483647;overflow:auto;\
            margin:0;padding:1.5em;background:#3b0a0a;color:#fff;font:16px/1.6 sans-serif;text-align:left">\
            <p style="margin:0 0 1em;padding:0;color:#fff;background:none;font:bold 20px/1.5 sans-serif">\(escape(title))</p>\
            <pre style="margin:0;padding:1em;border:0;border-radius:0;background:#1f0303;color:#ffd7d7;\
            white-space:pre-wrap;overflow-wrap:anywhere;font:15px/1.6 monospace;overflow:visible">\
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

    static func escape(_ text: String) -> String { XMLText.escape(text) }
}
