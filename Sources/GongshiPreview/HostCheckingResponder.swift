import GongshiCore
import Hummingbird

/// Answers a request only when its `Host` passes the `HostRule`; any other request (including one
/// without `Host`, or with two) gets 421 and a short Chinese page, and nothing of the site: not a
/// page, not the live-reload stream, not even a 404 or 405. The first refusal is reported once, so
/// a clerk who opened the preview by a name of their own learns about `--allow-host`.
struct HostCheckingResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let rule: HostRule
    let inner: PreviewResponder
    let notice: RefusalNotice

    func respond(to request: Request, context: Context) async throws -> Response {
        // The first `Host` becomes the request's authority; a second one stays among the fields.
        let secondHost = request.headers.contains { $0.name.canonicalName == "host" }
        guard !secondHost, rule.allows(request.head.authority) else {
            await notice.refused()
            return Self.refusal(head: request.method == .head)
        }
        return try await inner.respond(to: request, context: context)
    }

    static func refusal(head: Bool) -> Response {
        var headers = HTTPFields()
        headers[.connection] = "close"
        let response = PreviewResponder.bytes(page, contentType: ContentType.html, status: .misdirectedRequest, headers: headers)
        return head ? response.createHeadResponse() : response
    }

    static let page: [UInt8] = Array("""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head><meta charset="utf-8"><title>\(PreviewInjection.escape(Messages.previewHostRefusedTitle))</title></head>
        <body>
        <h1>\(PreviewInjection.escape(Messages.previewHostRefusedTitle))</h1>
        <p>\(PreviewInjection.escape(Messages.previewHostRefusedBody))</p>
        </body>
        </html>

        """.utf8)
}

/// Reports the first refused `Host` of a run, and only the first: a page retrying in a loop must
/// not flood the clerk's terminal.
actor RefusalNotice {
    private var reported = false
    private let report: @Sendable () -> Void

    init(report: @escaping @Sendable () -> Void) { self.report = report }

    func refused() {
        guard !reported else { return }
        reported = true
        report()
    }
}
