import Testing
@testable import GongshiPreview

@Suite struct HostAddressTests {
    @Test(arguments: ["127.0.0.1", "127.1.2.3", "localhost", "LOCALHOST", "::1"])
    func loopback(host: String) {
        #expect(HostAddress.isLoopback(host))
    }

    @Test(arguments: ["0.0.0.0", "::", "192.168.1.10", "10.0.0.1", "example.gov.cn", "127.0.0.1.example.com", "1127.0.0.1"])
    func notLoopback(host: String) {
        #expect(!HostAddress.isLoopback(host))
    }

    @Test func urls() {
        #expect(HostAddress.url(host: "127.0.0.1", port: 1313) == "http://127.0.0.1:1313/")
        #expect(HostAddress.url(host: "::1", port: 8080) == "http://[::1]:8080/")
    }
}
