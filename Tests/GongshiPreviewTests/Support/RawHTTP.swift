import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A tiny HTTP/1.1 client over a plain socket to 127.0.0.1. It sends the request target byte for
/// byte (a URL library would normalise `..`, `%2e%2e` or backslashes away before they reach the
/// server) and gives up after `timeout` seconds on every connect, send and receive.
enum RawHTTP {
    struct Response {
        let status: Int
        /// Header names in lower case.
        let headers: [String: String]
        let body: [UInt8]
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func get(port: Int, _ target: String, method: String = "GET", timeout: Double = 10) throws -> Response {
        let socket = try connect(port: port, timeout: timeout)
        defer { close(socket) }
        try send(socket, "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n")
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count == 0 { break }
            guard count > 0 else { throw Failure(description: "recv failed or timed out (errno \(errno))") }
            received += chunk[0..<count]
        }
        return try parse(received)
    }

    static func parse(_ bytes: [UInt8]) throws -> Response {
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        guard let split = firstIndex(of: separator, in: bytes) else { throw Failure(description: "no header end") }
        let head = String(decoding: bytes[0..<split], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = head.first?.split(separator: " ") ?? []
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw Failure(description: "bad status line") }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Response(status: status, headers: headers, body: Array(bytes[(split + separator.count)...]))
    }

    static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from start: Int = 0) -> Int? {
        guard haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        for index in start...(haystack.count - needle.count) where haystack[index..<(index + needle.count)].elementsEqual(needle) {
            return index
        }
        return nil
    }

    static func connect(port: Int, timeout: Double) throws -> Int32 {
        #if canImport(Glibc)
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let socket = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard socket >= 0 else { throw Failure(description: "socket failed") }
        var limit = timeval(tv_sec: Int(timeout), tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(socket, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                #if canImport(Glibc)
                Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                #else
                Darwin.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                #endif
            }
        }
        guard result == 0 else {
            close(socket)
            throw Failure(description: "connect to port \(port) failed (errno \(errno))")
        }
        return socket
    }

    static func send(_ socket: Int32, _ text: String) throws {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { sendBytes(socket, $0) }
            guard count > 0 else { throw Failure(description: "send failed (errno \(errno))") }
            sent += count
        }
    }
}

private func sendBytes(_ socket: Int32, _ buffer: UnsafeRawBufferPointer) -> Int {
    #if canImport(Glibc)
    Glibc.send(socket, buffer.baseAddress, buffer.count, Int32(MSG_NOSIGNAL))
    #else
    Darwin.send(socket, buffer.baseAddress, buffer.count, 0)
    #endif
}

/// A browser tab's `EventSource`, reduced to what tests need: connect, then wait for reload events.
final class EventStreamClient {
    private let socket: Int32
    private var received: [UInt8] = []
    private var consumed = 0

    /// The build generation the stream's `hello` announced.
    private(set) var helloGeneration = 0

    /// Connects and waits until the server has registered the stream (its `hello` event).
    init(port: Int, timeout: Double = 10) throws {
        socket = try RawHTTP.connect(port: port, timeout: 1)
        try RawHTTP.send(socket, "GET /__gongshi/events HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAccept: text/event-stream\r\n\r\n")
        helloGeneration = try nextEvent("hello", timeout: timeout)
    }

    deinit { close(socket) }

    /// The response head and everything received so far.
    var text: String { String(decoding: received, as: UTF8.self) }

    /// Waits for the next `event: reload` and returns its build generation.
    func nextReload(timeout: Double = 10) throws -> Int {
        try nextEvent("reload", timeout: timeout)
    }

    private func nextEvent(_ name: String, timeout: Double) throws -> Int {
        let marker = "event: \(name)\ndata: "
        let start = try waitFor(marker, timeout: timeout)
        let end = try waitFor("\n\n", timeout: timeout)
        let digits = String(decoding: received[(start + marker.utf8.count)..<end], as: UTF8.self)
        guard let generation = Int(digits) else { throw RawHTTP.Failure(description: "bad event data \(digits)") }
        return generation
    }

    /// Reads until `marker` appears after what earlier waits consumed; returns where it starts.
    private func waitFor(_ marker: String, timeout: Double) throws -> Int {
        let needle = Array(marker.utf8)
        let deadline = Date().addingTimeInterval(timeout)
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            if let index = RawHTTP.firstIndex(of: needle, in: received, from: consumed) {
                consumed = index + needle.count
                return index
            }
            guard Date() < deadline else { throw RawHTTP.Failure(description: "timed out waiting for \(marker.debugDescription); got \(text.debugDescription)") }
            // SO_RCVTIMEO is 1 s: a quiet second ends this recv and the deadline is checked again.
            let count = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count == 0 { throw RawHTTP.Failure(description: "stream closed; got \(text.debugDescription)") }
            if count > 0 { received += chunk[0..<count] }
        }
    }
}
