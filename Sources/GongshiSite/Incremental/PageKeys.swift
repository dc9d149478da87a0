import Dispatch
import GongshiCore

/// What each page's bytes depend on, as one digest per page: the build cache (and the preview's
/// `RenderMemory`) re-renders a page only when its key changes. A key covers everything the
/// page's rendering reads, so a page with an unchanged key renders to the same bytes; a value
/// left out of a key is a stale page, which is worse than a slow build.
///
/// - every page: the program (`engine`: version and executable), whether drafts are included, the
///   site-wide inputs (`site.yaml`, known names, `content/regions.csv`, standards, anything in
///   `content/` outside rosters, articles and notices), whether the site has rosters and standards
///   (the navigation shows them), the page's path, whether it is standalone, and its template
///   with every partial and parent it reaches (`Theme.templateDigests`);
/// - a village's pages (roster page, print page, 明白卡): the month's notice (every input of the
///   month folder but its CSVs: `_month.yaml`), the village's digest (`RosterKeyParts`: the
///   roster files its households come from, its changes against the month before by content,
///   its totals and change counts), and the roster page its pager (the months the village is in
///   before and after this one);
/// - a township's pages (roster page, print page, 明白卡): the notice and the township's digest
///   (each of its villages' digests, its own totals and change counts);
/// - any of these whose template reads `month.totals` or `month.village_count` (`TemplateReads`):
///   the month's totals and village count too. The default theme's do not, so one edited roster
///   re-renders its village's and township's pages, not the month's;
/// - a month page: its whole month folder and the month before it (every village's row and
///   changes), and the months its pager links to;
/// - a village's history: its totals in every month and its successor;
/// - a village's or township's roster page and a village's history also the notices that name
///   the region or one above it (`RegionNotices`: each one's file and output path);
/// - the village directory: which villages have rosters and the latest month of each;
/// - a document: its own file and the table of document links (a link to another document
///   depends on where that one is published);
/// - the document lists, the feed and the home page: every article and notice file and the link
///   table; the home page also the latest month's id, notice, totals and village count;
/// - the roster archive: every month's id, notice, totals and village count;
/// - the sitemap: every document and the paths of the pages it lists, in order;
/// - the open-data CSVs: a month's totals its whole month folder, every month's totals every
///   month's, a village's households its village's digest;
/// - the 404, standards and supervision pages: nothing more than every page's part.
///
/// `robots.txt` is not keyed (its key would cost what rendering it costs), nor is a page whose
/// month, village or township has a source that is not among the inputs; a page whose rendering
/// gave warnings is not kept (so that warnings are shown on every build).
enum PageKeys {
    /// - Parameter order: the paths of `inputs` in byte order, when the caller has them (else sorted here).
    static func compute(
        plan: SitePlan, theme: Theme, inputs: [String: String], order: [String]? = nil, engine: String, includeDrafts: Bool
    ) -> [Digest32?] {
        computeKeepingParts(plan: plan, theme: theme, inputs: inputs, order: order, engine: engine, includeDrafts: includeDrafts).keys
    }

    /// `compute`, with the roster months' parts for a preview's next rebuild (`reusing`, see
    /// `RosterKeyParts.init`) or for the build's month summaries.
    /// - Parameter summaries: the summaries the plan's index was checked against, when `inputs`
    ///   are the digest their keys were worked out from: a month indexed from its summary takes
    ///   its key parts from it too.
    /// - Parameter lastKeys: a preview's last keys: a page of the same plan whose parts are all
    ///   those its last key was made of keeps that key, unhashed (`LastKeys`).
    /// - Parameter changed: when `inputs` are the inputs `last` was made of updated at these paths
    ///   alone (the watcher's word), only their month folders are grouped again.
    static func computeKeepingParts(
        plan: SitePlan, theme: Theme, inputs: [String: String], order: [String]? = nil, engine: String, includeDrafts: Bool,
        reusing last: RosterKeyParts.Last? = nil, summaries: RosterMonthSummaries? = nil, lastKeys: LastKeys? = nil,
        changed: Set<String>? = nil
    ) -> Computed {
        let order = order ?? inputs.keys.sorted { $0.utf8Precedes($1) }
        let parts = SiteKeyParts(plan: plan, theme: theme, inputs: inputs, order: order, engine: engine, includeDrafts: includeDrafts,
                                 reusing: last, summaries: summaries, lastKeys: lastKeys, changed: changed)
        let pages = plan.pages
        let chunk = 2048
        let chunks = (pages.count + chunk - 1) / chunk
        let slots = IndexedResults<(keys: [Digest32?], kept: Int)>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { index in
            let range = index * chunk..<min(pages.count, (index + 1) * chunk)
            var kept = 0
            let keys = range.map { position -> Digest32? in
                if let key = parts.lastKey(at: position) {
                    kept += 1
                    return key
                }
                return parts.key(of: pages[position])
            }
            slots.set(index, (keys, kept))
        }
        let computed = slots.values()
        return Computed(keys: computed.flatMap(\.keys), rosters: parts.rosters, shared: parts.shared,
                        keptKeys: computed.reduce(0) { $0 + $1.kept })
    }

