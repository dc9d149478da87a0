/// Fans reload events out to every open event stream (one per browser tab).
actor ReloadBroadcaster {
    private var subscribers: [Int: AsyncStream<Int>.Continuation] = [:]
    private var nextID = 0

    /// A stream of build generations, newest first when the reader falls behind.
    func subscribe() -> (id: Int, events: AsyncStream<Int>) {
        let (stream, continuation) = AsyncStream<Int>.makeStream(bufferingPolicy: .bufferingNewest(1))
        nextID += 1
        subscribers[nextID] = continuation
        return (nextID, stream)
    }

    func unsubscribe(_ id: Int) {
        subscribers.removeValue(forKey: id)?.finish()
    }

    func send(generation: Int) {
        for continuation in subscribers.values { continuation.yield(generation) }
    }

    var count: Int { subscribers.count }
}
