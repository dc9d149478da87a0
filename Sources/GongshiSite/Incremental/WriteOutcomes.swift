import Foundation
import GongshiCore

/// What became of each file of a build, filled by place from every render thread (`SiteWriter`):
/// one small value per file (`SiteWriter.Outcome`, 72 bytes), with the diagnostics and the first
/// write failure kept apart, only for the few files that have them. A tuple of outcome,
/// diagnostics and failure per file, in two arrays (threads' results, then in page order), took
/// about 300 bytes a page through the render stage.
final class WriteOutcomes: @unchecked Sendable {
    private var outcomes: [SiteWriter.Outcome?]
    private var notes: [(index: Int, diagnostics: [Diagnostic])] = []
    private var failure: (index: Int, failure: Publisher.Failure)?
    private let lock = NSLock()

    init(count: Int) { outcomes = Array(repeating: nil, count: count) }

    /// Records file `index`'s outcome (nil: not written), what was found on it and its failure.
    func set(_ index: Int, _ outcome: SiteWriter.Outcome?, diagnostics: [Diagnostic] = [], failure: Publisher.Failure? = nil) {
        lock.lock()
        defer { lock.unlock() }
        outcomes[index] = outcome
        if !diagnostics.isEmpty { notes.append((index, diagnostics)) }
        if let failure, index < self.failure?.index ?? Int.max { self.failure = (index, failure) }
    }

    /// Whether file `index` has an outcome already.
    func has(_ index: Int) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return outcomes[index] != nil
    }

    /// The outcomes by place, the diagnostics in file order and the first failure in file order.
    /// The storage is handed over, not copied: call once, when every thread is done.
    func take() -> (outcomes: [SiteWriter.Outcome?], diagnostics: [Diagnostic], failure: Publisher.Failure?) {
        lock.lock()
        defer { lock.unlock() }
        var taken: [SiteWriter.Outcome?] = []
        swap(&taken, &outcomes)
        let diagnostics = notes.sorted { $0.index < $1.index }.flatMap(\.diagnostics)
        notes = []
        return (taken, diagnostics, failure?.failure)
    }
}