    struct Computed {
        let keys: [Digest32?]
        let rosters: RosterKeyParts
        /// The site-wide parts the keys were made of, for the next rebuild's `LastKeys`.
        let shared: SharedParts
        /// How many keys were taken from `lastKeys` rather than hashed (for tests).
        let keptKeys: Int
    }

    /// The site-wide parts every page key is made of (a preview keeps them with its keys).
    struct SharedParts: Sendable, Equatable {
        let global: [UInt8]
        let documents: [UInt8]
        let templateDigests: [String: String]
        let readsMonthSummary: [String: Bool]
        /// The paths of the pages in the sitemap, digested (nil when the site has no sitemap): kept
        /// while the plan's pages are the same list, rather than 55,000 paths made again.
        let sitemap: [UInt8]?
        /// Whether some notice names a region (then a village's or township's page lists it, and
        /// keeps its key only while the documents are the same).
        let regionNotices: Bool
        /// Which months name their households (`HouseholdNaming`), by position: a month whose state
        /// changed (withdrawn, or its notice period over) does not keep its pages' keys.
        let naming: [HouseholdNaming.State]
    }

    /// A preview's last rebuild's page keys and what they were made of. A page keeps its last key
    /// when the plan's pages are the very same list (so it is at the same place, with the same
    /// path), the site-wide parts, the months and which villages are in which month are the same,
    /// and so is the part its key takes: for a village's, township's or month's page, a month's
    /// totals file or a village's household file, its month's whole part (`RosterKeyParts.Month`:
    /// notice, summary, folder, every village and township), and for a village's or township's
    /// roster page also every document while some notice, before or now, names a region; for a
    /// document, every document and the link table; for the 404, standards and supervision pages,
    /// nothing more. Any other page (a history, the directory, the lists, home, feed, archive,
    /// every month's totals, sitemap) is hashed again: each takes something from every month or
    /// every document.
    struct LastKeys: Sendable {
        let pages: KeptPages
        let shared: SharedParts
        let rosters: RosterKeyParts.Last
    }
}

/// The parts page keys are made of, each worked out once per build (`PageKeys` says which page
/// takes which).
private struct SiteKeyParts: Sendable {
    let plan: SitePlan
    let theme: Theme
    let global: [UInt8]
    let links: [UInt8]
    let documents: [UInt8]
    /// nil when a month is not keyed.
    let archive: Digest32?
    let sitemap: [UInt8]?
    let rosters: RosterKeyParts
    /// Per template: whether it reads `month.totals` or `month.village_count`.
    let readsMonthSummary: [String: Bool]
    let inputs: [String: String]
    /// The last keys, when pages may keep theirs (`PageKeys.LastKeys`), with which months' parts
    /// and whether the documents are unchanged.
    private let kept: (keys: [Digest32?], months: [Bool], documents: Bool, regionNotices: Bool)?

    var shared: PageKeys.SharedParts {
        PageKeys.SharedParts(global: global, documents: documents, templateDigests: theme.templateDigests,
                             readsMonthSummary: readsMonthSummary, sitemap: sitemap, regionNotices: !plan.regionNotices.isEmpty,
                             naming: plan.naming.states)
    }

