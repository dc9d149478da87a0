/// One finding of load, audit, plan or render. Errors stop the build; warnings do not.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    public let severity: Severity
    public let location: SourceLocation
    /// The stable code of the message (`GS1203`), shown on every line and listed in the README.
    public let code: MessageCode
    /// What is wrong.
    public let message: String
    /// What to do about it, shown on the next line as `  提示：…`.
    public let hint: String?

    /// Any private value the message quotes (a clerk may put an ID number in any cell) is
    /// masked here, once for every message, in the text and in the hint, so no message can echo
    /// one as written.
    public init(_ severity: Severity, _ location: SourceLocation, _ message: Message) {
        self.severity = severity
        self.location = SourceLocation(file: PrivateEcho.masked(location.file), line: location.line, column: location.column)
        let masked = message.mapped(PrivateEcho.masked)
        self.code = masked.code
        self.message = masked.text
        self.hint = masked.hint
    }

    /// A diagnostic as it was made before (read back from the load cache): its texts were
    /// masked then and are taken as they are.
    package init(alreadyMasked severity: Severity, _ location: SourceLocation, code: MessageCode, message: String, hint: String?) {
        self.severity = severity
        self.location = location
        self.code = code
        self.message = message
        self.hint = hint
    }

    public static func error(_ location: SourceLocation, _ message: Message) -> Diagnostic {
        Diagnostic(.error, location, message)
    }

    public static func warning(_ location: SourceLocation, _ message: Message) -> Diagnostic {
        Diagnostic(.warning, location, message)
    }

    public var isError: Bool { severity == .error }

    /// The message again, code, text and hint (for a stage that re-reports one).
    public var asMessage: Message { Message(code, message, hint: hint) }

    /// `file:line:column: 错误 GS1203: message`, the form editors and terminals recognise, and
    /// the hint on the next line as `  提示：…`.
    public var description: String {
        "\(location): " + Message.render(severity, code: code, text: message, hint: hint)
    }
}

extension Array where Element == Diagnostic {
    public var errors: [Diagnostic] { filter(\.isError) }
    public var warnings: [Diagnostic] { filter { !$0.isError } }
    public var hasErrors: Bool { contains(where: \.isError) }

    /// Stable order for output: by file, line, column, then text.
    public func sortedForDisplay() -> [Diagnostic] {
        sorted { a, b in
            if a.location != b.location { return a.location < b.location }
            return a.message < b.message
        }
    }
}

/// Thrown when a stage found content errors; carries every diagnostic found so far (warnings too).
public struct ContentErrors: Error, Sendable {
    public let diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}

/// Collects diagnostics while a stage runs.
public struct DiagnosticLog: Sendable {
    public private(set) var all: [Diagnostic] = []
    public init() {}
    public mutating func error(_ location: SourceLocation, _ message: Message) {
        all.append(.error(location, message))
    }
    public mutating func warning(_ location: SourceLocation, _ message: Message) {
        all.append(.warning(location, message))
    }
    public mutating func append(_ diagnostic: Diagnostic) { all.append(diagnostic) }
    public mutating func append(contentsOf diagnostics: [Diagnostic]) { all.append(contentsOf: diagnostics) }
    public var hasErrors: Bool { all.hasErrors }
    /// Throws `ContentErrors` when any error was logged.
    public func throwIfErrors() throws(ContentErrors) {
        if hasErrors { throw ContentErrors(all) }
    }
}
