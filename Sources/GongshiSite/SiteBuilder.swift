import Foundation
import Dispatch
import GongshiCore

/// Runs the five stages (load → audit → plan → render → publish) for `gongshi build`.
public enum SiteBuilder {
    public struct Options: Sendable {
        public var siteFolder: URL
        public var outputFolder: URL
        public var includeDrafts: Bool
        /// Reuse unchanged pages of the current output (`BuildCache`); false: `--no-cache`.
        public var useCache: Bool
        /// The process ends soon after: the build's large values are kept, not freed (`KeptUntilExit`).
        public var keepsUntilExit: Bool
        /// Past this many roster rows in all, the months' rows are written aside and only a few
        /// months' are held in memory at once (`RowSpill`); tests lower it.
        package var rowSpillThreshold = RowSpill.defaultThreshold
        /// How many months' rows are held decoded at once once they are written aside.
        package var rowSpillKeptInMemory = RowSpill.defaultKeptInMemory
        /// `--search`: index the site with Pagefind even when `site.yaml` does not say `search: true`.
        public var search = false
        /// The Pagefind that indexes the site when search is on (`PagefindProgram.find()`); without
        /// one, a build with search fails and its staging tree is removed (`gongshi build` looks
        /// for it before anything is read or written).
        public var searchProgram: PagefindProgram?
        /// `--now`: the date `publishDate` and `expiryDate` are compared with (default: the clock),
        /// so that a build can be repeated byte for byte.
        public var now: String?

        public init(siteFolder: URL, outputFolder: URL, includeDrafts: Bool = false, useCache: Bool = true,
                    keepsUntilExit: Bool = false) {
            self.siteFolder = siteFolder
            self.outputFolder = outputFolder
            self.includeDrafts = includeDrafts
            self.useCache = useCache
            self.keepsUntilExit = keepsUntilExit
        }
    }

    public struct Report: Sendable {
        /// HTML pages written.
        public var pages: Int
        /// Every file written (pages, feed, sitemap, robots.txt, assets).
        public var files: Int
        public var warnings: [Diagnostic]
        /// Pages the build cache proved unchanged (linked, not rendered).
        public var reusedPages: Int = 0
        /// Roster files and documents the load cache proved unchanged (not parsed again).
        public var reusedInputFiles: Int = 0
        /// Roster months indexed and keyed from their summaries in the load cache
        /// (`RosterMonthSummary`), not from their rows.
        package var summarizedMonths = 0
        /// Roster months in the build.
        package var rosterMonths = 0
        /// Roster months whose household lists are withdrawn (`HouseholdNaming`), and the setting.
        public var withdrawnMonths = 0
        public var retention = RetentionSettings()
        /// Roster months whose rows were read (parsed, or decoded from the load cache because a
        /// stage needed them); the others were known from their summaries and linked pages alone.
        package var monthsWithRowsRead = 0
        /// Roster months whose rows were written aside (`RowSpill`, at province scale), and how
        /// many times months' rows were decoded after it held them.
        package var monthsWrittenAside = 0
        package var rowDecodings = 0
    }

    public enum Failure: Error, Sendable {
        /// Content errors (exit 1): nothing was published.
        case content([Diagnostic])
        /// The output could not be written (exit 1): the previous output is untouched.
        case output(Message, warnings: [Diagnostic])
    }

    /// What load, audit and plan made of a site folder: shared by build, check and print.
    struct Prepared {
        let plan: SitePlan
        let theme: Theme
        /// Warnings so far (an error would have been thrown).
        let warnings: [Diagnostic]
    }

    /// Load → audit → plan, and the theme with every template the plan (and `extraTemplates`) needs.
    /// Throws every error found, warnings included.
    static func prepare(
        siteFolder: URL, includeDrafts: Bool, extraTemplates: Set<String> = [], timer: StageTimer? = nil
    ) throws(ContentErrors) -> Prepared {
        var memory: LoadMemory?
        return try prepare(siteFolder: siteFolder, includeDrafts: includeDrafts, extraTemplates: extraTemplates,
                           reuse: nil, remember: &memory, timer: timer)
    }

