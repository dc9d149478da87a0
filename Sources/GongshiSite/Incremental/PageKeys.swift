import GongshiCore

/// What each page's bytes depend on, as one digest per page: the build cache re-renders a page
/// only when its key changes. A key covers everything the page's rendering reads, so a page with
/// an unchanged key renders to the same bytes:
///
/// - every page: the program (`engine`: version and executable), whether drafts are included, the
///   site-wide inputs (`site.yaml`, known names, `content/regions.csv`, standards, anything in
///   `content/` outside rosters, articles and notices), whether the site has rosters and standards
///   (the navigation shows them), the page's path and its template with every partial and parent
///   it reaches;
/// - a roster month's pages (village, township, month, print): that month's roster folder and the
///   month before it (changes are counted against it), and the months its pager links to;
/// - a village's history: its totals in every month and its successor;
/// - a document: its own file and the table of document links (a link to another document
///   depends on where that one is published).
///
/// Pages that read the whole site (home, lists, archive, standards, 404, feed, sitemap, robots)
/// get no key: they are always rendered, as is a page whose rendering gave warnings (so that
/// warnings are shown on every build).
enum PageKeys {
    /// - Parameter order: the paths of `inputs` in byte order, when the caller has them (else sorted here).
    static func compute(
        plan: SitePlan, theme: Theme, inputs: [String: String], order: [String]? = nil, engine: String, includeDrafts: Bool
    ) -> [String?] {
        let groups = InputGroups(inputs, order: order ?? inputs.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        var global = KeyBuilder()
        global.add("engine", engine)
        global.add("drafts", includeDrafts ? "1" : "0")
        global.add("rosters", plan.rosters.months.isEmpty ? "0" : "1")
        global.add("standards", plan.standards.standards.isEmpty ? "0" : "1")
        for (path, digest) in groups.global { global.add(path, digest) }
        let globalDigest = global.digest()
        let linksDigest = Self.linksDigest(plan)
        let months = plan.rosters.months
        let monthDigests = months.map { groups.month($0.month.month.description) }

        return plan.pages.map { page -> String? in
            var key = KeyBuilder()
            key.add("global", globalDigest)
            key.add("path", page.outputPath)
            key.add("standalone", page.standalone ? "1" : "0")
            guard let template = page.template, let templateDigest = theme.templateDigests[template] else { return nil }
            key.add("template", templateDigest)
            func monthInputs(_ position: Int) {
                let month = months[position].month.month
                key.add("month", monthDigests[position])
                let previous = month.previous
                if position > 0, months[position - 1].month.month == previous {
                    key.add("previous", monthDigests[position - 1])
                } else {
                    key.add("previous", "none")
                }
            }
            switch page.kind {
            case .rosterMonth(let position):
                monthInputs(position)
                key.add("before", position > 0 ? months[position - 1].month.month.description : "-")
                key.add("after", position + 1 < months.count ? months[position + 1].month.month.description : "-")
            case .rosterTownship(let position, _), .printVillage(let position, _), .printTownship(let position, _),
                 .printCards(let position, _):
                monthInputs(position)
            case .rosterVillage(let position, let village):
                monthInputs(position)
                let positions = plan.rosters.monthsByVillage[village] ?? []
                if let at = positions.firstIndex(of: position) {
                    key.add("before", at > 0 ? months[positions[at - 1]].month.month.description : "-")
                    key.add("after", at + 1 < positions.count ? months[positions[at + 1]].month.month.description : "-")
                }
            case .regionHistory(let village):
                for position in plan.rosters.monthsByVillage[village] ?? [] {
                    let totals = months[position].totals(of: village)
                    key.add(months[position].month.month.description,
                            "\(totals.households)/\(totals.persons)/\(totals.amount.value)")
                }
                if let successor = plan.regions[village]?.successor {
                    key.add("successor-history", plan.rosters.monthsByVillage[successor] == nil ? "0" : "1")
                }
            case .document(let kind, let index):
                let document = plan.document(kind, index: index)
                guard let own = inputs["content/" + document.contentPath] else { return nil }
                key.add("document", own)
                key.add("links", linksDigest)
            case .home, .documentList, .notFound, .rosterArchive, .standards, .feed, .sitemap, .robots:
                return nil
            }
            return key.digest()
        }
    }

    /// Where every document is published and which are drafts left out.
    private static func linksDigest(_ plan: SitePlan) -> String {
        var key = KeyBuilder()
        for (content, output) in plan.links.outputByContentPath.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            key.add(content, output)
        }
        for draft in plan.links.draftContentPaths.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            key.add("draft", draft)
        }
        return key.digest()
    }
}

/// The input files split the way page keys read them: per roster month, and the site-wide rest.
/// Documents are looked up by path; templates and theme assets are left to the theme's digests.
private struct InputGroups {
    private(set) var global: [(String, String)] = []
    private var months: [String: [(String, String)]] = [:]

    init(_ inputs: [String: String], order: [String]) {
        for path in order {
            guard let digest = inputs[path] else { continue }
            if path.hasPrefix("content/rosters/") {
                let rest = path.dropFirst("content/rosters/".count)
                let month = rest.split(separator: "/", maxSplits: 1).first.map(String.init) ?? ""
                months[month, default: []].append((path, digest))
            } else if path.hasPrefix("content/articles/") || path.hasPrefix("content/notices/")
                        || path.hasPrefix("templates/") || path.hasPrefix("themes/") {
                continue
            } else {
                global.append((path, digest))
            }
        }
    }

    func month(_ name: String) -> String {
        var key = KeyBuilder()
        for (path, digest) in months[name] ?? [] { key.add(path, digest) }
        return key.digest()
    }
}

/// Fields fed to SHA-256, each as `name NUL value NUL`.
struct KeyBuilder {
    private var bytes: [UInt8] = []

    mutating func add(_ name: String, _ value: String) {
        bytes.append(contentsOf: name.utf8)
        bytes.append(0)
        bytes.append(contentsOf: value.utf8)
        bytes.append(0)
    }

    func digest() -> String { SHA256.hexDigest(bytes) }
}
