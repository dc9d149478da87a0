/// How long and how many connections the preview keeps. Without these, idle or slow clients
/// (about 1,000 idle sockets) stopped it answering; the defaults are what a browser on this
/// machine or the LAN never comes near. Tests shorten them through hidden `serve` options.
public struct ConnectionLimits: Sendable, Equatable {
    /// Open connections at most; further ones wait in the system's accept queue until one closes.
    public var maxConnections: Int
    /// A connection with no request in progress is closed after this long.
    public var idleTimeout: Duration
    /// A request, once begun (for the first request of a connection: once connected), must have
    /// arrived whole within this long.
    public var requestTimeout: Duration
    /// A response the client stops reading is abandoned (and the connection closed) after this long.
    public var writeStallTimeout: Duration
    /// An open live-reload stream gets a comment line this often, so that a vanished tab is noticed
    /// and its connection freed.
    public var eventPingInterval: Duration

    public init(
        maxConnections: Int = 256, idleTimeout: Duration = .seconds(30), requestTimeout: Duration = .seconds(10),
        writeStallTimeout: Duration = .seconds(30), eventPingInterval: Duration = .seconds(15)
    ) {
        self.maxConnections = maxConnections
        self.idleTimeout = idleTimeout
        self.requestTimeout = requestTimeout
        self.writeStallTimeout = writeStallTimeout
        self.eventPingInterval = eventPingInterval
    }
}
