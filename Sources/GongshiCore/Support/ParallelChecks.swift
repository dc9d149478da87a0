import Dispatch

/// Runs an independent check per item (a roster month, say) on every core, and returns the
/// diagnostics in item order, so messages never depend on scheduling.
public enum ParallelChecks {
    public static func each<Item: Sendable>(
        _ items: [Item], _ check: @Sendable (Item, inout DiagnosticLog) -> Void
    ) -> [Diagnostic] {
        let results = IndexedResults<[Diagnostic]>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            var log = DiagnosticLog()
            check(items[index], &log)
            results.set(index, log.all)
        }
        return results.values().flatMap { $0 }
    }
}
