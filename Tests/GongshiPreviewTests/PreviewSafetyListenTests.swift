import Foundation
import GongshiCore
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// When the preview cannot start, the clerk reads why in Chinese, never SwiftNIO's English text.
@Suite(.hangLimit) struct PreviewSafetyListenTests {
    /// Runs `gongshi serve ARGUMENTS` to its end; (exit status, standard error).
    static func serve(_ arguments: [String], in folder: URL) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = ServeProcess.executable
        process.arguments = ["serve", "--source", folder.path] + arguments
        let err = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        try process.run()
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    @Test func aPortInUseIsSaidInChinese() throws {
        let site = try PreviewSite()
        defer { site.remove() }
        // Hold a port: listen on an ephemeral one and read which it is.
        let holder = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(holder) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(holder, $0, length) == 0 && getsockname(holder, $0, &length) == 0 }
        }
        try #require(bound && listen(holder, 1) == 0)
        let port = Int(UInt16(bigEndian: address.sin_port))
        let (status, stderr) = try Self.serve(["--port", "\(port)"], in: site.folder)
        #expect(status == 3)
        #expect(stderr.contains(Messages.previewCannotListen(host: "127.0.0.1", port: port, detail: Messages.previewPortInUse).text))
        #expect(!stderr.contains("errno"))
    }

    @Test func anAddressNotOfThisMachineIsSaidInChinese() throws {
        let site = try PreviewSite()
        defer { site.remove() }
        let (status, stderr) = try Self.serve(["--port", "0", "--host", "192.0.2.77"], in: site.folder)
        #expect(status == 3)
        #expect(stderr.contains(Messages.previewCannotListen(host: "192.0.2.77", port: 0, detail: Messages.previewAddressNotLocal).text))
    }
}