    /// `prepare` for a preview: load and the per-file audits take what `reuse` holds for unchanged
    /// files and record what they made in `remember` (`LoadMemory`).
    static func prepare(
        siteFolder: URL, includeDrafts: Bool, extraTemplates: Set<String> = [], reuse: LoadReuse?,
        remember: inout LoadMemory?, rosters: RosterIndex? = nil, documents: DisplayOrder.Lists? = nil,
        summaries: RosterMonthSummaries? = nil, rowSpill: RowSpill? = nil, search: Bool = false, now: String? = nil,
        timer: StageTimer? = nil
    ) throws(ContentErrors) -> Prepared {
        var diagnostics: [Diagnostic] = []
        do throws(ContentErrors) {
            var loadOptions = ContentLoader.Options(includeDrafts: true)
            loadOptions.rowSpill = rowSpill
            let (content, loadWarnings) = try ContentLoader.load(
                siteFolder: siteFolder, options: loadOptions, reuse: reuse, remember: &remember)
            diagnostics += loadWarnings
            timer?.lap("load")
            // Left out: drafts, and documents before their publishDate or after their expiryDate
            // (`now`: `build --now`, or the clock). Links to them are errors, like links to drafts.
            var nowSeconds = Int64(Date().timeIntervalSince1970)
            if let now {
                guard let date = DateParser.parse(now, timeZone: content.config.timeZone) else {
                    throw ContentErrors([.error(SourceLocation(file: "--now"), Messages.invalidNow)])
                }
                nowSeconds = date.epochSeconds
            }
            let leftOut = { (document: Document) in (!includeDrafts && document.draft) || document.isScheduledOut(at: nowSeconds) }
            let drafts = content.documents.filter(leftOut)
            var published = content
            if search { published.config.search = true }
            published.articles.removeAll(where: leftOut)
            published.notices.removeAll(where: leftOut)
            diagnostics += DocumentAudit.audit(published)
            diagnostics += RosterAudit.audit(published, memory: &remember)
            diagnostics += PrivacyAudit.audit(published, memory: &remember)
            timer?.lap("audit")
            // A month's summary is used only when the load holds the month whole (its rows are
            // those of the files the summary's key was worked out from).
            let usable = summaries?.restricted(to: published.months.map(\.month)) { remember?.holdsWholeMonth($0) ?? false }
            var plan = SitePlanner.plan(published, draftContentPaths: Set(drafts.map(\.contentPath)), reusing: rosters,
                                        lastDocuments: documents, summaries: usable, now: nowSeconds)
            let required = Set(plan.pages.compactMap(\.template)).union(extraTemplates)
            let theme = try ThemeLoader.load(siteFolder: siteFolder, config: content.config, requiredTemplates: required)
                .compiled(for: plan, templates: required)
            diagnostics += UnknownFrontMatterKeys.warnings(for: plan.articles + plan.notices, theme: theme)
            timer?.lap("plan")
            let (extras, extrasWarnings) = try PublishedExtras.collect(
                plan: plan, contentFiles: published.contentFiles, staticFiles: published.staticFiles,
                files: SiteFiles(siteFolder: siteFolder, limits: content.config.limits), themeAssets: theme.assetsFolder)
            plan.extras = extras
            diagnostics += extrasWarnings
            timer?.lap("attachments")
            if diagnostics.hasErrors { throw ContentErrors(diagnostics) }
            return Prepared(plan: plan, theme: theme, warnings: diagnostics)
        } catch {
            throw ContentErrors((diagnostics + error.diagnostics).uniqued().sortedForDisplay())
        }
    }

