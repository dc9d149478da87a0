import GongshiCore

/// What the preview tells whoever runs it (the CLI prints these on the terminal).
public enum PreviewEvent: Sendable {
    /// The server is bound; `url` is what to open in a browser.
    case listening(url: String, host: String, isLoopback: Bool)
    /// A build succeeded. `changed` is empty for the first build.
    case built(pages: Int, warnings: [Diagnostic], seconds: Double, changed: [String])
    /// A build failed: the preview keeps serving the last good site (if any) with an error overlay.
    case failed(diagnostics: [Diagnostic], seconds: Double, changed: [String], hasGoodBuild: Bool)
    /// Bound to every address: the URLs the LAN can use (the machine's non-loopback addresses).
    case lanAddresses(urls: [String])
    /// A request with a `Host` that is not this machine's was refused (reported once per run).
    case refusedHost
    /// Changes are noticed by polling, not by the kernel, for this reason (reported once per run;
    /// never on macOS, where polling is the only way, nor when `GONGSHI_WATCH=poll` asks for it).
    case pollingForChanges(PollingReason)
}

/// Why the preview polls for changes where it would rather be told by the kernel (inotify).
public enum PollingReason: Sendable, Equatable {
    /// The watch limit (`fs.inotify.max_user_watches`) was reached.
    case watchLimit
    /// inotify could not start (no such system call, or too many instances).
    case unavailable
}
