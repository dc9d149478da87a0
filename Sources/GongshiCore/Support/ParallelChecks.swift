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

    /// `each`, each item's diagnostics on their own, in item order; an item whose diagnostics
    /// `kept` gives (from a preview's memory) is not checked again.
    package static func eachItem<Item: Sendable>(
        _ items: [Item], kept: @Sendable (Item) -> [Diagnostic]?, _ check: @Sendable (Item, inout DiagnosticLog) -> Void
    ) -> [[Diagnostic]] {
        let results = IndexedResults<[Diagnostic]>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            if let found = kept(items[index]) {
                results.set(index, found)
                return
            }
            var log = DiagnosticLog()
            check(items[index], &log)
            results.set(index, log.all)
        }
        return results.values()
    }
}
