import Foundation
import Yams

/// The keys of a document's front matter. Unlike the site's files, a key the schema does not know
/// is no error: it is kept for templates (`document.params.<key>`), and the build warns about the
/// ones no template reads (`UnknownFrontMatterKeys`). Hugo reads `Draft` as `draft`, so does this.
enum FrontMatterSchema {
    struct Fields {
        var document: Document
        var statusDateAt: SourceLocation?
        /// Hexo's `permalink` or Hugo's `url`: its last segment names the page, unless `slug` does.
        var addressSlug: (slug: String, at: SourceLocation)?
        var unusableAddress: (key: String, at: SourceLocation)?

        mutating func keep(_ key: String, at keyAt: SourceLocation, _ value: YAMLValue) {
            document.params.append((key: key, value: FrontMatterDecoder.passthrough(value.node)))
            document.paramLocations.append((key, keyAt))
        }
    }

    typealias Field = YAMLField<Fields>

    static func schema(timeZone: TimeZone) -> YAMLSchema<Fields> {
        var schema = YAMLSchema<Fields>([
            Field(key: "title", type: "文字", help: "标题（默认为文件名）") { value, fields, log in
                guard let text = value.raw?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else {
                    return log.error(value.at, Messages.expectedText(value.label))
                }
                fields.document.title = text
            },
            date("date", \.document.date, timeZone: timeZone, help: "发布日期"),
            date("updated", \.document.updated, timeZone: timeZone, help: "更新日期"),
            list("categories", \.document.categories, help: "分类"),
            list("tags", \.document.tags, help: "标签"),
            plain("author", \.document.author, help: "作者"),
            plain("summary", \.document.summary, help: "摘要（列表页和 description）"),
            Field(key: "slug", type: "文字", help: "页面地址的最后一段（默认为文件名）", nullIsAbsent: false) { value, fields, log in
                guard let text = value.raw else { return log.error(value.at, Messages.expectedText(value.label)) }
                fields.document.slug = text.trimmingCharacters(in: .whitespaces)
                fields.document.slugLocation = value.at
            },
            Field(key: "draft", type: "true / false", help: "草稿：不发布", nullIsAbsent: false) { value, fields, log in
                if let flag = value.bool(&log) { fields.document.draft = flag }
            },
            record("index_no", help: "索引号") { fields, text, _, _ in fields.document.record.indexNumber = text },
            record("doc_no", help: "发文字号（如 豫民〔2024〕12号）") { fields, text, value, log in
                guard DocumentNumberForm.isValid(text) else { return log.error(value.at, Messages.invalidDocumentNumber) }
                fields.document.record.documentNumber = text
            },
            record("issuer", help: "发布机构") { fields, text, _, _ in fields.document.record.issuer = text },
            record("source", help: "来源") { fields, text, _, _ in fields.document.record.source = text },
            Field(key: "written", type: "日期", help: "成文日期") { value, fields, log in
                if let date = value.date(timeZone: timeZone, &log) { fields.document.record.written = date }
            },
            Field(key: "status", type: DocumentStatus.allCases.map(\.rawValue).joined(separator: " / "), help: "效力状态") {
                value, fields, log in
                guard let status = value.raw.flatMap({ DocumentStatus(rawValue: $0.trimmingCharacters(in: .whitespaces)) }) else {
                    return log.error(value.at, Messages.invalidDocumentStatus)
                }
                fields.document.record.status = status
            },
            Field(key: "status_date", type: "日期", help: "失效或废止的日期（status 为失效、废止时）") { value, fields, log in
                guard let date = value.date(timeZone: timeZone, &log) else { return }
                fields.document.record.statusDate = date
                fields.statusDateAt = value.at
            },
            record("interprets", help: "解读的政策文件（其 slug）") { fields, text, value, _ in
                fields.document.interprets = text
                fields.document.interpretsLocation = value.at
            },
            date("publishDate", \.document.publishDate, timeZone: timeZone, help: "定时发布：这一刻之前不发布"),
            date("publishdate", \.document.publishDate, timeZone: timeZone, help: "同 publishDate"),
            date("expiryDate", \.document.expiryDate, timeZone: timeZone, help: "到期：这一刻之后不再发布"),
            date("expirydate", \.document.expiryDate, timeZone: timeZone, help: "同 expiryDate"),
            address("permalink"),
            address("url"),
        ])
        schema.keyName = { $0.lowercased() == "draft" ? "draft" : $0 }
        schema.otherKeys = { key, keyAt, value, fields in
            if key == "region" { fields.document.regionLocation = value.at }
            fields.keep(key, at: keyAt, value)
        }
        return schema
    }

    /// Nothing (null) is absent; otherwise a date.
    private static func date(_ key: String, _ path: WritableKeyPath<Fields, ContentDate?>, timeZone: TimeZone, help: String) -> Field {
        Field(key: key, type: "日期", help: help) { value, fields, log in
            if let date = value.date(timeZone: timeZone, &log) { fields[keyPath: path] = date }
        }
    }

    /// Any scalar, trimmed (empty allowed); null is absent.
    private static func plain(_ key: String, _ path: WritableKeyPath<Fields, String?>, help: String) -> Field {
        Field(key: key, type: "文字", help: help) { value, fields, log in
            guard let text = value.raw else { return log.error(value.at, Messages.expectedText(value.label)) }
            fields[keyPath: path] = text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    /// `tags: 低保` or `tags: [低保, 标准]` or a block list; empty entries dropped.
    private static func list(_ key: String, _ path: WritableKeyPath<Fields, [String]>, help: String) -> Field {
        Field(key: key, type: "文字或文字列表", help: help, nullIsAbsent: false) { value, fields, log in
            guard let list = stringList(value.node) else { return log.error(value.at, Messages.expectedTextList(value.label)) }
            fields[keyPath: path] = list
        }
    }

    /// One line of text for the 信息公开 record (索引号, 文号 …); null is absent.
    private static func record(_ key: String, help: String, set: @escaping (inout Fields, String, YAMLValue, inout DiagnosticLog) -> Void)
        -> Field {
        Field(key: key, type: "文字（一行）", help: help) { value, fields, log in
            guard let text = value.raw?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty, !text.contains("\n") else {
                return log.error(value.at, Messages.expectedText(value.label))
            }
            set(&fields, text, value, &log)
        }
    }

    /// Hexo's `permalink` and Hugo's `url`: a page address whose last segment can name the page. A
    /// full address (`url: https://www.gov.cn/…`, a 原文链接) is no page name: kept for templates.
    private static func address(_ key: String) -> Field {
        Field(key: key, type: "文字", help: "Hexo/Hugo 的页面地址：最后一段作为 slug（完整网址则留给模板）", nullIsAbsent: false) {
            value, fields, _ in
            guard let text = value.raw, !text.contains("://") else {
                return fields.keep(key, at: value.keyAt ?? value.at, value)
            }
            if let slug = AddressSlug.slug(from: text) {
                fields.addressSlug = (slug, value.at)
            } else if !text.trimmingCharacters(in: .whitespaces).isEmpty {
                fields.unusableAddress = (key, value.at)
            }
        }
    }

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
}
