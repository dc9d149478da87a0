import Foundation

/// A built site served over HTTP by Python's `http.server` on a free local port, as a county's
/// web server serves it: for what needs a server (Pagefind's search does not run from `file://`).
final class StaticHTTPServer {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private let process = Process()
    /// `http://127.0.0.1:PORT/`.
    let base: URL

    init(folder: URL) throws {
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", folder.path]
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // "Serving HTTP on 127.0.0.1 port 41234 (http://127.0.0.1:41234/) ..."
        var said = ""
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline, !said.contains("\n") {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { break }
            said += String(decoding: data, as: UTF8.self)
        }
        guard let start = said.range(of: "(http://"), let end = said[start.upperBound...].range(of: ")"),
              let url = URL(string: "http://" + said[start.upperBound..<end.lowerBound])
        else {
            kill(process.processIdentifier, SIGKILL)
            throw Failure(description: "http.server did not start: \(said)")
        }
        base = url
    }

    /// SIGKILL: a test process may ignore SIGTERM, and a child inherits that.
    deinit {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
