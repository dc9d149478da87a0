import Foundation
import GongshiCore

/// One build, start to finish: render in memory, swap the served snapshot, tell the terminal,
/// then tell the open tabs to reload (after the swap, so a reload always sees the new site).
struct Rebuilder: Sendable {
    let siteFolder: URL
    let includeDrafts: Bool
    let store: SiteStore
    let broadcaster: ReloadBroadcaster
    let report: @Sendable (PreviewEvent) -> Void

    func rebuild(changed: [String]) async {
        let (result, seconds, memory) = await PreviewBuild.run(
            siteFolder: siteFolder, includeDrafts: includeDrafts, memory: await store.memory)
        let snapshot = await store.apply(result, memory: memory)
        switch result {
        case .success(_, let pages, let warnings):
            report(.built(pages: pages, warnings: warnings, seconds: seconds, changed: changed))
        case .failure(let diagnostics):
            report(.failed(diagnostics: diagnostics, seconds: seconds, changed: changed, hasGoodBuild: snapshot.hasGoodBuild))
        }
        await broadcaster.send(generation: snapshot.generation)
    }
}
