import Foundation
import GongshiCore

/// `gongshi print` and `gongshi print cards`: the same load → audit → plan as a build, then only
/// the print pages of one month (or the 明白卡 of one region) rendered, privacy-scanned and written
/// into a folder of their own with the assets they need. Never into the site.
public enum PrintBuilder {
    public enum Target: Sendable {
        /// Notice-board pages: every village and township of the month, or those under `region`.
        case noticeBoard
        /// 明白卡: one card per household under `region`.
        case cards
    }

    public struct Request: Sendable {
        public var siteFolder: URL
        public var month: YearMonth
        public var region: RegionCode?
        public var target: Target

        public init(siteFolder: URL, month: YearMonth, region: RegionCode?, target: Target) {
            self.siteFolder = siteFolder
            self.month = month
            self.region = region
            self.target = target
        }
    }

    /// An HTML file to turn into a PDF, and the PDF's path (both inside the print folder).
    public struct Document: Sendable, Equatable {
        public let html: String
        public let pdf: String
        /// The HTML files printed, each as a document of its own, and joined in this order into
        /// `pdf`: `[html]`, or a township's villages, so that page numbers count per village.
        public let parts: [String]
    }

    public struct Result: Sendable {
        /// Print pages and the theme's assets, paths relative to the print folder.
        public let files: [OutputFile]
        /// What `--pdf` prints: one per village, or the township's, or the cards.
        public let documents: [Document]
        public let pages: Int
        public let warnings: [Diagnostic]
    }

    public enum Failure: Error, Sendable {
        /// Content errors, as `gongshi build` reports them (exit 1).
        case content([Diagnostic])
        /// The month or region asked for has no roster (exit 1).
        case notFound(Message, warnings: [Diagnostic])
    }

    /// Renders the print pages in memory; writes nothing.
    public static func render(_ request: Request) throws(Failure) -> Result {
        let template = request.target == .cards ? "print_cards" : "print_village"
        let prepared: SiteBuilder.Prepared
        do {
            prepared = try SiteBuilder.prepare(siteFolder: request.siteFolder, includeDrafts: false, extraTemplates: [template])
        } catch {
            throw .content(error.diagnostics)
        }
        let plan = prepared.plan
        let pages = try selectPages(request, plan: plan, warnings: prepared.warnings)
        var diagnostics = prepared.warnings
        do throws(ContentErrors) {
            let result = try SiteBuilder.renderScanned(plan.with(pages: pages), theme: prepared.theme)
            diagnostics += result.diagnostics
            if diagnostics.hasErrors { throw ContentErrors(diagnostics) }
            return Result(files: result.files, documents: documents(request, pages: pages), pages: result.pages,
                          warnings: diagnostics.sortedForDisplay())
        } catch {
            throw .content((diagnostics + error.diagnostics).uniqued().sortedForDisplay())
        }
    }

    static func selectPages(_ request: Request, plan: SitePlan, warnings: [Diagnostic]) throws(Failure) -> [Page] {
        guard let position = PrintPlanner.position(of: request.month, in: plan.rosters) else {
            throw .notFound(Messages.printMonthMissing(request.month.description), warnings: warnings)
        }
        guard !plan.naming.isWithdrawn(position) else {
            throw .notFound(Messages.printNamesWithdrawn(request.month.description, namesMonths: plan.naming.retention.namesMonths),
                            warnings: warnings)
        }
        let entry = plan.rosters.months[position]
        if let region = request.region {
            let published = entry.month.villages.contains { $0.ancestor(at: region.level) == region && $0.level >= region.level }
            guard published else {
                throw .notFound(Messages.printRegionMissing(region.digits, month: request.month.description), warnings: warnings)
            }
        }
        switch request.target {
        case .noticeBoard:
            return PrintPlanner.pages(plan.rosters, month: position, region: request.region, standalone: true)
        case .cards:
            guard let region = request.region else {
                throw .notFound(Messages.printCardsNeedRegion, warnings: warnings)
            }
            return [PrintPlanner.cardsPage(plan.rosters, month: position, region: region)]
        }
    }

    /// One PDF per village; a township asked for by `--region` prints as one PDF, made of its
    /// villages' pages (the same sheets as the township's page, each village numbered on its own);
    /// cards as one.
    static func documents(_ request: Request, pages: [Page]) -> [Document] {
        let villagePages: [(village: RegionCode, html: String)] = pages.compactMap { page in
            guard case .printVillage(_, let village) = page.kind else { return nil }
            return (village, page.outputPath)
        }
        return pages.compactMap { page in
            var parts = [page.outputPath]
            switch page.kind {
            case .printVillage:
                guard request.region?.level != .township else { return nil }
            case .printTownship(_, let township):
                guard request.region == township else { return nil }
                let villages = villagePages.filter { $0.village.ancestor(at: .township) == township }.map(\.html)
                if !villages.isEmpty { parts = villages }
            case .printCards:
                break
            default:
                return nil
            }
            return Document(html: page.outputPath, pdf: String(page.outputPath.dropLast(".html".count)) + ".pdf", parts: parts)
        }
    }
}