    /// Render → the output privacy scan → the theme's assets, for the pages of `plan`, in memory,
    /// on every core. Pages whose key (`PageKeys`) matches `memory` are taken from it, unscanned
    /// (they passed the same scan when they were rendered). Returns the files, the diagnostics of
    /// these steps (the caller decides whether errors stop it), the memory for the next run and
    /// how many pages were taken from `memory`.
    static func renderScanned(
        _ plan: SitePlan, theme: Theme, keys: [Digest32?]? = nil, assetsKey: String? = nil, memory: RenderMemory = RenderMemory(),
        progress: (@Sendable (Int, Int) -> Void)? = nil, timer: StageTimer? = nil
    ) throws(ContentErrors) -> (files: [OutputFile], pages: Int, diagnostics: [Diagnostic], memory: RenderMemory, reused: Int) {
        let pages = plan.pages
        let scanner = OutputPrivacyGate.Scanner(context: plan.privacy, reviewedFiles: plan.config.reviewedFiles)
        let kept = memory.pages
        // Each page's place among the kept ones when its key is theirs, else -1 (to render).
        var keptAt = [Int](repeating: -1, count: pages.count)
        var pending: [Int] = []
        if let keys {
            for (index, position) in kept.positions(of: pages).enumerated() {
                if let position, let key = keys[index], kept.keys[position] == key { keptAt[index] = position } else { pending.append(index) }
            }
        } else {
            pending = Array(pages.indices)
        }
        let toRender = pending
        // Positions in `toRender`, in the order to render them.
        let order = RenderOrder.of(toRender.map { pages[$0] })
        let slots = IndexedResults<(file: OutputFile, found: [Diagnostic], keepable: Bool)>(count: toRender.count)
        let counter = ProgressCounter()
        let views = PageViews(plan: plan, sharing: order.map { pages[toRender[$0]] }, documentSchemas: theme.documentSchemas)
        DispatchQueue.concurrentPerform(iterations: order.count) { step in
            let slot = order[step]
            let (file, diagnostics) = SiteRenderer.renderPage(pages[toRender[slot]], views: views, theme: theme)
            let found = diagnostics + scanner.scan(file)
            // Kept under its key only when rendering said nothing and the scan found no error.
            slots.set(slot, (file, found, diagnostics.isEmpty && !found.hasErrors))
            if let progress { progress(counter.increment(), order.count) }
        }
        let renderedSlots = slots.values()
        var files: [OutputFile] = []
        files.reserveCapacity(pages.count)
        var diagnostics: [Diagnostic] = []
        var next = RenderMemory()
        next.pages.pages = pages
        next.pages.keys.reserveCapacity(pages.count)
        var nextSlot = 0  // `toRender` is in page order
        for index in pages.indices {
            if keptAt[index] >= 0 {
                files.append(kept.files[keptAt[index]])
                next.pages.keys.append(keys?[index])
                continue
            }
            let slot = renderedSlots[nextSlot]
            nextSlot += 1
            files.append(slot.file)
            diagnostics += slot.found
            next.pages.keys.append(slot.keepable ? keys?[index] : nil)
        }
        next.pages.files = files
        let rendered = files.count { $0.path.hasSuffix(".html") }
        timer?.lap("render")  // with the memory for the next run, so that `assets` is the assets alone
        if diagnostics.hasErrors { return (files, 0, diagnostics, memory, 0) }
        // The theme's assets, read and scanned again only when one of them (or what the scan
        // knows) changed: byte for byte what reading them gives, with the same findings.
        let assets: [OutputFile]
        let assetFindings: [Diagnostic]
        if let assetsKey, let kept = memory.assets, kept.key == assetsKey {
            (assets, assetFindings) = (kept.files, kept.findings)
        } else {
            assets = try ThemeAssets.collect(from: theme.assetsFolder)
            assetFindings = assets.flatMap { scanner.scan($0) }
        }
        if let assetsKey, !assetFindings.hasErrors { next.assets = (assetsKey, assets, assetFindings) }
        diagnostics += assetFindings
        // Attachments and static files: read, cleaned and checked by `prepare`, scanned here.
        let extras = plan.extras.files
        diagnostics += extras.flatMap { scanner.scan($0) }
        if let missing = missingPartyMark(plan.config, assets: assets + extras) { diagnostics.append(missing) }
        timer?.lap("assets")
        return (files + assets + extras, rendered, diagnostics, next, pages.count - toRender.count)
    }

    /// Builds the site in memory, from load to render, without writing anything.
    public static func render(
        siteFolder: URL, includeDrafts: Bool, progress: (@Sendable (Int, Int) -> Void)? = nil, timer: StageTimer? = nil
    ) throws(Failure) -> (files: [OutputFile], pages: Int, warnings: [Diagnostic]) {
        let result = try render(siteFolder: siteFolder, includeDrafts: includeDrafts, memory: nil, progress: progress, timer: timer)
        return (result.files, result.pages, result.warnings)
    }

    /// `render` for a preview that keeps its last build (`memory`): pages whose inputs did not
    /// change are taken from it instead of rendered again. nil: render everything, keep nothing.
    public static func render(
        siteFolder: URL, includeDrafts: Bool, memory: RenderMemory?,
        progress: (@Sendable (Int, Int) -> Void)? = nil, timer: StageTimer? = nil
    ) throws(Failure) -> (files: [OutputFile], pages: Int, warnings: [Diagnostic], memory: RenderMemory, reused: Int) {
        try render(siteFolder: siteFolder, includeDrafts: includeDrafts, memory: memory, changes: .unknown,
                   progress: progress, timer: timer)
    }

