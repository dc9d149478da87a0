import Foundation

/// Temporary folders the tests made, removed when the test process exits: a fixture's folder
/// must outlive every value cut from it (a test may keep only its path), so it is not removed
/// when the fixture goes away, but thousands of them must not pile up in /tmp run after run.
enum TemporaryFolders {
    private final class Registry: @unchecked Sendable {
        let lock = NSLock()
        var folders: [URL] = []
    }

    private static let registry: Registry = {
        atexit {
            TemporaryFolders.registry.lock.lock()
            let folders = TemporaryFolders.registry.folders
            TemporaryFolders.registry.folders = []
            TemporaryFolders.registry.lock.unlock()
            for folder in folders { try? FileManager.default.removeItem(at: folder) }
        }
        return Registry()
    }()

    /// Removes `folder` (and all in it) when the process exits normally.
    static func removeAtExit(_ folder: URL) {
        let registry = Self.registry
        registry.lock.lock()
        registry.folders.append(folder)
        registry.lock.unlock()
    }
}
