import Hummingbird
import ServiceLifecycle

/// `GET /__gongshi/events`: a Server-Sent Events stream. It opens with `event: hello` carrying the
/// current build generation, then sends `event: reload` with the new generation after every build
/// (good or bad: a failed build shows its overlay on reload). Ends on graceful shutdown.
enum EventStream {
    static func response(broadcaster: ReloadBroadcaster, store: SiteStore) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = ContentType.eventStream
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            let (id, events) = await broadcaster.subscribe()
            do {
                // Subscribed first, so no build can fall between the hello and the first reload.
                let current = await store.snapshot.generation
                try await writer.write(ByteBuffer(string: "retry: 1000\n" + message("hello", generation: current)))
                for await generation in events.cancelOnGracefulShutdown() {
                    try await writer.write(ByteBuffer(string: message("reload", generation: generation)))
                }
            } catch {
                // The tab went away: nothing to do but forget it.
            }
            await broadcaster.unsubscribe(id)
            try? await writer.finish(nil)
        })
    }

    static func message(_ event: String, generation: Int) -> String {
        "event: \(event)\ndata: \(generation)\n\n"
    }
}
