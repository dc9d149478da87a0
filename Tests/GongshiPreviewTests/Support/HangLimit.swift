import Testing

extension Trait where Self == TimeLimitTrait {
    /// The time limit of every preview suite, there only to end a hung server or watcher test.
    /// It is generous on purpose: a preview test's awaits resume on the shared concurrency pool,
    /// which the full suite's blocking tests (CLI and PDF runs, the privacy fuzzer) hold for
    /// minutes at a time on a 2-core machine. A 1-minute limit failed CI with a test that was
    /// slow but correct (234 s, every step passing). Every wait inside the tests is bounded.
    static var hangLimit: Self { .timeLimit(.minutes(10)) }
}
