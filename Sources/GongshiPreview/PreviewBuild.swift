import Dispatch
import Foundation
import GongshiCore
import GongshiSite

/// The outcome of one build in memory.
enum BuildResult: Sendable {
    case success(files: ServedFiles, pages: Int, warnings: [Diagnostic])
    case failure([Diagnostic])
}

/// Runs `SiteBuilder.render` (synchronous, and itself parallel on Dispatch) on a Dispatch queue,
/// so that a long build never blocks the threads that serve requests. Nothing is written. The
/// preview keeps the last good build's pages (`RenderMemory`), so a rebuild renders only the pages
/// whose inputs changed, and lists again only the inputs the watcher named (`InputChanges`).
enum PreviewBuild {
    static func run(
        siteFolder: URL, includeDrafts: Bool, memory: RenderMemory, changes: InputChanges = .unknown,
        served: ServedFiles = .empty
    ) async -> (result: BuildResult, seconds: Double, memory: RenderMemory) {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                let clock = ContinuousClock()
                let started = clock.now
                let (result, next) = build(siteFolder: siteFolder, includeDrafts: includeDrafts, memory: memory,
                                           changes: changes, served: served)
                continuation.resume(returning: (result, seconds(started.duration(to: clock.now)), next))
            }
        }
    }

    /// A failed build keeps the memory it was given.
    private static func build(
        siteFolder: URL, includeDrafts: Bool, memory: RenderMemory, changes: InputChanges, served: ServedFiles
    ) -> (BuildResult, RenderMemory) {
        do {
            let timer = StageLog.timerIfAsked()
            let rendered = try SiteBuilder.render(siteFolder: siteFolder, includeDrafts: includeDrafts, memory: memory,
                                                  changes: changes, timer: timer)
            timer?.lap("finish")  // the render's own ending: its values let go, the memory for the next one
            let files = ServedFiles(rendered.files, reusing: served)
            timer?.lap("served")
            if let timer { StageLog.print(timer) }
            return (.success(files: files, pages: rendered.pages, warnings: rendered.warnings), rendered.memory)
        } catch {
            switch error {
            case .content(let diagnostics):
                return (.failure(diagnostics), memory)
            case .output(let message, let warnings):  // render writes nothing; kept for completeness
                return (.failure([.error(SourceLocation(file: "site.yaml"), message)] + warnings), memory)
            }
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
