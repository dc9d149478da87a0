import Foundation

/// The Pagefind indexer that `gongshi build --search` runs: its extended build, which splits
/// Chinese text into words (the plain build indexes a Chinese sentence as one word).
public struct PagefindProgram: Sendable, Equatable {
    /// Names the program's path, overriding the search below.
    public static let environmentKey = "GONGSHI_PAGEFIND"
    public static let installCommand = "python3 -m pip install pagefind-bin-extended"
    /// How long one indexing may take before it is stopped.
    static let timeoutSeconds: TimeInterval = 600

    public let executable: String

    public init(executable: String) {
        self.executable = executable
    }

    /// `GONGSHI_PAGEFIND` when set (nil when it names no program), else `pagefind_extended` on
    /// `PATH`, else the program inside the PyPI package `pagefind-bin-extended` (which pip does
    /// not put on `PATH`), asked of `python3`.
    public static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> PagefindProgram? {
        switch ProgramLookup.find(named: environmentKey, candidates: ["pagefind_extended"], environment: environment) {
        case .path(let path): return PagefindProgram(executable: path)
        case .namedButMissing: return nil
        case .notFound: break
        }
        guard let python = ProgramLookup.onPath(["python3"], environment: environment) else { return nil }
        let asked = ToolProcess.run(
            python, ["-c", "import pagefind_bin_extended as p; print(p.get_executable())"], timeout: 30)
        guard asked.status == 0 else { return nil }
        let path = asked.output.trimmingCharacters(in: .whitespacesAndNewlines)
        return FileManager.default.isExecutableFile(atPath: path) ? PagefindProgram(executable: path) : nil
    }

    /// Indexes the pages under `site` into `bundle`. Result URLs keep `index.html` (hosts and
    /// `file://` copies without a folder index still open them); each page's `<main>` is what is
    /// indexed (not the menus and footer every page repeats); the language is the site's. Pagefind
    /// runs in `site`'s parent without `PAGEFIND_*` variables, so no `pagefind.yml` of the
    /// clerk's folder or setting of the machine changes what it indexes.
    func index(site: URL, bundle: URL) -> String? {
        let run = ToolProcess.run(executable, [
            "--site", site.path, "--output-path", bundle.path, "--root-selector", "main",
            "--keep-index-url", "--force-language", "zh-cn", "--quiet",
        ], timeout: Self.timeoutSeconds, in: site.deletingLastPathComponent(), dropping: "PAGEFIND_")
        if run.status == 0 { return nil }
        let lines = (run.errors + "\n" + run.output).split(separator: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return (["退出码 \(run.status)"] + lines.suffix(5)).joined(separator: "\n")
    }
}
