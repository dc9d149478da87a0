import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One raw TCP connection to the preview, for what a URL library will not do: send any `Host`
/// (or none), send nothing at all, send half a request, or wait to see when the server hangs up.
final class RawConnection {
    let socket: Int32
    private var isOpen = true
    private(set) var received: [UInt8] = []

    /// Connects with a 0.2 s receive timeout, so every wait below checks its own deadline.
    init(port: Int, connectTimeout: Double = 1) throws {
        socket = try RawHTTP.connect(port: port, timeout: connectTimeout)
        var limit = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { hangUp() }

    /// Closes the client's end (once).
    func hangUp() {
        if isOpen { close(socket) }
        isOpen = false
    }

    var text: String { String(decoding: received, as: UTF8.self) }

    func send(_ text: String) throws { try RawHTTP.send(socket, text) }

    /// Reads until the server closes the connection (end of file or reset) and returns the seconds
    /// waited; nil when it is still open after `timeout`.
    func waitForClose(timeout: Double) -> Double? {
        let start = Date()
        var chunk = [UInt8](repeating: 0, count: 65536)
        while Date().timeIntervalSince(start) < timeout {
            let count = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count > 0 { received += chunk[0..<count]; continue }
            if count == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
                return Date().timeIntervalSince(start)
            }
        }
        return nil
    }

    /// Reads until `marker` has arrived; false when it has not after `timeout`.
    func waitFor(_ marker: String, timeout: Double) -> Bool {
        let start = Date()
        var chunk = [UInt8](repeating: 0, count: 65536)
        while Date().timeIntervalSince(start) < timeout {
            if text.contains(marker) { return true }
            let count = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count > 0 { received += chunk[0..<count] } else if count == 0 { return text.contains(marker) }
        }
        return text.contains(marker)
    }

    /// Sends a whole request that ends the connection (`Connection: close` or HTTP/1.0) and parses
    /// the answer once the server has closed.
    static func exchange(port: Int, _ request: String, timeout: Double = 10) throws -> RawHTTP.Response {
        let connection = try RawConnection(port: port)
        try connection.send(request)
        guard connection.waitForClose(timeout: timeout) != nil else {
            throw RawHTTP.Failure(description: "no end of answer within \(timeout) s; got \(connection.text.prefix(200).debugDescription)")
        }
        return try RawHTTP.parse(connection.received)
    }

    /// `GET target` with the given `Host` line (nil: no `Host` header at all).
    static func get(port: Int, _ target: String = "/", host: String?, method: String = "GET") throws -> RawHTTP.Response {
        let hostLine = host.map { "Host: \($0)\r\n" } ?? ""
        return try exchange(port: port, "\(method) \(target) HTTP/1.1\r\n\(hostLine)Connection: close\r\n\r\n")
    }
}
