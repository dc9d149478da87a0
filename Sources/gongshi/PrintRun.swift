import ArgumentParser
import Foundation
import GongshiCore
import GongshiSite

/// What `gongshi print` and `gongshi print cards` do once their options are read: render through
/// the build's own stages, write the HTML and assets, then optionally one PDF per document, all
/// printed by one headless Chromium (`PrintPDFs`).
struct PrintRun {
    let options: PrintOptions
    let region: String?
    let target: PrintBuilder.Target

    func run() throws {
        let console = Console(quiet: options.quiet)
        guard let month = YearMonth(options.month) else {
            console.failure(Messages.usageError(Messages.monthOptionInvalid, command: "print"))
            throw ExitCode(Gongshi.Exit.usageError)
        }
        let siteFolder = URL(fileURLWithPath: options.source, isDirectory: true).standardizedFileURL
        if let problem = SiteFolderCheck.problem(siteFolder, shown: options.source) {
            console.failure(problem)
            console.failure(Messages.printFailed(errors: 1, warnings: 0))
            throw ExitCode(Gongshi.Exit.contentError)
        }
        let outFolder = options.out.map { URL(fileURLWithPath: $0, isDirectory: true).standardizedFileURL }
            ?? PrintOutput.defaultFolder(siteFolder: siteFolder)
        let option = options.out == nil ? nil : "--out"
        if let refusal = PrintOutput.refusal(outFolder, siteFolder: siteFolder, option: option) {
            console.failure(refusal)
            throw ExitCode(Gongshi.Exit.usageError)
        }
        let request = PrintBuilder.Request(siteFolder: siteFolder, month: month,
                                           region: region.flatMap(RegionCode.init), target: target)
        let result: PrintBuilder.Result
        do {
            result = try PrintBuilder.render(request)
        } catch {
            switch error {
            case .content(let diagnostics):
                console.contentFailure(diagnostics, summary: Messages.printFailed)
            case .notFound(let message, let warnings):
                console.messageFailure(message, warnings: warnings)
            }
            throw ExitCode(Gongshi.Exit.contentError)
        }
        console.diagnostics(result.warnings)
        // A month folder or assets/ inside the print folder may itself be a link into the site.
        if let refusal = PrintOutput.refusal(for: result.files, in: outFolder, siteFolder: siteFolder, option: option) {
            console.failure(refusal)
            throw ExitCode(Gongshi.Exit.usageError)
        }
        do {
            try PrintOutput.write(result.files, to: outFolder)
        } catch {
            console.failure(error.message)
            throw ExitCode(Gongshi.Exit.contentError)
        }
        console.summary(Messages.printSummary(pages: result.pages, folder: outFolder.path, warnings: result.warnings.count))
        guard options.pdf else {
            if let first = result.documents.first {
                console.summary(Messages.printOpenHint(outFolder.appendingPathComponent(first.html).path))
            }
            return
        }
        guard let chromium = ChromiumPrinter.find() else {
            console.failure(Messages.chromiumMissing)
            throw ExitCode(Gongshi.Exit.internalError)
        }
        // One browser for every document; a township's PDF is joined from its villages'.
        do {
            try PrintPDFs.write(result.documents, in: outFolder, chromium: chromium) { pdf in
                console.summary(Messages.printPDFWritten(pdf.path))
            }
        } catch {
            console.failure(error.message)
            throw ExitCode(Gongshi.Exit.internalError)
        }
    }
}
