import Foundation

/// Large values of a one-shot command (the plan with every roster row, the old and new build
/// caches, the outcome of each of 55,000 files) held until the process ends, so that `gongshi
/// build` does not free them one by one just before exiting: at city scale that freeing cost about
/// a tenth of a second after the site was already published. Only the command line asks for it
/// (`SiteBuilder.Options.keepsUntilExit`); the preview and the tests free as usual.
enum KeptUntilExit {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var kept: [Any] = []

    static func keep(_ values: Any...) {
        lock.lock()
        defer { lock.unlock() }
        kept.append(contentsOf: values)
    }
}