    init(plan: SitePlan, theme: Theme, inputs: [String: String], order: [String], engine: String, includeDrafts: Bool,
         reusing last: RosterKeyParts.Last?, summaries: RosterMonthSummaries?, lastKeys: PageKeys.LastKeys?,
         changed: Set<String>?) {
        self.plan = plan
        self.theme = theme
        self.inputs = inputs
        var global = KeyBuilder(capacity: 4096)
        global.add("engine", engine)
        global.add("drafts", flag: includeDrafts)
        // `build --search` links the search page from every page without site.yaml saying so.
        global.add("search", flag: plan.config.search)
        global.add("rosters", flag: !plan.rosters.months.isEmpty)
        global.add("standards", flag: !plan.standards.standards.isEmpty)
        var documents = KeyBuilder(capacity: 4096)
        for path in order {
            guard let digest = inputs[path] else { continue }
            if path.hasPrefix("content/rosters/") || path.hasPrefix("templates/") || path.hasPrefix("themes/")
                || path.hasPrefix(PublishedExtras.staticFolder + "/") {
                continue  // static files are published as they are: no page reads them
            } else if path.hasPrefix("content/"), path != "content/regions.csv", path != "content/standards.yaml" {
                documents.add(dynamic: path, digest)  // documents and their attachments
            } else {
                global.add(dynamic: path, digest)
            }
        }
        self.global = global.digestBytes()
        links = Self.linksDigest(plan)
        documents.add("links", digest: links)
        self.documents = documents.digestBytes()
        let folders = summaries?.folders ?? changed.flatMap { changed in
            last.map { RosterMonthFolders(updating: $0.parts.folders, changed: changed, inputs: inputs, order: order) }
        }
        rosters = RosterKeyParts(plan.rosters, inputs: inputs, order: order, reusing: last,
                                 summaries: summaries != nil, folders: folders)

        var archive = KeyBuilder(capacity: 128 * (rosters.months.count + 1))
        for (entry, month) in zip(plan.rosters.months, rosters.months) {
            archive.add("month", entry.month.month.description)
            archive.add("keyed", flag: month.keyed)
            archive.add("summary", digest: month.summary)
        }
        self.archive = rosters.months.allSatisfy(\.keyed) ? archive.digest32() : nil

        // The last keys, when this plan's pages are the very same list.
        let samePages = lastKeys.flatMap { $0.pages.isTheSameList(as: plan.pages) ? $0 : nil }
        if plan.pages.contains(where: { $0.kind == .sitemap }) {
            if let kept = samePages?.shared.sitemap {
                sitemap = kept
            } else {
                var sitemap = KeyBuilder(capacity: 1 << 16)
                for page in plan.pages where page.inSitemap { sitemap.add("page", page.outputPath) }
                self.sitemap = sitemap.digestBytes()
            }
        } else {
            sitemap = nil
        }
        var reads: [String: Bool] = [:]
        for template in Set(plan.pages.compactMap(\.template)) {
            reads[template] = TemplateReads.readsMonthSummary(theme.compiled[template])
        }
        readsMonthSummary = reads
        kept = Self.kept(samePages, plan: plan, rosters: rosters, shared: PageKeys.SharedParts(
            global: self.global, documents: self.documents, templateDigests: theme.templateDigests, readsMonthSummary: reads,
            sitemap: sitemap, regionNotices: !plan.regionNotices.isEmpty, naming: plan.naming.states))
    }

    /// What of `last` (the last keys of the very same list of pages) the pages of `plan` may keep
    /// (see `PageKeys.LastKeys`); nil: nothing.
    private static func kept(
        _ last: PageKeys.LastKeys?, plan: SitePlan, rosters: RosterKeyParts, shared: PageKeys.SharedParts
    ) -> (keys: [Digest32?], months: [Bool], documents: Bool, regionNotices: Bool)? {
        guard let last, last.shared.global == shared.global, last.shared.templateDigests == shared.templateDigests,
              last.shared.readsMonthSummary == shared.readsMonthSummary,
              last.pages.keys.count == plan.pages.count else { return nil }
        let index = last.rosters.rosters
        guard index.months.count == plan.rosters.months.count,
              zip(index.months, plan.rosters.months).allSatisfy({ $0.month.month == $1.month.month }),
              index.monthsByVillage == plan.rosters.monthsByVillage,
              last.rosters.parts.months.count == rosters.months.count else { return nil }
        guard last.shared.naming.count == shared.naming.count else { return nil }
        let months = zip(zip(last.rosters.parts.months, rosters.months), zip(last.shared.naming, shared.naming))
            .map { parts, naming in parts.0 == parts.1 && naming.0 == naming.1 }
        return (last.pages.keys, months, last.shared.documents == shared.documents,
                last.shared.regionNotices || shared.regionNotices)
    }

