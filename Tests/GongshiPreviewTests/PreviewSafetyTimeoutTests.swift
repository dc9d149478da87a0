import Foundation
import GongshiCore
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Idle and slow connections are closed (the limits shortened through `serve`'s hidden options),
/// while the live-reload stream, which is quiet but not idle, stays open and keeps working.
@Suite(.hangLimit) struct PreviewSafetyTimeoutTests {
    @Test func aConnectionThatSendsNothingIsClosedAfterTheIdleTimeout() throws {
        let site = try PreviewSite()
        defer { site.remove() }
        let server = try ServeProcess(["--source", site.folder.path, "--idle-timeout", "1", "--request-timeout", "20"])
        defer { server.stop() }
        let idle = try RawConnection(port: server.port)
        let waited = try #require(idle.waitForClose(timeout: 6))
        #expect(waited > 0.7 && waited < 4, "closed after \(waited) s")
        #expect(idle.received.isEmpty)
    }

    @Test func aKeptAliveConnectionIsClosedAfterTheIdleTimeout() throws {
        let site = try PreviewSite()
        defer { site.remove() }
        let server = try ServeProcess(["--source", site.folder.path, "--idle-timeout", "1"])
        defer { server.stop() }
        let connection = try RawConnection(port: server.port)
        try connection.send("GET /404.html HTTP/1.1\r\nHost: localhost:\(server.port)\r\n\r\n")
        #expect(connection.waitFor("</html>", timeout: 5))
        #expect(connection.text.hasPrefix("HTTP/1.1 200 OK"))
        let waited = try #require(connection.waitForClose(timeout: 6))
        #expect(waited > 0.5 && waited < 4, "closed after \(waited) s")
    }

    /// Slowloris: headers trickled in a line at a time never complete a request, so each line does
    /// not count as activity; the request deadline closes the connection.
    @Test func headersTrickledInAreCutOffAtTheRequestTimeout() throws {
        let site = try PreviewSite()
        defer { site.remove() }
        let server = try ServeProcess(["--source", site.folder.path, "--request-timeout", "1", "--idle-timeout", "30"])
        defer { server.stop() }
        let slow = try RawConnection(port: server.port)
        let start = Date()
        try slow.send("GET / HTTP/1.1\r\nHost: localhost\r\n")
        var closedAfter: Double?
        while closedAfter == nil, Date().timeIntervalSince(start) < 8 {
            if slow.waitForClose(timeout: 0.2) != nil { closedAfter = Date().timeIntervalSince(start); break }
            do { try slow.send("X-Slow: 1\r\n") } catch { closedAfter = Date().timeIntervalSince(start) }
        }
        let waited = try #require(closedAfter)
        #expect(waited > 0.7 && waited < 4, "closed after \(waited) s")
        #expect(!slow.text.contains("测试县"))
    }

    @Test func theLiveReloadStreamOutlivesTheIdleTimeoutWithPings() throws {
        let site = try PreviewSite()
        defer { site.remove() }
        let server = try ServeProcess([
            "--source", site.folder.path, "--idle-timeout", "1", "--request-timeout", "1", "--event-ping-interval", "0.3",
        ])
        defer { server.stop() }
        let stream = try RawConnection(port: server.port)
        try stream.send("GET /__gongshi/events HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\nAccept: text/event-stream\r\n\r\n")
        #expect(stream.waitFor("event: hello\ndata: 1\n\n", timeout: 5))
        #expect(stream.waitForClose(timeout: 2.5) == nil, "the stream was closed: \(stream.text.debugDescription)")
        #expect(stream.text.contains(": ping\n\n"))  // in chunks of its own
        try site.write("content/articles/a.md", "---\ntitle: 甲文\ndate: 2024-01-05\n---\n甲的正文第二版。\n")
        #expect(stream.waitFor("event: reload\ndata: 2\n\n", timeout: 10))
    }

    /// A client that asks for a large file and stops reading holds the response; the write
    /// deadline closes it instead of keeping the connection (and its memory) forever.
    @Test func aClientThatStopsReadingIsCutOffAtTheWriteStallTimeout() throws {
        let site = try PreviewSite()
        defer { site.remove() }
        let size = 12 << 20
        try site.write("themes/default/assets/big.css", "/*" + String(repeating: "a", count: size) + "*/\n")
        let server = try ServeProcess(["--source", site.folder.path, "--write-stall-timeout", "1", "--idle-timeout", "30"])
        defer { server.stop() }
        let reader = try RawConnection(port: server.port)
        try reader.send("GET /assets/big.css HTTP/1.1\r\nHost: localhost\r\n\r\n")
        Thread.sleep(forTimeInterval: 3)
        // Now read what the kernel buffered: the server has hung up before the end.
        let waited = try #require(reader.waitForClose(timeout: 10))
        #expect(waited < 10)
        #expect(reader.received.count < size)
        #expect(reader.text.hasPrefix("HTTP/1.1 200"))
    }
}
