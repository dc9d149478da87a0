import GongshiCore

/// A document as lists and its own page show it. `content` (the sanitised HTML) only on its own page.
struct DocumentView {
    /// The schema depends on the site: `params` holds the keys its documents have.
    static func schema(params: ParamsSchema) -> ViewSchema {
        ViewSchema("document", [
            ViewField("title", .text),
            ViewField("url", .text),
            ViewField("slug", .text),
            ViewField("kind", .text),
            ViewField("kind_label", .text),
            ViewField("categories", .list(.text)),
            ViewField("tags", .list(.text)),
            ViewField("has_categories", .flag),
            ViewField("has_tags", .flag),
            ViewField("params", .object(params.schema)),
            ViewField("date", DateView.type, optional: true),
            ViewField("updated", DateView.type, optional: true),
            ViewField("author", .text, optional: true),
            ViewField("summary", .text, optional: true),
            ViewField("type", .text, optional: true),
            ViewField("region", .text, optional: true),
            ViewField("content", .text, optional: true),
            ViewField("attachments", .list(.object(AttachmentView.schema))),
            ViewField("has_attachments", .flag),
            ViewField("record", .list(.object(DocumentRecordView.rowSchema))),
            ViewField("has_record", .flag),
            ViewField("is_withdrawn", .flag),
            ViewField("withdrawn_label", .text),
            ViewField("withdrawn_note", .text),
            ViewField("explains", .list(.object(linkSchema))),
            ViewField("has_explains", .flag),
            ViewField("interpretations", .list(.object(linkSchema))),
            ViewField("has_interpretations", .flag),
        ])
    }

    /// Another document, linked: the one a 政策解读 explains, or an interpretation of this one.
    static let linkSchema = ViewSchema("document_link", [ViewField("title", .text), ViewField("url", .text)])

    let document: Document
    let url: String
    let content: String?
    /// On its own page: the files it links to or shows (empty in lists).
    var attachments: [AttachmentView] = []
    /// The document it explains (`interprets:`), and the documents that explain it (title, url).
    var explains: [(title: String, url: String)] = []
    var interpretations: [(title: String, url: String)] = []

    static func kindLabel(_ kind: DocumentKind) -> String { kind == .article ? "政策文件" : "通知公告" }

    func object(_ schemas: DocumentSchemas) -> TemplateObject {
        var type: String?
        if case .text(let text)? = document.param("type"), !text.isEmpty { type = text }
        var region: String?
        if case .text(let text)? = document.param("region"), !text.isEmpty { region = text }
        let updated = document.updated.flatMap { $0 != document.date ? $0 : nil }
        return TemplateObject(schemas.document, [
            .text(document.title), .text(url), .text(document.slug), .text(document.kind.rawValue),
            .text(Self.kindLabel(document.kind)), .texts(document.categories), .texts(document.tags),
            .flag(!document.categories.isEmpty), .flag(!document.tags.isEmpty), schemas.params.value(document.params),
            .optional(document.date.map(DateView.init)), .optional(updated.map(DateView.init)),
            .optional(document.author.flatMap { $0.isEmpty ? nil : $0 }),
            .optional(document.summary.flatMap { $0.isEmpty ? nil : $0 }), .optional(type), .optional(region),
            .optional(content), .list(attachments.map(\.object)), .flag(!attachments.isEmpty),
        ] + recordValues + linkValues)
    }

    private var recordValues: [TemplateValue] {
        let record = DocumentRecordView(document: document)
        let rows = record.rowObjects
        return [.list(rows), .flag(!rows.isEmpty), .flag(record.withdrawnLabel != nil), .text(record.withdrawnLabel ?? ""),
                .text(record.withdrawnNote ?? "")]
    }

    private var linkValues: [TemplateValue] {
        func links(_ list: [(title: String, url: String)]) -> TemplateValue {
            .list(list.map { .object(TemplateObject(Self.linkSchema, [.text($0.title), .text($0.url)])) })
        }
        return [links(explains), .flag(!explains.isEmpty), links(interpretations), .flag(!interpretations.isEmpty)]
    }
}

/// One file a document links to or shows, as its list of attachments gives it.
struct AttachmentView {
    static let schema = ViewSchema("attachment", [
        ViewField("name", .text),
        ViewField("url", .text),
        ViewField("type", .text),
        ViewField("size", .text),
    ])

    let attachment: PublishedExtras.Attachment
    /// From the document's page.
    let url: String

    var object: TemplateValue {
        let name = attachment.contentPath.split(separator: "/").last.map(String.init) ?? attachment.contentPath
        return .object(TemplateObject(Self.schema, [
            .text(name), .text(url), .text(attachment.type), .text(AttachmentType.sizeText(attachment.size)),
        ]))
    }
}

/// The schemas that hold documents, built once per plan (their `params` are the site's own keys).
final class DocumentSchemas: Sendable {
    let params: ParamsSchema
    let document: ViewSchema
    let home: ViewSchema
    let list: ViewSchema
    let page: ViewSchema

    init(_ plan: SitePlan) {
        params = ParamsSchema(plan.articles + plan.notices)
        document = DocumentView.schema(params: params)
        let documentType = ViewFieldType.object(document)
        home = ViewSchema("home", PageCommonView.fields + [
            ViewField("latest_month", MonthView.type, optional: true),
            ViewField("latest_articles", .list(documentType)),
            ViewField("latest_notices", .list(documentType)),
            ViewField("has_articles", .flag),
            ViewField("has_notices", .flag),
        ])
        list = ViewSchema("document_list", PageCommonView.fields + [
            ViewField("documents", .list(documentType)),
            ViewField("has_documents", .flag),
            ViewField("list_title", .text),
            ViewField("pagination", PaginationView.type, optional: true),
        ])
        page = ViewSchema("document_page", PageCommonView.fields + [ViewField("document", documentType)])
    }
}
