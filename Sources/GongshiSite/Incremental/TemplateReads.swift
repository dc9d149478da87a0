/// Which month-wide values a compiled page template can read: `month.totals` and
/// `month.village_count` (`MonthView`) are the only parts of a village's or township's page that
/// depend on the other villages of the month, so a page whose template (with every partial and
/// parent it reaches) never looks them up is keyed without them, and one edited roster re-renders
/// its own village's pages, not the month's. Names are resolved at compile time to fields of known
/// schemas (`LookupStep`), so "never looks them up" is exact: the renderer can only reach a field
/// through a step that names it.
enum TemplateReads {
    /// Whether `template` has a lookup step into `MonthView.totals` or `MonthView.village_count`.
    /// nil template (not compiled): assumed to read them.
    static func readsMonthSummary(_ template: CompiledTemplate?) -> Bool {
        guard let template else { return true }
        let schema = MonthView.schema
        let fields = Set(["totals", "village_count"].compactMap { schema.index(of: $0) })
        var walker = Walker { step in step.schema === schema && fields.contains(step.index) }
        return walker.finds(in: template.body)
    }

    /// The keys of `params` (front-matter keys Gongshi does not know) that any of `templates` looks up.
    static func paramsKeys(readBy templates: [CompiledTemplate], schema: ViewSchema) -> Set<String> {
        final class Found { var indexes: Set<Int> = [] }
        let found = Found()
        var walker = Walker { step in
            if step.schema === schema { found.indexes.insert(step.index) }
            return false
        }
        for template in templates { _ = walker.finds(in: template.body) }
        return Set(found.indexes.map { schema.fields[$0].name })
    }

    /// Walks compiled blocks once each (partials are shared blocks) looking for a matching step.
    private struct Walker {
        let matches: (LookupStep) -> Bool
        private var seen: Set<ObjectIdentifier> = []

        init(_ matches: @escaping (LookupStep) -> Bool) { self.matches = matches }

        mutating func finds(in block: CompiledBlock) -> Bool {
            guard seen.insert(ObjectIdentifier(block)).inserted else { return false }
            for node in block.nodes where finds(in: node) { return true }
            return false
        }

        private mutating func finds(in node: CompiledNode) -> Bool {
            switch node {
            case .text:
                return false
            case .value(let lookup, _):
                return reads(lookup)
            case .section(let lookup, let bodies):
                if reads(lookup) { return true }
                for body in bodies {
                    switch body {
                    case .whenTrue(let block), .eachItem(let block), .entering(let block):
                        if finds(in: block) { return true }
                    }
                }
                return false
            case .invertedSection(let lookup, let body, let emptyListBodies):
                if reads(lookup) || finds(in: body) { return true }
                for case let block? in emptyListBodies where finds(in: block) { return true }
                return false
            case .include(let block, _):
                return finds(in: block)
            }
        }

        private func reads(_ lookup: ValueLookup) -> Bool {
            guard case .candidates(let candidates) = lookup else { return false }
            return candidates.contains { candidate in matches(candidate.step) || candidate.rest.contains(where: matches) }
        }
    }
}
