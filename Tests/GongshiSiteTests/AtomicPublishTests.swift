import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// The publish swap through the real binary: killed at each step, the output path holds the old or
/// the new complete site (checked with its manifest), and the next build succeeds and cleans up.
/// The kill points and the forced fallback are debug-build hooks (`PublishFaults`).
@Suite struct AtomicPublishTests {
    static let cleanSiblings = ["content", "public", "site.yaml", "themes"]

    /// A site built once (the "old" output), with its sources then changed so the next build differs.
    static func builtSite() throws -> (site: SiteFixture, oldManifest: Data) {
        let site = try SiteFixture(BuildOutputTests.files)
        let first = try CLI.run(["build", "--source", site.siteFolder.path, "--quiet"])
        #expect(first.status == 0, "\(first.stderr)")
        let manifest = try Data(contentsOf: site.publicFolder.appendingPathComponent(".gongshi-output"))
        try site.write("content/articles/2023/old.md", "# 新的标题\n\n内容已更新。\n")
        return (site, manifest)
    }

    static func manifest(_ site: SiteFixture) -> Data? {
        try? Data(contentsOf: site.publicFolder.appendingPathComponent(".gongshi-output"))
    }

    static func verify(_ site: SiteFixture) throws -> CLI.Result {
        try CLI.run(["verify", "--source", site.siteFolder.path])
    }

    @Test func buildsLeaveOnlyTheOutputAndAManifestThatVerifies() throws {
        let (site, old) = try Self.builtSite()
        let result = try CLI.run(["build", "--source", site.siteFolder.path])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        #expect(site.siblings() == Self.cleanSiblings)
        #expect(Self.manifest(site) != old)
        #expect(try Self.verify(site).status == 0)
    }

    @Test(arguments: ["staged", "synced"])
    func killedBeforeTheSwapKeepsTheOldSite(step: String) throws {
        let (site, old) = try Self.builtSite()
        let killed = try CLI.run(["build", "--source", site.siteFolder.path], environment: ["GONGSHI_TEST_KILL_AT": step])
        #expect(killed.status == SIGKILL)
        #expect(Self.manifest(site) == old)
        #expect(try Self.verify(site).status == 0)
        #expect(site.siblings().contains { $0.hasPrefix(".public.staging-") })
        try Self.nextBuildSucceedsAndCleansUp(site, old: old)
    }

    @Test func killedAfterTheExchangeHasTheNewSite() throws {
        let (site, old) = try Self.builtSite()
        let killed = try CLI.run(["build", "--source", site.siteFolder.path], environment: ["GONGSHI_TEST_KILL_AT": "exchanged"])
        #expect(killed.status == SIGKILL)
        let new = try #require(Self.manifest(site))
        #expect(new != old)
        #expect(try Self.verify(site).status == 0)
        // The old tree, now at the staging name, is still there: the next build removes it.
        #expect(site.siblings().contains { $0.hasPrefix(".public.staging-") })
        try Self.nextBuildSucceedsAndCleansUp(site, old: old)
        #expect(Self.manifest(site) == new)
    }

    /// Without the exchange (some filesystems), today's two renames, said once as a warning.
    @Test func fallbackWithoutExchangeWarnsOnce() throws {
        let (site, old) = try Self.builtSite()
        let result = try CLI.run(["build", "--source", site.siteFolder.path], environment: ["GONGSHI_TEST_NO_EXCHANGE": "1"])
        #expect(result.status == 0)
        let warning = "public: " + Messages.publishExchangeUnavailable("public").line(.warning)
        #expect(result.stderr.components(separatedBy: Messages.publishExchangeUnavailable("public").text).count == 2)
        #expect(result.stderr.contains(warning))
        #expect(result.stdout.contains("1 个警告"))
        #expect(site.siblings() == Self.cleanSiblings)
        #expect(Self.manifest(site) != old)
        #expect(try Self.verify(site).status == 0)
    }