    /// `render` with what the preview's watcher knows of the changes since `memory` was made:
    /// with `.only`, the inputs are not listed again, only the named paths looked at.
    package static func render(
        siteFolder: URL, includeDrafts: Bool, memory: RenderMemory?, changes: InputChanges,
        progress: (@Sendable (Int, Int) -> Void)? = nil, timer: StageTimer? = nil
    ) throws(Failure) -> (files: [OutputFile], pages: Int, warnings: [Diagnostic], memory: RenderMemory, reused: Int) {
        var diagnostics: [Diagnostic] = []
        let early = memory.map { digestBeforeLoading(siteFolder: siteFolder, known: $0.inputs, last: $0.lastInputs, changes: changes) }
        var loadMemory: LoadMemory?
        var reuse: LoadReuse?
        var fingerprint: LoadFingerprint.Known?
        if let memory, let early, case .success(let digest)? = early.result {
            let value = LoadFingerprint.of(digest, includeDrafts: includeDrafts, updating: memory.lastInputs?.loadFingerprint,
                                           changed: early.updatedAt)
            fingerprint = LoadFingerprint.Known(value: value, includeDrafts: includeDrafts, digest: digest)
            (reuse, loadMemory) = LoadFingerprint.reuse(of: memory.load, digest: digest, fingerprint: value)
            if let changed = early.updatedAt { reuse?.onlyChanged(changed) }
        }
        timer?.lap("inputs")
        do throws(ContentErrors) {
            let prepared = try prepare(siteFolder: siteFolder, includeDrafts: includeDrafts, reuse: reuse,
                                       remember: &loadMemory, rosters: memory?.rosters, documents: memory?.documents,
                                       timer: timer)
            diagnostics += prepared.warnings
            var keys: [Digest32?]?
            var assetsKey: String?
            var records = InputRecords()
            var lastInputs: RenderMemory.LastInputs?
            var keyParts: RosterKeyParts?
            var keyShared: PageKeys.SharedParts?
            var keptKeys = 0
            if let early, let memory {
                do {
                    let inputs = try early.digest(of: prepared, siteFolder: siteFolder.standardizedFileURL.path, known: memory.inputs)
                    records = inputs.records
                    // The fingerprint goes with the digest it was taken of (not one taken later,
                    // for a theme site.yaml changed to meanwhile).
                    let known = early.covers(prepared) ? fingerprint : nil
                    lastInputs = RenderMemory.LastInputs(theme: prepared.plan.config.theme, digest: inputs, loadFingerprint: known)
                    let last = memory.keyParts.flatMap { parts in memory.rosters.map { RosterKeyParts.Last(parts: parts, rosters: $0) } }
                    let lastKeys = memory.keyShared.flatMap { shared in
                        last.map { PageKeys.LastKeys(pages: memory.pages, shared: shared, rosters: $0) }
                    }
                    let computed = PageKeys.computeKeepingParts(
                        plan: prepared.plan, theme: prepared.theme, inputs: inputs.files, order: inputs.paths,
                        engine: EngineIdentity.current, includeDrafts: includeDrafts, reusing: last, lastKeys: lastKeys,
                        // The roster folders are updated from the last ones only with the digest
                        // updated from the last at the watcher's paths (not one taken afresh).
                        changed: early.covers(prepared) ? early.updatedAt : nil)
                    keys = computed.keys
                    keyParts = computed.rosters
                    keyShared = computed.shared
                    keptKeys = computed.keptKeys
                    assetsKey = PageKeys.themeAssets(theme: prepared.theme, inputs: inputs.files, order: inputs.paths,
                                                     engine: EngineIdentity.current)
                } catch {
                    keys = nil  // an unreadable input: render everything; the loader has judged the files
                }
            }
            timer?.lap("keys")
            let result = try renderScanned(prepared.plan, theme: prepared.theme, keys: keys, assetsKey: assetsKey,
                                           memory: memory ?? RenderMemory(),
                                           progress: progress, timer: timer)
            diagnostics += result.diagnostics
            if diagnostics.hasErrors { throw ContentErrors(diagnostics) }
            let reused = keys == nil ? 0 : result.reused
            var next = keys == nil ? RenderMemory() : result.memory
            next.inputs = records
            next.lastInputs = lastInputs
            next.load = loadMemory
            next.rosters = prepared.plan.rosters
            next.keyParts = keyParts
            next.keyShared = keyShared
            next.keptKeys = keptKeys
            next.documents = DisplayOrder.Lists(articles: prepared.plan.articles, notices: prepared.plan.notices)
            // The plan and the page keys are freed off the preview's path to its reload.
            LetGoLater.letGo((consume prepared, consume keys))
            return (result.files, result.pages, diagnostics.sortedForDisplay(), next, reused)
        } catch {
            throw .content((diagnostics + error.diagnostics).uniqued().sortedForDisplay())
        }
    }

