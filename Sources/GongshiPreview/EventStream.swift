import Hummingbird
import ServiceLifecycle

/// `GET /__gongshi/events`: a Server-Sent Events stream that sends `event: reload` after every
/// build (good or bad: a failed build shows its overlay on reload). Ends on graceful shutdown.
enum EventStream {
    static func response(broadcaster: ReloadBroadcaster) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = ContentType.eventStream
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            let (id, events) = await broadcaster.subscribe()
            do {
                // Tells the browser how soon to reconnect, and the client that it is subscribed.
                try await writer.write(ByteBuffer(string: "retry: 1000\n: connected\n\n"))
                for await generation in events.cancelOnGracefulShutdown() {
                    try await writer.write(ByteBuffer(string: message(generation: generation)))
                }
            } catch {
                // The tab went away: nothing to do but forget it.
            }
            await broadcaster.unsubscribe(id)
            try? await writer.finish(nil)
        })
    }

    static func message(generation: Int) -> String {
        "event: reload\ndata: \(generation)\n\n"
    }
}
