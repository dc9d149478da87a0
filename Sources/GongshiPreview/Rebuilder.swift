import Foundation
import GongshiCore

/// One build, start to finish: render in memory, swap the served snapshot, tell the terminal,
/// then tell the open tabs to reload (after the swap, so a reload always sees the new site).
struct Rebuilder: Sendable {
    let siteFolder: URL
    let includeDrafts: Bool
    let store: SiteStore
    let broadcaster: ReloadBroadcaster
    /// What the kernel watcher named since the last rebuild.
    let journal: ChangeJournal
    let report: @Sendable (PreviewEvent) -> Void

    func rebuild(changed: [String]) async {
        let changes = journal.take()
        let (result, seconds, memory) = await PreviewBuild.run(
            siteFolder: siteFolder, includeDrafts: includeDrafts, memory: await store.memory, changes: changes,
            served: await store.snapshot.files)
        if case .failure = result { journal.restore(changes) }
        let clock = ContinuousClock()
        let built = clock.now
        let applying = await store.apply(result, memory: memory)
        let snapshot = applying.snapshot
        var replaced: SiteStore.Replaced? = applying.replaced
        let applied = clock.now
        switch result {
        case .success(_, let pages, let warnings):
            report(.built(pages: pages, warnings: warnings, seconds: seconds, changed: changed))
        case .failure(let diagnostics):
            report(.failed(diagnostics: diagnostics, seconds: seconds, changed: changed, hasGoodBuild: snapshot.hasGoodBuild))
        }
        let reported = clock.now
        await broadcaster.send(generation: snapshot.generation)
        let sent = clock.now
        // The last build's values go only now, after the tabs were told (the store let go of them).
        withExtendedLifetime(replaced) {}
        replaced = nil
        if StageLog.isAsked {
            StageLog.printAfterBuild([("apply", PreviewBuild.seconds(built.duration(to: applied))),
                                      ("report", PreviewBuild.seconds(applied.duration(to: reported))),
                                      ("send", PreviewBuild.seconds(reported.duration(to: sent))),
                                      ("release", PreviewBuild.seconds(sent.duration(to: clock.now)))])
        }
    }
}