    /// Builds and publishes, with the output manifest: pages are rendered, scanned and written
    /// into the staging tree as they are made (`SiteWriter`), unchanged ones linked from the
    /// current output (`BuildCache`). On failure nothing in the output folder changes (except in
    /// the rare fallback failure whose message says where the old site went).
    public static func build(
        _ options: Options, progress: (@Sendable (Int, Int) -> Void)? = nil, timer: StageTimer? = nil
    ) throws(Failure) -> Report {
        Publisher.restoreInterrupted(output: options.outputFolder, siteFolder: options.siteFolder)
        let sitePath = options.siteFolder.standardizedFileURL.path
        var diagnostics: [Diagnostic] = []
        let place = PublishPlace(output: options.outputFolder, siteFolder: options.siteFolder)
        var cache = BuildCache()
        if options.useCache {
            switch BuildCache.load(siteFolder: place.site, output: place.output) {
            case .found(let found): cache = found
            case .missing: break
            case .unusable:
                diagnostics.append(.warning(SourceLocation(file: BuildCache.folder), Messages.buildCacheDiscarded))
            }
        }
        timer?.lap("build cache")  // the build cache read (and a killed build's output put back)
        // The load cache is read and decoded beside the input digest (neither needs the other:
        // the digest reads the build cache's records; which cached results apply is decided after).
        let loadCacheRead = IndexedResults<LoadCache.Read>(count: 1)
        let reading = DispatchGroup()
        if options.useCache {
            let site = place.site
            DispatchQueue.global().async(group: reading) { loadCacheRead.set(0, LoadCache.read(siteFolder: site)) }
        }
        let early = digestBeforeLoading(siteFolder: options.siteFolder, known: cache.inputs)
        reading.wait()
        let cacheRead = loadCacheRead.values().first ?? LoadCache.Read()
        var kept = cacheRead.memory
        if cacheRead.damaged {
            diagnostics.append(.warning(SourceLocation(file: BuildCache.folder), Messages.loadCacheDiscarded))
        }
        // Unchanged roster files are taken from the load cache (keyed by the digest just taken).
        var reuse: LoadReuse?
        var loadMemory: LoadMemory?
        var reusedInputFiles = 0
        // The last plan's document order, as the documents it was made from: only a hint (the
        // plan checks each place against the documents as loaded now), so used whatever the fingerprint.
        let lastDocuments = kept.flatMap { memory in
            memory.listedOrder?.documents(in: memory).map { DisplayOrder.Lists(articles: $0.articles, notices: $0.notices) }
        }
        var summaries: RosterMonthSummaries?
        if case .success(let digest)? = early.result {
            (reuse, loadMemory) = LoadFingerprint.reuse(of: kept, digest: digest, includeDrafts: options.includeDrafts)
            if let fingerprint = loadMemory?.fingerprint {
                summaries = RosterMonthSummaries(
                    candidates: cacheRead.months.compactMapValues { record in
                        // With the rows part it was written with (the one the rows were decoded from).
                        record.fingerprint == fingerprint && record.rowsPart == cacheRead.rowsParts[LoadCache.part(ofMonth: record.summary.month)]
                            ? record.summary : nil
                    },
                    engine: EngineIdentity.current, fingerprint: fingerprint,
                    folders: RosterMonthFolders(inputs: digest.files, order: digest.paths, digested: true))
            }
        }
        timer?.lap("inputs")  // the inputs listed and hashed (only the changed ones), the load cache read
        let prepared: Prepared
        let inputs: InputDigest.Result
        let assets: [OutputFile]
        // The load cache is written on a thread of its own while the assets are read and the
        // page keys made (it is mostly one core's encoding), and let go there: the memory holds
        // a second copy of every row, which the render stage's peak need not carry.
        let saving = DispatchGroup()
        let savedParts = IndexedResults<[String: Digest32]>(count: 1)
        let rowSpill = RowSpill(siteFolder: place.site, threshold: options.rowSpillThreshold,
                                keptInMemory: options.rowSpillKeptInMemory)
        do throws(ContentErrors) {
            prepared = try prepare(siteFolder: options.siteFolder, includeDrafts: options.includeDrafts, reuse: reuse,
                                   remember: &loadMemory, documents: lastDocuments, summaries: summaries,
                                   rowSpill: rowSpill, search: options.search, now: options.now, timer: timer)
            loadMemory?.listedOrder = ListedOrder(articles: prepared.plan.articles.map(\.sourcePath),
                                                  notices: prepared.plan.notices.map(\.sourcePath))
            let toSave = IndexedResults<(LoadMemory?, LoadMemory?)>(count: 1), site = place.site
            toSave.set(0, (loadMemory, kept))
            let readParts = cacheRead.rowsParts, readByPart = cacheRead.parts, spilling = rowSpill.isWritingAside
            DispatchQueue.global().async(group: saving) {
                if let (memory, read) = toSave.values().first {
                    savedParts.set(0, LoadCache.save(memory, read: read, readParts: readParts, readByPart: readByPart,
                                                     siteFolder: site, oneAtATime: spilling))
                }
                toSave.set(0, (nil, nil))
            }
            reusedInputFiles = loadMemory?.reusedFiles ?? 0
            (kept, reuse, loadMemory) = (nil, nil, nil)
            diagnostics += prepared.warnings
            // The theme's assets, then the attachments and static files (scanned as they are written).
            assets = try ThemeAssets.collect(from: prepared.theme.assetsFolder) + prepared.plan.extras.files
            if let missing = missingPartyMark(prepared.plan.config, assets: assets) { throw ContentErrors([missing]) }
        } catch {
            saving.wait()
            throw .content((diagnostics + error.diagnostics).uniqued().sortedForDisplay())
        }
        do {
            inputs = try early.digest(of: prepared, siteFolder: sitePath, known: cache.inputs)
            cache.inputs = InputRecords()  // consulted: the new digest's records replace them
        } catch {
            saving.wait()
            let message = error.isFolder ? Messages.inputFolderNotReadable(SystemErrorText.reason(errno: error.errno))
                : Messages.inputNotReadable(SystemErrorText.reason(errno: error.errno))
            throw .content((diagnostics + [.error(SourceLocation(file: error.path), message)]).sortedForDisplay())
        }
        // A month the output's last build published whose roster changed since needs its correction.
        let publishedMonths = PublishedMonth.all(in: prepared.plan, files: inputs.files, order: inputs.paths)
        let corrections = CorrectionCheck.diagnostics(
            current: publishedMonths, baseline: CorrectionCheck.baseline(output: options.outputFolder), plan: prepared.plan,
            today: ContentDate(epochSeconds: options.now.flatMap { DateParser.parse($0, timeZone: prepared.plan.config.timeZone)?.epochSeconds }
                                   ?? Int64(Date().timeIntervalSince1970), timeZone: prepared.plan.config.timeZone).isoDay)
        diagnostics += corrections
        if corrections.hasErrors {
            saving.wait()
            throw .content(diagnostics.uniqued().sortedForDisplay())
        }
        // Summaries' key parts only with the inputs their keys were checked against.
        let keyedSummaries = early.covers(prepared) ? summaries : nil
        let computed = PageKeys.computeKeepingParts(
            plan: prepared.plan, theme: prepared.theme, inputs: inputs.files, order: inputs.paths,
            engine: EngineIdentity.current, includeDrafts: options.includeDrafts, summaries: keyedSummaries)
        let (keys, keyParts) = (computed.keys, computed.rosters)
        saving.wait()
        if let keyedSummaries, let rowsParts = savedParts.values().first {
            LoadCache.saveMonths(RosterMonthSummary.made(from: prepared.plan.rosters, parts: keyParts),
                                 fingerprint: keyedSummaries.fingerprint, rowsParts: rowsParts, read: cacheRead.months,
                                 siteFolder: place.site)
        }
        let summarizedMonths = keyParts.summarizedMonths
        timer?.lap("keys")

        let tree: StagingTree
        do {
            let pages = prepared.plan.pages
            tree = try StagingTree.open(output: options.outputFolder, siteFolder: options.siteFolder,
                                        paths: (0..<(pages.count + assets.count)).lazy.map {
                                            $0 < pages.count ? pages[$0].outputPath : assets[$0 - pages.count].path
                                        },
                                        reusingPrevious: options.useCache)
        } catch {
            throw .output(error.message, warnings: diagnostics.sortedForDisplay() + error.warnings)
        }
        let writer = SiteWriter(plan: prepared.plan, theme: prepared.theme, tree: tree, keys: keys, progress: progress)
        // The last build's cache goes to the writer, which lets it go once the unchanged pages are linked.
        var written = writer.run(assets: assets, previous: &cache)
        timer?.lap("render")
        diagnostics += written.diagnostics
        if diagnostics.hasErrors {
            let leftover = tree.abandon()
            throw .content((diagnostics + leftover).uniqued().sortedForDisplay())
        }
        let warnings = diagnostics.sortedForDisplay()
        if let failure = written.failure {
            throw .output(failure.message, warnings: warnings + tree.abandon())
        }
        var manifestEntries: [OutputManifest.Entry] = []
        manifestEntries.reserveCapacity(written.outcomes.count)
        var searchWarnings: [Diagnostic] = []
        if prepared.plan.config.search {
            let search = try indexForSearch(prepared.plan, into: tree, program: options.searchProgram, warnings: warnings)
            manifestEntries += search.entries
            searchWarnings = search.warnings
            timer?.lap("search")
        }
        var unfinished: [String] = []
        var next = BuildCache()
        next.inputs = inputs.records
        next.entries.reserveCapacity(written.outcomes.count)
        var pages = 0, reusedPages = 0
        for (index, outcome) in written.outcomes.enumerated() {
            let path = written.path(index)
            guard let outcome else {
                unfinished.append(path)
                continue
            }
            manifestEntries.append(.init(path: path, size: outcome.size, sha256: outcome.sha256))
            if outcome.keepsKey, index < keys.count, let key = keys[index] {
                next.entries.append(.init(key: key, sha256: outcome.sha256, stamp: outcome.stamp))
            }
            // Pages as `pages` counts them: HTML (the feed and sitemap have keys too).
            if index < prepared.plan.pages.count, path.hasSuffix(".html") {
                pages += 1
                if outcome.reused { reusedPages += 1 }
            }
        }
        let files = manifestEntries.count
        written.outcomes = []  // all in the manifest and the next cache now
        next.sortByKey()
        let manifest = OutputManifest(version: GongshiVersion.current, inputDigest: inputs.digest, months: publishedMonths,
                                      entries: consume manifestEntries)
        // The next build's cache is written aside while the tree is put on disk, swapped in and
        // the old one removed; it is put in place only once the publish has succeeded (it
        // describes the new output). (On a thread of its own: the publish's old-tree removal
        // runs on every core, which a nested `concurrentPerform` would not.)
        let savedAside = IndexedResults<BuildCache.Aside>(count: 1)
        let cacheSaving = DispatchGroup()
        let cacheToSave = next, cacheSite = place.site, output = place.output
        DispatchQueue.global().async(group: cacheSaving) {
            savedAside.set(0, cacheToSave.writeAside(siteFolder: cacheSite, output: output))
        }
        let publishWarnings: [Diagnostic]
        do {
            publishWarnings = try tree.finish(manifest: manifest, unfinished: unfinished)
            timer?.lap("publish")
        } catch {
            cacheSaving.wait()
            savedAside.values().first?.discard()
            // When the old output could not be put back, the message says where it is now.
            throw .output(error.message, warnings: warnings + error.warnings)
        }
        cacheSaving.wait()
        var cacheWarnings: [Diagnostic] = []
        if let code = savedAside.values().first?.commit() {
            cacheWarnings.append(.warning(SourceLocation(file: BuildCache.folder),
                                          Messages.buildCacheNotSaved(SystemErrorText.reason(errno: code))))
        }
        if options.keepsUntilExit { KeptUntilExit.keep(prepared, next, written, keys, inputs, writer, manifest) }
        var report = Report(pages: pages, files: files, warnings: warnings + searchWarnings + publishWarnings + cacheWarnings,
                            reusedPages: reusedPages, reusedInputFiles: reusedInputFiles)
        report.summarizedMonths = summarizedMonths
        report.rosterMonths = prepared.plan.rosters.months.count
        report.withdrawnMonths = prepared.plan.naming.withdrawnCount
        report.retention = prepared.plan.naming.retention
        report.monthsWithRowsRead = prepared.plan.rosters.months.count { $0.month.rows.wereRead }
        (report.monthsWrittenAside, report.rowDecodings) = rowSpill.counts
        return report
    }
}

