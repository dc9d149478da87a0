import Hummingbird
import ServiceLifecycle

/// `GET /__gongshi/events`: a Server-Sent Events stream. It opens with `event: hello` carrying the
/// current build generation, then sends `event: reload` with the new generation after every build
/// (good or bad: a failed build shows its overlay on reload). Between events it sends a comment
/// line (`: ping`) every `pingInterval`: the stream is never mistaken for an idle connection, and a
/// tab that vanished without closing its socket fails a write and frees the connection. Ends on
/// graceful shutdown.
enum EventStream {
    /// What the merged stream carries: a build generation to announce, or time for a ping.
    enum Item: Sendable {
        case reload(Int)
        case ping
    }

    static func response(broadcaster: ReloadBroadcaster, store: SiteStore, pingInterval: Duration) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = ContentType.eventStream
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            let (id, events) = await broadcaster.subscribe()
            let (items, continuation) = AsyncStream<Item>.makeStream()
            let forward = Task {
                for await generation in events { continuation.yield(.reload(generation)) }
                continuation.finish()
            }
            let pings = Task {
                while (try? await Task.sleep(for: pingInterval)) != nil {
                    continuation.yield(.ping)
                }
            }
            do {
                // Subscribed first, so no build can fall between the hello and the first reload.
                let current = await store.snapshot.generation
                try await writer.write(ByteBuffer(string: "retry: 1000\n" + message("hello", generation: current)))
                for await item in items.cancelOnGracefulShutdown() {
                    switch item {
                    case .reload(let generation): try await writer.write(ByteBuffer(string: message("reload", generation: generation)))
                    case .ping: try await writer.write(ByteBuffer(string: ping))
                    }
                }
            } catch {
                // The tab went away: nothing to do but forget it.
            }
            forward.cancel()
            pings.cancel()
            await broadcaster.unsubscribe(id)
            try? await writer.finish(nil)
        })
    }

    static func message(_ event: String, generation: Int) -> String {
        "event: \(event)\ndata: \(generation)\n\n"
    }

    /// A comment line: `EventSource` ignores it.
    static let ping = ": ping\n\n"
}
