/// A Mustache template as the parser reads it: the same tokens swift-mustache 2.1.1 makes (one
/// text token per line, standalone tags already removed, partial indentation recorded), plus the
/// line and column of every tag, so that the compiler can name the place of each problem.
package indirect enum MustacheNode: Sendable {
    /// Literal text. Token boundaries matter: indentation of a partial is added at them.
    case text(String)
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (not escaped).
    case variable(MustacheName, escaped: Bool, at: TemplatePosition)
    /// `{{#name}}…{{/name}}` or, inverted, `{{^name}}…{{/name}}`.
    case section(MustacheName, inverted: Bool, body: [MustacheNode], at: TemplatePosition)
    /// `{{> name}}`; `indentation` is set when the tag stands alone on its line.
    case partial(String, indentation: String?, at: TemplatePosition)
    /// `{{< name}}{{$block}}…{{/block}}{{/name}}`: a parent template with block overrides.
    case parent(String, indentation: String, overrides: [String: MustacheBlockOverride], at: TemplatePosition)
    /// `{{$name}}default{{/name}}` outside a parent: replaced by an override when one is inherited.
    case block(String, defaultBody: [MustacheNode], indentation: String, at: TemplatePosition)
}

/// A name as written in a tag: `.` or dotted segments (`page.title`).
package struct MustacheName: Sendable, Hashable, CustomStringConvertible {
    /// Empty for `.`, the current context.
    package let segments: [String]

    package var isCurrentContext: Bool { segments.isEmpty }
    package var description: String { segments.isEmpty ? "." : segments.joined(separator: ".") }
}

/// One `{{$name}}…{{/name}}` inside a `{{< parent}}`. Its `id` tells two overrides of the same
/// block apart when compiled partials are memoised.
package struct MustacheBlockOverride: Sendable {
    package let id: String
    package let body: [MustacheNode]
    /// The template the override is written in (errors inside it name that file).
    package let templateName: String
}

/// Where a tag starts (its `{{`), 1-based, columns counted in characters.
package struct TemplatePosition: Sendable, Hashable {
    package let line: Int
    package let column: Int
}
