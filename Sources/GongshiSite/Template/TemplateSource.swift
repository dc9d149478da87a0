/// One template file of a theme as the compiler reads it: its text and where it came from
/// (site-relative, `themes/default/templates/roster_village.mustache`), for messages.
package struct TemplateSource: Sendable {
    package let path: String
    package let text: String

    package init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}