    /// The one moment the fallback has no output: the next build puts the old site back first.
    @Test func killedBetweenTheFallbackRenamesIsRepairedByTheNextBuild() throws {
        let (site, old) = try Self.builtSite()
        let killed = try CLI.run(
            ["build", "--source", site.siteFolder.path],
            environment: ["GONGSHI_TEST_NO_EXCHANGE": "1", "GONGSHI_TEST_KILL_AT": "between-renames"])
        #expect(killed.status == SIGKILL)
        #expect(!FileManager.default.fileExists(atPath: site.publicFolder.path))
        let previous = try #require(site.siblings().first { $0.hasPrefix(".public.previous-") })
        let kept = site.siteFolder.appendingPathComponent(previous)
        #expect(try Data(contentsOf: kept.appendingPathComponent(".gongshi-output")) == old)
        #expect(try CLI.run(["verify", "--output", kept.path]).status == 0)
        // Even a build that then fails on content first puts the old site back, so its summary
        // ("原有输出保持不变") is true.
        try site.write("content/articles/bad.md", "---\ntitle: [\n---\n")
        let failed = try CLI.run(["build", "--source", site.siteFolder.path])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("原有输出保持不变"))
        #expect(Self.manifest(site) == old)
        #expect(try Self.verify(site).status == 0)
        #expect(!site.siblings().contains { $0.hasPrefix(".public.previous-") })
        try site.remove("content/articles/bad.md")
        try Self.nextBuildSucceedsAndCleansUp(site, old: old)
    }

    /// An old tree a finished publish could not remove (no staging folder of its build beside it)
    /// is stale: when the clerk deletes the output, no build may bring it back.
    @Test func staleOldTreeIsNeverRestored() throws {
        let (site, _) = try Self.builtSite()
        let stale = site.siteFolder.appendingPathComponent(".public.previous-2147483646")
        try FileManager.default.moveItem(at: site.publicFolder, to: stale)
        try site.write("content/articles/bad.md", "---\ntitle: [\n---\n")
        let failed = try CLI.run(["build", "--source", site.siteFolder.path])
        #expect(failed.status == 1)
        #expect(!FileManager.default.fileExists(atPath: site.publicFolder.path))
        #expect(failed.stderr.contains(Messages.buildFailed(errors: 1, warnings: 0).line(.error)), "\(failed.stderr)")
        try site.remove("content/articles/bad.md")
        let built = try CLI.run(["build", "--source", site.siteFolder.path, "--quiet"])
        #expect(built.status == 0, "\(built.stderr)")
        #expect(try Self.verify(site).status == 0)
        #expect(!site.siblings().contains { $0.hasPrefix(".public.previous-") })
    }

    /// strace kills the process as it enters the exchange system call itself.
    @Test(.enabled(if: Self.straceWorks, "strace cannot trace here (not installed, or ptrace not permitted)"))
    func killedAtTheExchangeSystemCallKeepsTheOldSite() throws {
        let (site, old) = try Self.builtSite()
        let result = try Self.runTraced(
            ["-f", "-qq", "-o", "/dev/null", "-e", "trace=renameat2", "-e", "inject=renameat2:signal=KILL",
             CLI.executable.path, "build", "--source", site.siteFolder.path])
        #expect(result != 0)
        #expect(Self.manifest(site) == old)
        #expect(try Self.verify(site).status == 0)
        try Self.nextBuildSucceedsAndCleansUp(site, old: old)
    }

    /// The exchange fails (strace injects EIO) and the staging folder cannot be removed (debug
    /// hook): the failure still names the leftover, and the old site is untouched.
    @Test(.enabled(if: Self.straceWorks, "strace cannot trace here (not installed, or ptrace not permitted)"))
    func failedPublishStillNamesTheLeftoverItCouldNotRemove() throws {
        let (site, old) = try Self.builtSite()
        let result = try CLI.runProgram(
            URL(fileURLWithPath: "/usr/bin/strace"),
            ["-f", "-qq", "-o", "/dev/null", "-e", "trace=renameat2", "-e", "inject=renameat2:error=EIO",
             CLI.executable.path, "build", "--source", site.siteFolder.path],
            environment: ["GONGSHI_TEST_KEEP_LEFTOVERS": "1"])
        let stderr = result.stderr
        #expect(result.status == 1)
        let leftover = try #require(site.siblings().first { $0.hasPrefix(".public.staging-") })
        let warning = "\(leftover): " + Messages.publishLeftoverNotRemoved(SystemErrorText.reason(errno: EBUSY)).line(.warning)
        #expect(stderr.contains(warning), "\(stderr)")
        #expect(stderr.contains(Messages.outputNotWritable("public", SystemErrorText.reason(errno: EIO)).line(.error)), "\(stderr)")
        #expect(stderr.contains(Messages.buildFailed(errors: 1, warnings: 1).line(.error)), "\(stderr)")
        #expect(Self.manifest(site) == old)
        try Self.nextBuildSucceedsAndCleansUp(site, old: old)
    }

    /// The old tree cannot be removed (debug hook: removal fails with EBUSY): a warning naming it,
    /// exit 0, and the next build removes it. (`--no-cache`: a build with the cache keeps the old
    /// tree as the previous tree instead of removing it, `PreviousTreeTests`.)
    @Test func leftoverThatCannotBeRemovedIsAWarning() throws {
        let (site, _) = try Self.builtSite()
        let result = try CLI.run(["build", "--no-cache", "--source", site.siteFolder.path],
                                 environment: ["GONGSHI_TEST_KEEP_LEFTOVERS": "1"])
        #expect(result.status == 0)
        let leftover = try #require(site.siblings().first { $0.hasPrefix(".public.staging-") })
        let message = Messages.publishLeftoverNotRemoved(SystemErrorText.reason(errno: EBUSY))
        #expect(result.stderr.contains("\(leftover): " + message.line(.warning)))
        #expect(!result.stderr.contains(site.siteFolder.path))
        #expect(result.stdout.contains("1 个警告"))
        #expect(try Self.verify(site).status == 0)

        let next = try CLI.run(["build", "--source", site.siteFolder.path])
        #expect(next.status == 0)
        #expect(next.stderr.isEmpty, "\(next.stderr)")
        #expect(site.siblings() == Self.cleanSiblings)
    }

    /// For real: as `nobody`, a folder inside the old output that belongs to root cannot be emptied.
    @Test(.enabled(if: Self.canRunAsNobody, "needs root and setpriv to run the binary as nobody"))
    func leftoverOwnedByAnotherUserIsAWarningAsNobody() throws {
        let site = try SiteFixture(BuildOutputTests.files)
        try Self.chown(site.root.path, recursive: true)
        let first = try Self.runAsNobody(["build", "--source", site.siteFolder.path, "--quiet"])
        #expect(first.status == 0, "\(first.stderr)")
        let locked = site.publicFolder.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: locked.appendingPathComponent("file"))
        let result = try Self.runAsNobody(["build", "--no-cache", "--source", site.siteFolder.path])
        #expect(result.status == 0, "\(result.stderr)")
        let leftover = try #require(site.siblings().first { $0.hasPrefix(".public.staging-") })
        let message = Messages.publishLeftoverNotRemoved(SystemErrorText.reason(errno: EACCES))
        #expect(result.stderr.contains("\(leftover): " + message.line(.warning)), "\(result.stderr)")
        #expect(try Self.verify(site).status == 0)
        try FileManager.default.removeItem(at: site.root)
    }

    /// A folder written by an earlier version holds a plain-text marker: still Gongshi's, replaced.
    @Test func outputWithTheOldPlainMarkerIsReplaced() throws {
        let site = try SiteFixture(BuildOutputTests.files)
        try site.write("public/.gongshi-output", "此目录由 gongshi build 生成，每次构建都会整体替换。\nThis folder is written by gongshi build and replaced on every build.\n")
        try site.write("public/stale.html", "old")
        let result = try CLI.run(["build", "--source", site.siteFolder.path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(site.text("stale.html") == nil)
        #expect(try Self.verify(site).status == 0)
    }

    /// A publish that fails (as nobody, the site folder takes no staging folder) says the old
    /// output is unchanged, and it is; the message names no staging path and no English.
    @Test(.enabled(if: Self.canRunAsNobody, "needs root and setpriv to run the binary as nobody"))
    func failedPublishSaysTheOutputIsUnchangedAndItIs() throws {
        let (site, old) = try Self.builtSite()
        let before = SiteFixture.snapshot(site.publicFolder)
        let result = try Self.runAsNobody(["build", "--source", site.siteFolder.path])
        #expect(result.status == 1)
        let reason = SystemErrorText.reason(errno: EACCES)
        #expect(result.stderr.contains(Messages.outputNotWritable("public", reason).line(.error) + "\n"), "\(result.stderr)")
        #expect(result.stderr.contains(Messages.buildFailed(errors: 1, warnings: 0).line(.error)))
        #expect(!result.stderr.contains("staging"))
        #expect(SiteFixture.snapshot(site.publicFolder) == before)
        #expect(Self.manifest(site) == old)
    }

    /// The old tree is deleted without following a link out of it (a served folder linked in).
    @Test func treeRemovalDeletesEverythingButNeverFollowsALink() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gongshi-remove-\(UUID().uuidString)")
        let tree = root.appendingPathComponent("tree"), outside = root.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: tree.appendingPathComponent("a/b/c"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: outside.appendingPathComponent("keep.txt"))
        try Data("x".utf8).write(to: tree.appendingPathComponent("a/b/c/page.html"))
        try FileManager.default.createSymbolicLink(at: tree.appendingPathComponent("a/link"), withDestinationURL: outside)
        #expect(mkfifo(tree.appendingPathComponent("a/fifo").path, 0o644) == 0)
        #expect(TreeRemoval.remove(tree.path) == nil)
        #expect(!FileManager.default.fileExists(atPath: tree.path))
        #expect(try String(contentsOf: outside.appendingPathComponent("keep.txt"), encoding: .utf8) == "keep")
        #expect(TreeRemoval.remove(tree.path) == nil)
        try FileManager.default.removeItem(at: root)
    }

    static func nextBuildSucceedsAndCleansUp(_ site: SiteFixture, old: Data) throws {
        let next = try CLI.run(["build", "--source", site.siteFolder.path])
        #expect(next.status == 0, "\(next.stderr)")
        #expect(next.stderr.isEmpty, "\(next.stderr)")
        #expect(site.siblings() == cleanSiblings)
        #expect(manifest(site) != old)
        #expect(try verify(site).status == 0)
    }

    // MARK: Running as another user, and under strace

    static let straceWorks: Bool = {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/strace")
            && (try? runTraced(["-f", "-qq", "-o", "/dev/null", "/bin/true"])) == 0
    }()

    static func runTraced(_ arguments: [String]) throws -> Int32 {
        try CLI.runProgram(URL(fileURLWithPath: "/usr/bin/strace"), arguments).status
    }

    static let canRunAsNobody: Bool = getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")
        && getpwnam("nobody") != nil

    static func chown(_ path: String, recursive: Bool) throws {
        guard let nobody = getpwnam("nobody") else { return }
        let uid = nobody.pointee.pw_uid, gid = nobody.pointee.pw_gid
        Glibc.chown(path, uid, gid)
        guard recursive, let enumerator = FileManager.default.enumerator(atPath: path) else { return }
        for case let child as String in enumerator { Glibc.lchown(path + "/" + child, uid, gid) }
    }

    static func runAsNobody(_ arguments: [String]) throws -> CLI.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments = ["--reuid=nobody", "--regid=nogroup", "--clear-groups", CLI.executable.path] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLI.Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                          stderr: String(decoding: errData, as: UTF8.self))
    }
}
