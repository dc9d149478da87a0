import Foundation
import Hummingbird
import HummingbirdCore
import NIOCore

/// `gongshi serve`: builds the site in memory (never into `public/`), serves it over HTTP, watches
/// the inputs, rebuilds on change and reloads open tabs through Server-Sent Events. Runs until
/// SIGINT or SIGTERM, then shuts down gracefully (open event streams end, the call returns).
public struct PreviewServer: Sendable {
    public struct Options: Sendable {
        public var siteFolder: URL
        public var host: String
        /// 0 picks a free port (the `listening` event gives the one bound).
        public var port: Int
        public var includeDrafts: Bool
        /// How long the kernel watcher waits after the last event before it rebuilds, so that
        /// an editor's write-then-rename or a save of several files gives one rebuild.
        public var quietPeriod: Duration
        /// Polling, where the kernel cannot tell (see `ChangeWatcher`): how often, and how long
        /// the tree must be still.
        public var pollInterval: Duration
        public var debounce: Duration
        /// Names (or addresses) besides this machine's own that may appear in `Host`
        /// (`--allow-host`); see `HostRule`.
        public var allowedHosts: [String]
        public var limits: ConnectionLimits

        public init(
            siteFolder: URL, host: String = "127.0.0.1", port: Int = 1313, includeDrafts: Bool = false,
            quietPeriod: Duration = .milliseconds(25), pollInterval: Duration = .milliseconds(250), debounce: Duration = .milliseconds(150),
            allowedHosts: [String] = [], limits: ConnectionLimits = ConnectionLimits()
        ) {
            self.siteFolder = siteFolder
            self.host = host
            self.port = port
            self.includeDrafts = includeDrafts
            self.quietPeriod = quietPeriod
            self.pollInterval = pollInterval
            self.debounce = debounce
            self.allowedHosts = allowedHosts
            self.limits = limits
        }
    }

    public let options: Options
    public let report: @Sendable (PreviewEvent) -> Void

    public init(options: Options, report: @escaping @Sendable (PreviewEvent) -> Void) {
        self.options = options
        self.report = report
    }

    public func run() async throws {
        let store = SiteStore()
        let broadcaster = ReloadBroadcaster()
        let journal = ChangeJournal()
        let rebuilder = Rebuilder(
            siteFolder: options.siteFolder, includeDrafts: options.includeDrafts,
            store: store, broadcaster: broadcaster, journal: journal, report: report)
        // Watching starts before the first build, so that edits made during it trigger another.
        let watcher = ChangeWatcher(
            scanner: TreeScanner(siteFolder: options.siteFolder.path), quietPeriod: options.quietPeriod,
            pollInterval: options.pollInterval, debounce: options.debounce, journal: journal, report: report,
            onChange: { changed in await rebuilder.rebuild(changed: changed) })
        await rebuilder.rebuild(changed: [])

        let host = options.host
        let report = self.report
        let limits = options.limits
        let rule = HostRule(boundHost: host, allowedNames: options.allowedHosts)
        let responder = HostCheckingResponder(
            rule: rule,
            inner: PreviewResponder(store: store, broadcaster: broadcaster, eventPingInterval: limits.eventPingInterval),
            notice: RefusalNotice { report(.refusedHost) })
        var application = Application(
            responder: responder,
            server: .http1(configuration: HTTP1Channel.Configuration(
                additionalChannelHandlers: [SlowClientGuard(limits: limits), CloseAfterResponse()],
                idleTimeout: TimeAmount(limits.idleTimeout))),
            configuration: ApplicationConfiguration(
                address: .hostname(host, port: options.port),
                availableConnectionsDelegate: MaximumAvailableConnections(limits.maxConnections)),
            services: [watcher],
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                report(.listening(url: HostAddress.url(host: host, port: port), host: host, isLoopback: HostAddress.isLoopback(host)))
                if rule.acceptsInterfaceAddresses {
                    let lan = LocalAddresses.interfaceAddresses().filter { !LocalAddresses.isLoopbackAddress($0) && !$0.hasPrefix("fe80:") }
                    report(.lanAddresses(urls: lan.map { HostAddress.url(host: $0, port: port) }))
                }
            })
        // The terminal is the clerk's: Hummingbird's own English log lines only for real trouble.
        application.logger.logLevel = .error
        try await application.runService()
    }
}
