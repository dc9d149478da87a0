import Foundation

/// The site every probe starts from: the roster site (two months, three villages) with two
/// articles and a notice, built once with the real binary so `public/` exists; each probe runs
/// on a copy of it, so "the previous output is byte-identical" compares against these bytes.
final class FuzzBaseSite: Sendable {
    let fixture: SiteFixture
    let publicSnapshot: [String: Data]
    /// Seconds the clean build took.
    let buildSeconds: Double

    static let siteYAML = SiteFixture.minimalSiteYAML
    static let month = "content/rosters/2026-11/_month.yaml"
    static let monthText = RosterSite.month("2026-11", days: 30, totals: (5, 9, "4400.50"))
    static let regions = "content/regions.csv"
    static let footer = "themes/default/templates/footer.mustache"

    static var files: [String: String] {
        RosterSite.files.merging(BadInputTests.goodFiles) { $1 }
    }

    /// Built once per test process, shared by the fuzz and corpus suites.
    static let shared: Result<FuzzBaseSite, BaseSiteError> = {
        do {
            return .success(try FuzzBaseSite())
        } catch let error as BaseSiteError {
            return .failure(error)
        } catch {
            return .failure(BaseSiteError(message: "\(error)"))
        }
    }()

    struct BaseSiteError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    private init() throws {
        fixture = try SiteFixture(Self.files)
        let started = Date()
        let result = try ProbeRunner.run(["build", "--source", fixture.siteFolder.path, "--quiet"])
        buildSeconds = Date().timeIntervalSince(started)
        guard result.status == 0 else {
            throw BaseSiteError(message: "the fuzz base site does not build (exit \(result.status)):\n\(result.stderr)")
        }
        // Probes edit rosters: they are judged by the privacy guard, not by the correction check.
        PublishedBaseline.forget(in: fixture.publicFolder)
        publicSnapshot = SiteFixture.snapshot(fixture.publicFolder)
    }

    /// The text of a base file (for places that edit one).
    static func text(_ path: String) -> String {
        if path == "site.yaml" { return siteYAML }
        if let text = files[path] { return text }
        let url = SiteFixture.repositoryRoot.appendingPathComponent(path)
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }
}