    /// The last key of the page at `position` when it may keep it; nil: hash it.
    func lastKey(at position: Int) -> Digest32? {
        guard let kept, let key = kept.keys[position] else { return nil }
        switch plan.pages[position].kind {
        case .rosterTownship(let month, _), .rosterVillage(let month, _):
            // They list the notices that name their region.
            return kept.months[month] && (kept.documents || !kept.regionNotices) ? key : nil
        case .rosterMonth(let month), .printVillage(let month, _),
             .printTownship(let month, _), .printCards(let month, _), .rosterTotals(let month), .rosterHouseholds(let month, _):
            return kept.months[month] ? key : nil
        case .document:
            return kept.documents ? key : nil
        case .notFound, .standards, .supervision, .search:
            return key  // the site-wide parts and the template alone
        case .home, .documentList, .rosterArchive, .regionHistory, .regionDirectory, .feed, .sitemap, .robots, .rosterTotalsAll:
            return nil
        }
    }

    func key(of page: Page) -> Digest32? {
        var key = KeyBuilder()
        key.add("global", digest: global)
        key.add("path", page.outputPath)
        key.add("standalone", flag: page.standalone)
        key.add("noindex", flag: page.noindex)
        if let template = page.template {
            guard let digest = theme.templateDigests[template] else { return nil }
            key.add("template", digest)
        } else {
            key.add("template", "-")
        }
        let months = plan.rosters.months
        /// The notice, and the month's summary where the template reads it.
        func monthParts(_ position: Int) -> RosterKeyParts.Month? {
            let month = rosters.months[position]
            guard month.keyed else { return nil }
            key.add("notice", digest: month.notice)
            // Whether it names its households: it changes with a new month (retention) and with
            // the build's date (停保 after the notice period), not with any input of the month.
            key.add("names", number: Int(plan.naming.state(position).rawValue))
            // A correction's last `after` is the month's totals.
            if readsMonthSummary[page.template ?? ""] ?? true || !months[position].month.notice.corrections.isEmpty {
                key.add("summary", digest: month.summary)
            }
            return month
        }
        /// The notices that name `code` or a region above it: each one's file and place.
        func regionNotices(_ code: RegionCode) -> Bool {
            for position in plan.regionNotices.notices(for: code) {
                let notice = plan.notices[position]
                guard let own = inputs["content/" + notice.contentPath] else { return false }
                key.add("region-notice", own)
                key.add("at", SitePlan.outputPath(of: notice))
            }
            return true
        }
        func region(_ position: Int, _ code: RegionCode) -> Bool {
            guard let month = monthParts(position) else { return false }
            switch code.level {
            case .village:
                guard let digest = month.villages[code] else { return false }
                key.add("village", digest: digest)
            case .township:
                guard let digest = month.townships[code] else { return false }
                key.add("township", digest: digest)
            default:
                guard month.keyed else { return false }
                key.add("whole", digest: month.whole)
            }
            return true
        }
        switch page.kind {
        case .rosterMonth(let position):
            guard rosters.months[position].keyed else { return nil }
            key.add("whole", digest: rosters.months[position].whole)
            key.add("before", month: position > 0 ? months[position - 1].month.month : nil)
            key.add("after", month: position + 1 < months.count ? months[position + 1].month.month : nil)
        case .rosterTownship(let position, let township):
            guard region(position, township), regionNotices(township) else { return nil }
        case .printTownship(let position, let township):
            guard region(position, township) else { return nil }
        case .printVillage(let position, let village):
            guard region(position, village) else { return nil }
        case .printCards(let position, let code):
            guard region(position, code) else { return nil }
        case .rosterHouseholds(let position, let village):
            guard region(position, village) else { return nil }
        case .rosterTotals(let position):
            guard rosters.months[position].keyed else { return nil }
            key.add("whole", digest: rosters.months[position].whole)
        case .rosterTotalsAll:
            for position in months.indices {
                guard rosters.months[position].keyed else { return nil }
                key.add("month", month: months[position].month.month)
                key.add("whole", digest: rosters.months[position].whole)
            }
        case .rosterVillage(let position, let village):
            guard region(position, village), regionNotices(village) else { return nil }
            let positions = plan.rosters.monthsByVillage[village] ?? []
            guard let at = positions.firstIndex(of: position) else { return nil }
            key.add("before", month: at > 0 ? months[positions[at - 1]].month.month : nil)
            key.add("after", month: at + 1 < positions.count ? months[positions[at + 1]].month.month : nil)
        case .regionHistory(let village):
            for position in plan.rosters.monthsByVillage[village] ?? [] {
                let totals = months[position].totals(of: village)
                key.add("month", month: months[position].month.month)
                key.add("households", number: totals.households)
                key.add("persons", number: totals.persons)
                key.add("amount", number: totals.amount.value)
            }
            if let successor = plan.regions[village]?.successor {
                key.add("successor-history", flag: plan.rosters.monthsByVillage[successor] != nil)
            }
            guard regionNotices(village) else { return nil }
        case .regionDirectory:
            // Which villages have a history page, and the month of each one's latest roster page.
            for village in plan.rosters.villages {
                key.add("village", village.digits)
                key.add("latest", month: plan.rosters.monthsByVillage[village]?.last.map { months[$0].month.month })
            }
        case .document(let kind, let index):
            let document = plan.document(kind, index: index)
            guard let own = inputs["content/" + document.contentPath] else { return nil }
            key.add("document", own)
            key.add("links", digest: links)
            // Its attachments: their names, types and sizes are listed, images' sizes on their `<img>`.
            for path in plan.extras.byDocument[document.sourcePath] ?? [] {
                key.add(dynamic: path, inputs["content/" + path] ?? "-")
            }
            // The generated pages and static files it links to as written (one gone: rendered again, an error).
            for path in plan.extras.linkedPages[document.sourcePath] ?? [] { key.add("page", path) }
            // 政策解读 both ways: the other documents' titles and places are on the page.
            for related in plan.interpreted(by: document) + plan.interpretations(of: document) {
                key.add(dynamic: related.sourcePath, inputs[related.sourcePath] ?? "-")
            }
        case .home:
            key.add("documents", digest: documents)
            if let last = months.indices.last {
                guard rosters.months[last].keyed else { return nil }
                key.add("latest", months[last].month.month.description)
                key.add("summary", digest: rosters.months[last].summary)
            }
        case .documentList, .feed:
            key.add("documents", digest: documents)
        case .rosterArchive:
            guard let archive else { return nil }
            key.add("archive", digest: archive)
        case .sitemap:
            guard let sitemap else { return nil }
            key.add("documents", digest: documents)
            key.add("pages", digest: sitemap)
        case .notFound, .standards, .supervision, .search:
            break
        case .robots:
            return nil
        }
        return key.digest32()
    }