extension SiteBuilder {
    /// The input digest taken before the load stage reads the files, for the theme `site.yaml`
    /// names at that moment. Hashing first is what keeps the build cache honest: a file saved
    /// while the build runs is then loaded as new or newer than it was hashed, so the next build
    /// sees a changed digest and renders its pages again, never keeps pages made from content
    /// newer than their key. Nil when `site.yaml` cannot be read (the load stage says why).
    static func digestBeforeLoading(siteFolder: URL, known: InputRecords) -> EarlyInputDigest {
        guard let theme = try? SiteConfigLoader.load(siteFolder: siteFolder).theme else { return EarlyInputDigest(theme: nil, result: nil) }
        let result = Result { () throws(InputDigest.Failure) in
            try InputDigest.files(siteFolder: siteFolder.standardizedFileURL.path, theme: theme, known: known)
        }
        return EarlyInputDigest(theme: theme, result: result)
    }
}

extension SiteBuilder {
    /// `digestBeforeLoading` for a preview rebuild: when the watcher vouches for the changes and
    /// the last rebuild's digest is for the theme in use, that digest updated for the changed
    /// paths alone (`InputDigest.updating`); otherwise (or when it declines) the full listing.
    static func digestBeforeLoading(
        siteFolder: URL, known: InputRecords, last: RenderMemory.LastInputs?, changes: InputChanges
    ) -> EarlyInputDigest {
        if case .only(let changed) = changes, let last {
            let theme = changed.contains("site.yaml") ? (try? SiteConfigLoader.load(siteFolder: siteFolder).theme) : last.theme
            if theme == last.theme, let updated = InputDigest.updating(
                last.digest, theme: last.theme, siteFolder: siteFolder.standardizedFileURL.path, changed: changed) {
                return EarlyInputDigest(theme: last.theme, result: .success(updated), updatedAt: changed)
            }
        }
        return digestBeforeLoading(siteFolder: siteFolder, known: known)
    }
}

