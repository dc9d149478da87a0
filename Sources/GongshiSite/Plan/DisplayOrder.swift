import Foundation
import GongshiCore

/// The order documents are listed in (date descending, undated last, then title in Chinese
/// collation, then slug), and that order made again from the last plan's instead of sorted anew.
///
/// Why it exists: 2,010 notices of a city share one date, so a full sort falls through to the
/// title's collation (`compare(_:locale:)`, costly on Linux) some 42,000 times, on every preview
/// rebuild. The comparison is a pure function of a document's date, title and slug, so a document
/// whose three are byte for byte what they were keeps its place among the others; only new or
/// changed ones are placed again, by binary search (about 11 comparisons each).
enum DisplayOrder {
    private static let chineseCollation = Locale(identifier: "zh_CN")

    /// A plan's articles and notices, each in this order: what a preview keeps for its next plan.
    struct Lists: Sendable {
        let articles: [Document]
        let notices: [Document]
    }

    /// Whether `a` lists before `b`: a total order on (date, title, slug).
    static func precedes(_ a: Document, _ b: Document) -> Bool {
        switch (a.date, b.date) {
        case (let x?, let y?) where x != y: return x > y
        case (.some, nil): return true
        case (nil, .some): return false
        default: break
        }
        if a.title != b.title {
            let order = a.title.compare(b.title, locale: chineseCollation)
            if order != .orderedSame { return order == .orderedAscending }
            return a.title.utf8Precedes(b.title)
        }
        return a.slug.utf8Precedes(b.slug)
    }

    /// `documents` sorted by `precedes`.
    static func sorted(_ documents: [Document]) -> [Document] {
        documents.sorted(by: precedes)
    }

    /// `documents` in exactly the order `sorted` gives, made from `previous` (the last result of
    /// this order for the same kind): documents gone are dropped, documents whose date, title and
    /// slug are unchanged keep their relative place (with their current values), the rest are
    /// inserted by binary search. Falls back to a full sort when many changed, when a path is
    /// listed twice, or when an inserted document ties with a neighbour (equal date, title and
    /// slug: a full sort's order among ties is its own, so it decides).
    static func sorted(_ documents: [Document], previous: [Document]) -> [Document] {
        guard !previous.isEmpty else { return sorted(documents) }
        var current: [String: Int] = [:]
        current.reserveCapacity(documents.count)
        for (index, document) in documents.enumerated() {
            guard current.updateValue(index, forKey: document.sourcePath) == nil else { return sorted(documents) }
        }
        var placed = [Bool](repeating: false, count: documents.count)
        var order: [Document] = []
        order.reserveCapacity(documents.count)
        for old in previous {
            guard let index = current[old.sourcePath] else { continue }
            guard !placed[index] else { return sorted(documents) }
            let document = documents[index]
            if sameSortKey(old, document) {
                placed[index] = true
                order.append(document)
            }
        }
        var changed: [Document] = []
        for (index, document) in documents.enumerated() where !placed[index] { changed.append(document) }
        // Each insertion shifts the array: past a quarter of the list, a full sort is as quick.
        guard changed.count <= max(8, documents.count / 4) else { return sorted(documents) }
        for document in changed {
            var low = 0, high = order.count
            while low < high {
                let middle = (low + high) / 2
                if precedes(order[middle], document) { low = middle + 1 } else { high = middle }
            }
            // `order[low]` is the first that does not precede `document`: it must follow it strictly.
            if low < order.count && !precedes(document, order[low]) { return sorted(documents) }
            order.insert(document, at: low)
        }
        return order
    }

    /// Whether `precedes` sees `a` and `b` alike against any third document: the same date (every
    /// field) and the same title and slug bytes.
    private static func sameSortKey(_ a: Document, _ b: Document) -> Bool {
        a.date == b.date && a.title.utf8Equals(b.title) && a.slug.utf8Equals(b.slug)
    }

    /// `articles` and `notices` (each in this order) merged into one list in this order: as
    /// `sorted(articles + notices)` gives it, an article before a notice it ties with, in about
    /// one comparison per document rather than a full sort's dozen.
    static func merged(_ articles: [Document], _ notices: [Document]) -> [Document] {
        var merged: [Document] = []
        merged.reserveCapacity(articles.count + notices.count)
        var a = 0, n = 0
        while a < articles.count && n < notices.count {
            if precedes(notices[n], articles[a]) {
                merged.append(notices[n]); n += 1
            } else {
                merged.append(articles[a]); a += 1
            }
        }
        merged += articles[a...]
        merged += notices[n...]
        return merged
    }
}
