import Foundation

/// Runs probes against the real `gongshi` binary, each on its own copy of the base site, and
/// judges the outcome.
enum ProbeRunner {
    struct Outcome: Sendable {
        let status: Int32
        let stdout: String
        let stderr: String
        /// Output files added, removed or changed compared with the base site's `public/`.
        let changedFiles: [String]
        /// The published files after the run (only read when the build succeeded).
        let published: [String: Data]
        let seconds: Double
    }

    /// Like `CLI.run`, but standard output and error go to files, so a long error list can never
    /// fill a pipe while the other one is being read.
    static func run(_ arguments: [String]) throws -> CLI.Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongshi-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("stdout")
        let errURL = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = arguments
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try? out.close()
        try? err.close()
        return CLI.Result(status: process.terminationStatus,
                          stdout: String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self),
                          stderr: String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self))
    }

    /// Builds every probe's files on a copy of the base site, `workers` at a time (the machine has
    /// two cores); results in the order of `probes`.
    static func buildAll(_ probes: [[String: ProbeFile]], base: FuzzBaseSite, workers: Int) -> [Result<Outcome, ProbeError>] {
        let box = ResultBox<Result<Outcome, ProbeError>>(count: probes.count)
        DispatchQueue.concurrentPerform(iterations: max(1, min(workers, probes.count))) { _ in
            var workspace: ProbeWorkspace?
            while let position = box.take() {
                do {
                    if workspace == nil { workspace = try ProbeWorkspace(base: base) }
                    guard let current = workspace else { continue }
                    let outcome = try current.build(probes[position])
                    box.set(position, .success(outcome))
                    if !current.restore(after: probes[position], outcome: outcome) { workspace = nil }
                } catch {
                    box.set(position, .failure(ProbeError(message: "\(error)")))
                    workspace = nil
                }
            }
        }
        return box.results()
    }

    /// What is wrong with the outcome of a privacy probe; empty when the guard held.
    static func problems(_ probe: PrivacyProbe, _ outcome: Outcome) -> [String] {
        var problems: [String] = []
        let streams = outcome.stdout + "\n" + outcome.stderr
        let shown = LeakCheck.shown(needles: probe.needles, digitNeedles: probe.digitNeedles, in: streams)
        if !shown.isEmpty { problems.append("stdout/stderr shows the value (\(shown.joined(separator: ", ")))") }
        if outcome.status == 0, let strippable = probe.strippable {
            let leaking = outcome.published.filter { !LeakCheck.shown(needles: probe.needles, digitNeedles: probe.digitNeedles,
                                                                      in: readable($0.value)).isEmpty }.keys.sorted()
            if leaking.isEmpty, outcome.published["assets/" + strippable] != nil { return problems }
            problems.append("published (exit 0)" + (leaking.isEmpty ? "" : "; shows the value in \(leaking.joined(separator: ", "))"))
            return problems
        }
        if outcome.status != 1 {
            problems.append(outcome.status == 0 ? "published (exit 0)" : "exit \(outcome.status), expected 1")
        }
        if outcome.status != 0 {
            if !names(outcome.stderr, oneOf: probe.namedFiles) {
                problems.append("stderr names none of \(probe.namedFiles.joined(separator: ", "))")
            }
            if !outcome.changedFiles.isEmpty {
                problems.append("public/ changed: \(outcome.changedFiles.prefix(5).joined(separator: ", "))")
            }
        }
        return problems
    }

    /// A published file as text, both as UTF-8 and as Latin-1, for the leak check.
    static func readable(_ data: Data) -> String {
        String(decoding: data, as: UTF8.self) + "\n" + String(data.map { Character(Unicode.Scalar($0)) })
    }

    static func names(_ stderr: String, oneOf files: [String]) -> Bool {
        files.contains { file in
            if file.hasPrefix(outputLabel) { return stderr.contains(file) }
            return stderr.contains(file + ":")
        }
    }

    static let outputLabel = "(输出)/"
}

/// Shared state of `ProbeRunner.buildAll`, under a lock.
final class ResultBox<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var slots: [T?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < slots.count else { return nil }
        next += 1
        return next - 1
    }

    func set(_ position: Int, _ value: T) {
        lock.lock()
        slots[position] = value
        lock.unlock()
    }

    func results() -> [T] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}

/// One worker's copy of the base site, reused from probe to probe: a probe's files are written,
/// the real binary builds, then the files and `public/` are put back as they were (a fresh copy
/// per probe costs as much as the build itself).
final class ProbeWorkspace {
    let base: FuzzBaseSite
    let root: URL
    var site: URL { root.appendingPathComponent("site", isDirectory: true) }

    init(base: FuzzBaseSite) throws {
        self.base = base
        root = FileManager.default.temporaryDirectory.appendingPathComponent("gongshi-probe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: base.fixture.siteFolder, to: site)
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    func build(_ files: [String: ProbeFile]) throws -> ProbeRunner.Outcome {
        let started = Date()
        for (path, file) in files {
            let url = site.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try file.data.write(to: url)
        }
        let result = try ProbeRunner.run(["build", "--source", site.path])
        let after = SiteFixture.snapshot(site.appendingPathComponent("public"))
        let before = base.publicSnapshot
        let changed = Set(after.keys).union(before.keys).filter { after[$0] != before[$0] }.sorted()
        return ProbeRunner.Outcome(status: result.status, stdout: result.stdout, stderr: result.stderr, changedFiles: changed,
                                   published: result.status == 0 ? after : [:], seconds: Date().timeIntervalSince(started))
    }

    /// Puts the probe's files and the output back; false when the copy cannot be trusted any more
    /// (the caller then starts a fresh one).
    func restore(after files: [String: ProbeFile], outcome: ProbeRunner.Outcome) -> Bool {
        do {
            for path in files.keys {
                let original = base.fixture.siteFolder.appendingPathComponent(path)
                let copy = site.appendingPathComponent(path)
                if let bytes = try? Data(contentsOf: original) {
                    try bytes.write(to: copy)
                } else {
                    try FileManager.default.removeItem(at: copy)
                }
            }
            let output = site.appendingPathComponent("public")
            for path in outcome.changedFiles {
                let url = output.appendingPathComponent(path)
                if let bytes = base.publicSnapshot[path] {
                    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try bytes.write(to: url)
                } else {
                    try FileManager.default.removeItem(at: url)
                }
            }
            let entries = try FileManager.default.contentsOfDirectory(atPath: site.path).sorted()
            return entries == base.fixture.siblings()
        } catch {
            return false
        }
    }
}
