/// The order the last plan listed the documents in (their source paths, articles and notices
/// apart), kept in the load cache's documents part so that the next `gongshi build` places only
/// new or changed documents instead of sorting all again (`DisplayOrder.sorted(_:previous:)`):
/// 2,016 notices of a city share one date, and their full sort by title in Chinese collation was
/// a tenth of a one-roster build's CPU. Only a hint: the plan checks every kept place against the
/// document as loaded now, and sorts in full when the hint does not fit.
package struct ListedOrder: Sendable, Equatable {
    package var articles: [String]
    package var notices: [String]

    package init(articles: [String], notices: [String]) {
        self.articles = articles
        self.notices = notices
    }

    /// Each list's documents as `memory` kept them (the versions the order was made from), or
    /// nil when one of them is not there: then nothing is reused.
    package func documents(in memory: LoadMemory) -> (articles: [Document], notices: [Document])? {
        func kept(_ paths: [String]) -> [Document]? {
            var documents: [Document] = []
            documents.reserveCapacity(paths.count)
            for path in paths {
                guard let document = memory.documents[path]?.document else { return nil }
                documents.append(document)
            }
            return documents
        }
        guard let articles = kept(articles), let notices = kept(notices) else { return nil }
        return (articles, notices)
    }

    func write(to writer: inout MemoryByteWriter) {
        for list in [articles, notices] {
            writer.count(list.count)
            for path in list { writer.text(path) }
        }
    }

    static func read(_ reader: inout MemoryByteReader) -> ListedOrder? {
        var lists: [[String]] = []
        for _ in 0..<2 {
            guard let count = reader.count(limit: 1 << 24) else { return nil }
            var list: [String] = []
            for _ in 0..<count {
                guard let path = reader.text(limit: 4096) else { return nil }
                list.append(path)
            }
            lists.append(list)
        }
        return ListedOrder(articles: lists[0], notices: lists[1])
    }
}
