import Foundation

/// Finds a helper program (Chromium, Pagefind) as the shell would: an environment variable that
/// names it wins (set but not executable means "none"), else the first of `names` on `PATH`.
enum ProgramLookup {
    enum Found: Equatable {
        case path(String)
        /// The environment variable names no program: look no further.
        case namedButMissing
        case notFound
    }

    static func find(named key: String, candidates names: [String], environment: [String: String]) -> Found {
        if let named = environment[key] {
            return FileManager.default.isExecutableFile(atPath: named) ? .path(named) : .namedButMissing
        }
        return onPath(names, environment: environment).map(Found.path) ?? .notFound
    }

    static func onPath(_ names: [String], environment: [String: String]) -> String? {
        let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in names {
            for folder in folders where !folder.isEmpty {
                let path = folder + "/" + name
                if FileManager.default.isExecutableFile(atPath: path) { return path }
            }
        }
        return nil
    }
}
