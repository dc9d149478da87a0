import Foundation
import GongshiCore
@testable import GongshiPreview
import Testing

/// The Host rule through the real `gongshi serve`: a request whose `Host` is not this machine
/// (DNS rebinding: a web page's own name pointed at 127.0.0.1) gets 421 and the short Chinese page,
/// never a byte of the site, on every path including the live-reload stream.
@Suite(.hangLimit) struct PreviewSafetyHostTests {
    /// Bytes only the site has: its title, the live-reload script, the 404 page's text.
    static let siteMarkers = ["测试县", "gongshi-live-reload", "retry:", "event: hello", "404"]

    static func foreignHosts(port: Int) -> [String?] {
        [
            "evil.example", "evil.example:\(port)", "EVIL.example:\(port)", "127.0.0.1.evil.example:\(port)",
            "localhost.evil.example:\(port)", "localhost:\(port)@evil.example", "evil.example@localhost",
            "10.0.0.1:\(port)", "[::2]:\(port)", "localhost:abc", "127.0.0.1:\(port)/x", "",
            "localhost%2e", "[::1", "0x7f000001:\(port)", nil,
        ]
    }

    static func expectRefused(_ response: RawHTTP.Response, head: Bool = false, _ comment: String) {
        #expect(response.status == 421, "\(comment)")
        #expect(response.headers["content-type"] == "text/html; charset=utf-8", "\(comment)")
        if head {
            #expect(response.body.isEmpty, "\(comment)")
        } else {
            #expect(response.text.contains("<h1>\(Messages.previewHostRefusedTitle)</h1>"), "\(comment)")
            #expect(response.text.contains(Messages.previewHostRefusedBody), "\(comment)")
        }
        for marker in siteMarkers { #expect(!response.text.contains(marker), "\(comment): \(marker)") }
    }

    @Test func foreignHostsGet421AndNothingOfTheSite() throws {
        let site = try PreviewSite()
        defer { site.remove() }
        let server = try ServeProcess(["--source", site.folder.path, "--drafts"])
        defer { server.stop() }
        let port = server.port
        for host in Self.foreignHosts(port: port) {
            for target in ["/", "/articles/", "/404.html", "/__gongshi/events", "/site.yaml", "/nowhere"] {
                Self.expectRefused(try RawConnection.get(port: port, target, host: host), "\(host ?? "no Host") \(target)")
            }
            Self.expectRefused(try RawConnection.get(port: port, host: host, method: "HEAD"), head: true, "HEAD \(host ?? "no Host")")
            Self.expectRefused(try RawConnection.get(port: port, host: host, method: "POST"), "POST \(host ?? "no Host")")
        }
        // HTTP/1.0 without Host, and a second Host after an allowed one.
        Self.expectRefused(try RawConnection.exchange(port: port, "GET / HTTP/1.0\r\n\r\n"), "HTTP/1.0")
        Self.expectRefused(
            try RawConnection.exchange(port: port, "GET / HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nHost: evil.example\r\nConnection: close\r\n\r\n"),
            "two Host headers")
        // The clerk is told once, without the refused name.
        #expect(server.waitFor(Messages.previewHostRefusedNotice.line(.warning)))
        Thread.sleep(forTimeInterval: 0.2)
        #expect(server.stderr.components(separatedBy: Messages.previewHostRefusedNotice.line(.warning)).count == 2)
        #expect(!server.stderr.contains("evil"))
        // And the site is still there for the clerk.
        #expect(try RawConnection.get(port: port, host: "127.0.0.1:\(port)").status == 200)
    }

    @Test func rebindingCannotOpenTheLiveReloadStream() throws {
        let site = try PreviewSite()
        defer { site.remove() }
        let server = try ServeProcess(["--source", site.folder.path])
        defer { server.stop() }
        let connection = try RawConnection(port: server.port)
        try connection.send("GET /__gongshi/events HTTP/1.1\r\nHost: evil.example:\(server.port)\r\nAccept: text/event-stream\r\n\r\n")
        #expect(connection.waitFor("\r\n\r\n", timeout: 5))
        #expect(connection.text.hasPrefix("HTTP/1.1 421 Misdirected Request\r\n"))
        #expect(!connection.text.contains("event:"))
    }

    @Test func thisMachinesNamesAreAnswered() throws {
        let site = try PreviewSite()
        defer { site.remove() }
        let server = try ServeProcess(["--source", site.folder.path])
        defer { server.stop() }
        let port = server.port
        for host in ["127.0.0.1:\(port)", "127.0.0.1", "localhost:\(port)", "LocalHost:\(port)", "localhost.:\(port)", "[::1]:\(port)", "[::1]"] {
            let response = try RawConnection.get(port: port, host: host)
            #expect(response.status == 200, "\(host)")
            #expect(response.text.contains("gongshi-live-reload"), "\(host)")
        }
        #expect(!server.stderr.contains(Messages.previewHostRefusedNotice.line(.warning)))
    }

    @Test func allowHostAddsTheClerksOwnNames() throws {
        let site = try PreviewSite()
        defer { site.remove() }
        let server = try ServeProcess(["--source", site.folder.path, "--allow-host", "Preview.LAN", "--allow-host", "192.168.77.5:8080"])
        defer { server.stop() }
        let port = server.port
        for host in ["preview.lan:\(port)", "PREVIEW.lan", "192.168.77.5:\(port)", "localhost:\(port)"] {
            #expect(try RawConnection.get(port: port, host: host).status == 200, "\(host)")
        }
        for host in ["evil.example:\(port)", "preview.lan.evil.example", "192.168.77.6:\(port)"] {
            Self.expectRefused(try RawConnection.get(port: port, host: host), host)
        }
    }

    @Test func anAllowHostThatIsNotAHostNameIsAUsageError() throws {
        #expect(try ServeProcess.run(["serve", "--allow-host", "a b"]) == 2)
        #expect(try ServeProcess.run(["serve", "--allow-host", "http://x/"]) == 2)
        #expect(try ServeProcess.run(["serve", "--idle-timeout", "0"]) == 2)
    }

    /// Bound to every address (a LAN preview): the machine's own addresses and name are its own.
    @Test func lanPreviewAcceptsTheMachinesOwnAddresses() throws {
        let site = try PreviewSite()
        defer { site.remove() }
        let server = try ServeProcess(["--source", site.folder.path, "--host", "0.0.0.0"], urlHost: "0.0.0.0")
        defer { server.stop() }
        let port = server.port
        let own = LocalAddresses.interfaceAddresses().map { $0.contains(":") ? "[\($0)]" : $0 }
        #expect(own.contains("127.0.0.1"))
        for host in own + LocalAddresses.machineNames() + ["0.0.0.0:\(port)", "localhost:\(port)"] {
            #expect(try RawConnection.get(port: port, host: host).status == 200, "\(host)")
        }
        for host in ["evil.example:\(port)", "203.0.113.9:\(port)", "\(LocalAddresses.machineNames().first ?? "box").evil.example"] {
            Self.expectRefused(try RawConnection.get(port: port, host: host), host)
        }
        let lan = LocalAddresses.interfaceAddresses().filter { !LocalAddresses.isLoopbackAddress($0) && !$0.hasPrefix("fe80:") }
        if !lan.isEmpty {
            #expect(server.stdout.contains(Messages.previewLANAddresses(lan.map { HostAddress.url(host: $0, port: port) }).text))
        }
    }
}