/// An input digest taken before loading (`SiteBuilder.digestBeforeLoading`), and its failure kept
/// until the load stage has said what it found (its messages come first, as they always have).
struct EarlyInputDigest {
    let theme: String?
    let result: Result<InputDigest.Result, InputDigest.Failure>?
    /// When the digest is the last rebuild's updated at these paths alone (`InputDigest.updating`),
    /// the paths; nil for a full listing.
    var updatedAt: Set<String>? = nil

    /// Whether `digest(of:)` gives this digest (taken for the theme the loaded site uses).
    func covers(_ prepared: SiteBuilder.Prepared) -> Bool {
        result != nil && theme == prepared.plan.config.theme
    }

    /// The early digest when it covered the theme the loaded site uses; otherwise (site.yaml was
    /// unreadable or changed its theme meanwhile) one taken now.
    func digest(of prepared: SiteBuilder.Prepared, siteFolder: String, known: InputRecords) throws(InputDigest.Failure) -> InputDigest.Result {
        if let result, covers(prepared) { return try result.get() }
        return try InputDigest.files(siteFolder: siteFolder, theme: prepared.plan.config.theme, known: known)
    }
}

/// What a preview keeps of its last build between rebuilds: each keyed page's key and bytes.
public struct RenderMemory: Sendable {
    var pages = KeptPages()
    /// The inputs' stamps and digests, so the next rebuild reads only the files that changed.
    var inputs = InputRecords()
    /// Each roster file's, month's and document's load and audit results (`LoadMemory`).
    var load: LoadMemory?
    /// The theme's assets as read and scanned, under their key (`PageKeys.themeAssets`).
    var assets: (key: String, files: [OutputFile], findings: [Diagnostic])?
    /// The last plan's roster index: months made from the same arrays are not indexed again.
    var rosters: RosterIndex?
    /// The roster months' key parts made with `rosters`: a month indexed from the same arrays with
    /// the same inputs takes its part from here (`RosterKeyParts.Last`).
    var keyParts: RosterKeyParts?
    /// The site-wide parts of the last page keys: with `pages` and `keyParts`, what lets a page
    /// whose parts are all the same keep its key (`PageKeys.LastKeys`).
    var keyShared: PageKeys.SharedParts?
    /// How many page keys the rebuild that made this memory kept from the one before (for tests).
    var keptKeys = 0
    /// The last plan's articles and notices in display order: the next plan places only the
    /// documents whose date, title or slug changed (`DisplayOrder`), not sorts them all again.
    var documents: DisplayOrder.Lists?
    /// The last rebuild's input digest and the theme it covered, for the next one to update
    /// rather than list every input again (`InputChanges`).
    var lastInputs: LastInputs?

    struct LastInputs: Sendable {
        let theme: String
        let digest: InputDigest.Result
        /// The load fingerprint of `digest` (`LoadFingerprint`), for the next rebuild to update.
        var loadFingerprint: LoadFingerprint.Known? = nil
    }

    public init() {}
}

extension Array where Element == Diagnostic {
    /// Drops repeats, keeping the first of each.
    func uniqued() -> [Diagnostic] {
        var seen: Set<Diagnostic> = []
        return filter { seen.insert($0).inserted }
    }
}
