/// One text for a clerk: a stable code (so a county office can look a message up, and a helpdesk
/// can ask for it by number), what is wrong, and how to fix it. Every entry in `Messages` is one
/// of these; the code is declared once, in `MessageCode`.
public struct Message: Sendable, Hashable, CustomStringConvertible {
    public let code: MessageCode
    /// What is wrong, in Simplified Chinese. Never quotes a refused value.
    public let text: String
    /// What to do about it, when there is something to do.
    public let hint: String?

    public init(_ code: MessageCode, _ text: String, hint: String? = nil) {
        self.code = code
        self.text = text
        self.hint = hint
    }

    /// The text alone; `line(_:)` is the form for a terminal.
    public var description: String { text }

    /// `错误 GS1203: text`, and the hint on the next line as `  提示：…`.
    public func line(_ severity: Diagnostic.Severity) -> String {
        Message.render(severity, code: code, text: text, hint: hint)
    }

    /// The one place the terminal form is spelled out (`Diagnostic` prefixes the location).
    static func render(_ severity: Diagnostic.Severity, code: MessageCode, text: String, hint: String?) -> String {
        let label = severity == .error ? Messages.errorLabel : Messages.warningLabel
        var line = "\(label) \(code.rawValue): \(text)"
        if let hint { line += "\n  \(Messages.hintLabel)：\(hint)" }
        return line
    }

    /// The same code with a text and hint masked by `transform` (see `Diagnostic.init`).
    func mapped(_ transform: (String) -> String) -> Message {
        Message(code, transform(text), hint: hint.map(transform))
    }
}
