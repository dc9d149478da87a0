import Dispatch
import Foundation
import GongshiCore
import GongshiSite

/// The outcome of one build in memory.
enum BuildResult: Sendable {
    case success(files: [OutputFile], pages: Int, warnings: [Diagnostic])
    case failure([Diagnostic])
}

/// Runs `SiteBuilder.render` (synchronous, and itself parallel on Dispatch) on a Dispatch queue,
/// so that a long build never blocks the threads that serve requests. Nothing is written.
enum PreviewBuild {
    static func run(siteFolder: URL, includeDrafts: Bool) async -> (result: BuildResult, seconds: Double) {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                let clock = ContinuousClock()
                let started = clock.now
                let result = build(siteFolder: siteFolder, includeDrafts: includeDrafts)
                continuation.resume(returning: (result, seconds(started.duration(to: clock.now))))
            }
        }
    }

    private static func build(siteFolder: URL, includeDrafts: Bool) -> BuildResult {
        do {
            let rendered = try SiteBuilder.render(siteFolder: siteFolder, includeDrafts: includeDrafts)
            return .success(files: rendered.files, pages: rendered.pages, warnings: rendered.warnings)
        } catch {
            switch error {
            case .content(let diagnostics):
                return .failure(diagnostics)
            case .output(let message, let warnings):  // render writes nothing; kept for completeness
                return .failure([.error(SourceLocation(file: "site.yaml"), message)] + warnings)
            }
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
