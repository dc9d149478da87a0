import Foundation
import GongshiCore
import Testing

/// Ctrl-C and SIGTERM end the server cleanly with exit code 0 even while tabs hold event streams;
/// usage errors exit 2 and a port in use exits 3; `gongshi build` output carries nothing of the preview.
@Suite(.hangLimit) struct ServeLifecycleTests {
    @Test(arguments: [SIGINT, SIGTERM])
    func signalsShutDownGracefullyWithOpenStreams(signal: Int32) throws {
        let site = try PreviewSite()
        defer { site.remove() }
        let server = try ServeProcess(["--source", site.folder.path])
        let tabs = try (0..<3).map { _ in try EventStreamClient(port: server.port) }
        #expect(server.stop(signal: signal) == 0)
        #expect(server.stderr.contains(Messages.previewStopped.text))
        #expect(tabs.count == 3)
    }

    @Test func portInUseExitsThree() throws {
        let site = try PreviewSite()
        defer { site.remove() }
        let first = try ServeProcess(["--source", site.folder.path])
        let status = try ServeProcess.run(["serve", "--source", site.folder.path, "--port", String(first.port)])
        #expect(status == 3)
        #expect(first.stop() == 0)
    }

    @Test(arguments: [["serve", "--port", "70000"], ["serve", "--port", "-1"], ["serve", "--host", ""], ["serve", "--bogus"]])
    func usageErrorsExitTwo(arguments: [String]) throws {
        #expect(try ServeProcess.run(arguments) == 2)
    }

    @Test func buildOutputHasNoPreviewScript() throws {
        let site = try PreviewSite()
        defer { site.remove() }
        let output = site.root.appendingPathComponent("public")
        #expect(try ServeProcess.run(["build", "--source", site.folder.path, "--output", output.path, "--quiet"]) == 0)
        let files = FileManager.default.enumerator(atPath: output.path)?.compactMap { $0 as? String } ?? []
        #expect(files.contains("index.html"))
        for file in files {
            guard let text = try? String(contentsOf: output.appendingPathComponent(file), encoding: .utf8) else { continue }
            #expect(!text.contains("gongshi-live-reload"), "\(file)")
            #expect(!text.contains("__gongshi"), "\(file)")
            #expect(!text.contains("EventSource"), "\(file)")
            #expect(!text.contains("gongshi-error-overlay"), "\(file)")
        }
    }
}
