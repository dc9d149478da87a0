import Foundation
import Yams

/// Decodes a document's front matter into `Document` fields. Every scalar is read as the text the
/// author wrote; dates are parsed by `DateParser`, never by YAML typing.
package enum FrontMatterDecoder {
    package static let knownKeys: Set<String> = [
        "title", "date", "updated", "categories", "tags", "author", "summary", "slug", "draft",
        "index_no", "doc_no", "issuer", "source", "written", "status", "status_date", "interprets",
        "publishDate", "publishdate", "expiryDate", "expirydate", "permalink", "url",
    ]

    static func decode(
        _ split: FrontMatterSplit, into document: inout Document, timeZone: TimeZone, log: inout DiagnosticLog
    ) throws(ContentErrors) {
        let file = SourceLocation(file: document.sourcePath)
        let offset = split.yamlFirstLine - 1
        guard let yaml = split.yaml, let root = try YAMLReader.compose(yaml, location: file, lineOffset: offset) else {
            return
        }
        guard case .mapping(let mapping) = root else {
            log.error(YAMLReader.location(of: root, in: file, lineOffset: offset), Messages.frontMatterNotMapping)
            return
        }
        var seen: Set<String> = []
        var statusDateAt: SourceLocation?
        // Hexo's `permalink` or Hugo's `url`: its last segment names the page, unless `slug` does.
        var addressSlug: (slug: String, at: SourceLocation)?
        var unusableAddress: (key: String, at: SourceLocation)?
        defer {
            if !seen.contains("slug") {
                if let addressSlug {
                    document.slug = addressSlug.slug
                    document.slugLocation = addressSlug.at
                } else if let unusableAddress {
                    log.warning(unusableAddress.at, Messages.addressNotUsable(unusableAddress.key, kept: document.slug))
                }
            }
            // A date since when a document no longer applies, on one that applies.
            if let statusDateAt, document.record.status?.isWithdrawn != true {
                log.error(statusDateAt, Messages.statusDateWithoutWithdrawal)
            }
        }
        for (keyNode, value) in mapping {
            guard let written = YAMLReader.string(keyNode) else { continue }
            // Hugo reads keys whatever their case: `Draft = true` must keep a page out here too.
            let key = written.lowercased() == "draft" ? "draft" : written
            let keyAt = YAMLReader.location(of: keyNode, in: file, lineOffset: offset)
            let valueAt = YAMLReader.location(of: value, in: file, lineOffset: offset)
            guard seen.insert(key).inserted else {
                log.error(keyAt, Messages.duplicateKey(key))
                continue
            }
            switch key {
            case "title":
                if let text = YAMLReader.string(value)?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty {
                    document.title = text
                } else if !YAMLReader.isNull(value) {
                    log.error(valueAt, Messages.expectedText(key))
                }
            case "author", "summary":
                guard !YAMLReader.isNull(value) else { continue }
                guard let text = YAMLReader.string(value) else {
                    log.error(valueAt, Messages.expectedText(key))
                    continue
                }
                let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
                if key == "author" { document.author = trimmed } else { document.summary = trimmed }
            case "slug":
                guard let text = YAMLReader.string(value) else {
                    log.error(valueAt, Messages.expectedText(key))
                    continue
                }
                document.slug = text.trimmingCharacters(in: .whitespaces)
                document.slugLocation = valueAt
            case "permalink", "url":
                // A full address (`url: https://www.gov.cn/…`, a 原文链接) is no page name: kept for templates.
                guard let text = YAMLReader.string(value), !text.contains("://") else {
                    document.params.append((key: key, value: passthrough(value)))
                    document.paramLocations.append((key, keyAt))
                    continue
                }
                if let slug = AddressSlug.slug(from: text) {
                    addressSlug = (slug, valueAt)
                } else if !text.trimmingCharacters(in: .whitespaces).isEmpty {
                    unusableAddress = (key, valueAt)
                }
            case "date", "updated":
                guard !YAMLReader.isNull(value) else { continue }
                guard let text = YAMLReader.string(value), let date = DateParser.parse(text, timeZone: timeZone) else {
                    log.error(valueAt, Messages.invalidDate(YAMLReader.string(value) ?? "", key: key, accepted: DateParser.acceptedForms))
                    continue
                }
                if key == "date" { document.date = date } else { document.updated = date }
            case "categories", "tags":
                guard let list = stringList(value) else {
                    log.error(valueAt, Messages.expectedTextList(key))
                    continue
                }
                if key == "categories" { document.categories = list } else { document.tags = list }
            case "draft":
                guard let flag = YAMLReader.bool(value) else {
                    log.error(valueAt, Messages.expectedBool(key))
                    continue
                }
                document.draft = flag
            case "index_no", "doc_no", "issuer", "source", "interprets":
                guard !YAMLReader.isNull(value) else { continue }
                guard let text = YAMLReader.string(value)?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty,
                      !text.contains("\n") else {
                    log.error(valueAt, Messages.expectedText(key))
                    continue
                }
                switch key {
                case "index_no": document.record.indexNumber = text
                case "doc_no":
                    guard DocumentNumberForm.isValid(text) else {
                        log.error(valueAt, Messages.invalidDocumentNumber)
                        continue
                    }
                    document.record.documentNumber = text
                case "issuer": document.record.issuer = text
                case "source": document.record.source = text
                default:
                    document.interprets = text
                    document.interpretsLocation = valueAt
                }
            case "publishDate", "publishdate", "expiryDate", "expirydate":
                guard !YAMLReader.isNull(value) else { continue }
                guard let text = YAMLReader.string(value), let date = DateParser.parse(text, timeZone: timeZone) else {
                    log.error(valueAt, Messages.invalidDate(YAMLReader.string(value) ?? "", key: key, accepted: DateParser.acceptedForms))
                    continue
                }
                if key.lowercased() == "publishdate" { document.publishDate = date } else { document.expiryDate = date }
            case "written", "status_date":
                guard !YAMLReader.isNull(value) else { continue }
                guard let text = YAMLReader.string(value), let date = DateParser.parse(text, timeZone: timeZone) else {
                    log.error(valueAt, Messages.invalidDate(YAMLReader.string(value) ?? "", key: key, accepted: DateParser.acceptedForms))
                    continue
                }
                if key == "written" { document.record.written = date } else { document.record.statusDate = date }
                if key == "status_date" { statusDateAt = valueAt }
            case "status":
                guard !YAMLReader.isNull(value) else { continue }
                guard let text = YAMLReader.string(value)?.trimmingCharacters(in: .whitespaces),
                      let status = DocumentStatus(rawValue: text) else {
                    log.error(valueAt, Messages.invalidDocumentStatus)
                    continue
                }
                document.record.status = status
            case "region":
                document.regionLocation = valueAt
                document.params.append((key: key, value: passthrough(value)))
                document.paramLocations.append((key, keyAt))
            default:
                document.params.append((key: key, value: passthrough(value)))
                document.paramLocations.append((key, keyAt))
            }
        }
    }

    /// `tags: 低保` or `tags: [低保, 标准]` or a block list; empty entries dropped.
    private static func stringList(_ node: Node) -> [String]? {
        if YAMLReader.isNull(node) { return [] }
        switch node {
        case .scalar:
            let text = (YAMLReader.string(node) ?? "").trimmingCharacters(in: .whitespaces)
            return text.isEmpty ? [] : [text]
        case .sequence(let items):
            var list: [String] = []
            for item in items {
                guard let text = YAMLReader.string(item) else {
                    if YAMLReader.isNull(item) { continue }
                    return nil
                }
                let trimmed = text.trimmingCharacters(in: .whitespaces)
                if !trimmed.isEmpty { list.append(trimmed) }
            }
            return list
        default:
            return nil
        }
    }

    static func passthrough(_ node: Node) -> FrontMatterValue {
        switch node {
        case .scalar:
            return .text(YAMLReader.string(node) ?? "")
        case .sequence(let items):
            return .list(items.map(passthrough))
        case .mapping(let mapping):
            return .map(mapping.map { (key: YAMLReader.string($0.key) ?? "", value: passthrough($0.value)) })
        case .alias:
            return .text("")
        }
    }
}