    /// Where every document is published and which are drafts left out.
    private static func linksDigest(_ plan: SitePlan) -> [UInt8] {
        var key = KeyBuilder()
        for (content, output) in plan.links.outputByContentPath.sorted(by: { $0.key.utf8Precedes($1.key) }) {
            key.add(dynamic: content, output)
        }
        for draft in plan.links.draftContentPaths.sorted(by: { $0.utf8Precedes($1) }) {
            key.add("draft", draft)
        }
        // Which files a link may name: a link to one that is gone is an error on the next render.
        for file in plan.links.contentFiles.sorted(by: { $0.utf8Precedes($1) }) { key.add("file", file) }
        for file in plan.links.staticFiles.sorted(by: { $0.utf8Precedes($1) }) { key.add("static", file) }
        return key.digestBytes()
    }
}

extension PageKeys {
    /// The key of the theme's assets as the preview keeps them (`RenderMemory.assets`): the
    /// program, the site-wide inputs (the privacy scan's context: site.yaml, known names, regions)
    /// and every input under the assets folder, path and digest. nil when the folder has no input
    /// (an unusual theme: its assets are read every time).
    static func themeAssets(theme: Theme, inputs: [String: String], order: [String]? = nil, engine: String) -> String? {
        let order = order ?? inputs.keys.sorted { $0.utf8Precedes($1) }
        let folder = theme.assetsFolder.folder + "/"
        var key = KeyBuilder(capacity: 4096)
        key.add("engine", engine)
        var assets = 0
        for path in order {
            guard let digest = inputs[path] else { continue }
            if path.hasPrefix(folder) {
                key.add(dynamic: path, digest)
                assets += 1
            } else if !(path.hasPrefix("content/rosters/") || path.hasPrefix("content/articles/") || path.hasPrefix("content/notices/")
                        || path.hasPrefix("templates/") || path.hasPrefix("themes/")) {
                key.add(dynamic: path, digest)
            }
        }
        return assets == 0 ? nil : key.digest()
    }
}
