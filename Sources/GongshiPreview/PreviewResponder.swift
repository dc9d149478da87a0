import GongshiCore
import Hummingbird

/// Answers every request from the in-memory site: GET and HEAD only, no file system access.
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let store: SiteStore
    let broadcaster: ReloadBroadcaster
    let eventPingInterval: Duration

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            var headers = HTTPFields()
            headers[.allow] = "GET, HEAD"
            return Self.text("405 Method Not Allowed\n", status: .methodNotAllowed, headers: headers)
        }
        let path = request.uri.path
        if path == PreviewInjection.eventsPath, request.method == .get {
            return EventStream.response(broadcaster: broadcaster, store: store, pingInterval: eventPingInterval)
        }
        let response = Self.page(for: path, query: request.uri.query, in: await store.snapshot)
        return request.method == .head ? response.createHeadResponse() : response
    }

    static func page(for path: String, query: String?, in snapshot: SiteSnapshot) -> Response {
        guard snapshot.hasGoodBuild else {
            return bytes(ErrorPage.html(errors: snapshot.errors, generation: snapshot.generation), contentType: ContentType.html, status: .internalServerError)
        }
        switch RequestPath.resolve(path, exists: { snapshot.files[$0] != nil }) {
        case .file(let outputPath):
            return file(outputPath, status: .ok, in: snapshot)
        case .redirect(let location):
            var headers = HTTPFields()
            headers[.location] = query.map { location + "?" + $0 } ?? location
            return text("302 Found: \(location)\n", status: .found, headers: headers)
        case .notFound:
            if snapshot.files[notFoundPage] != nil { return file(notFoundPage, status: .notFound, in: snapshot) }
            return text("404 Not Found\n", status: .notFound)
        }
    }

    static let notFoundPage = "404.html"

    /// An output file; HTML pages get the live-reload script, and the error overlay while the
    /// latest build failed.
    static func file(_ outputPath: String, status: HTTPResponse.Status, in snapshot: SiteSnapshot) -> Response {
        let contentType = ContentType.of(path: outputPath)
        var content = snapshot.files[outputPath] ?? []
        if contentType == ContentType.html {
            var snippet = PreviewInjection.script(generation: snapshot.generation)
            if snapshot.failed {
                snippet = PreviewInjection.overlay(title: Messages.previewOverlayTitle, errors: snapshot.errors) + snippet
            }
            content = PreviewInjection.insert(snippet, into: content)
        }
        return bytes(content, contentType: contentType, status: status)
    }

    static func text(_ text: String, status: HTTPResponse.Status, headers: HTTPFields = HTTPFields()) -> Response {
        bytes(Array(text.utf8), contentType: ContentType.plainText, status: status, headers: headers)
    }

    static func bytes(
        _ content: [UInt8], contentType: String, status: HTTPResponse.Status, headers: HTTPFields = HTTPFields()
    ) -> Response {
        var headers = headers
        headers[.contentType] = contentType
        headers[.cacheControl] = "no-store"
        headers[.xContentTypeOptions] = "nosniff"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: content)))
    }
}
