import GongshiCore

extension SiteBuilder {
    /// The search step of a build with search on: Pagefind indexes the written articles, notices,
    /// standards and directory (`SearchBundle`); its bundle passes the privacy gate like every
    /// other output (but Pagefind's program, the same bytes for any site) and is written into the
    /// staging tree. Returns the bundle's manifest entries and
    /// the gate's warnings.
    /// On any failure the tree is abandoned (the output stays as it was).
    static func indexForSearch(
        _ plan: SitePlan, into tree: StagingTree, program: PagefindProgram?, warnings: [Diagnostic]
    ) throws(Failure) -> (entries: [OutputManifest.Entry], warnings: [Diagnostic]) {
        guard let program else {
            throw .output(Messages.pagefindMissing, warnings: warnings + tree.abandon())
        }
        let indexed = plan.pages.filter(SearchBundle.isIndexed).map(\.outputPath)
        let made: SearchBundle.Made
        switch SearchBundle.make(pages: indexed, from: tree.root, program: program) {
        case .success(let bundle): made = bundle
        case .failure(let failure):
            throw .output(Messages.searchIndexFailed(failure.detail), warnings: warnings + tree.abandon())
        }
        let scanner = OutputPrivacyGate.Scanner(context: plan.privacy, reviewedFiles: plan.config.reviewedFiles,
                                                searchBundle: true)
        let bundle = made.files
        let findings = bundle.filter { !made.programPaths.contains($0.path) }.flatMap { scanner.scan($0) }
        if findings.hasErrors {
            throw .content((warnings + findings + tree.abandon()).uniqued().sortedForDisplay())
        }
        var entries: [OutputManifest.Entry] = []
        do throws(Publisher.Failure) {
            try tree.makeFolders(for: bundle.map(\.path))
            for file in bundle {
                _ = try tree.write(file.bytes, to: file.path)
                entries.append(.init(path: file.path, size: file.bytes.count, sha256: Digest32.of(file.bytes)))
            }
        } catch {
            throw .output(error.message, warnings: warnings + tree.abandon())
        }
        return (entries, findings)
    }
}
