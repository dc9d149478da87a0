/// One finding of load, audit, plan or render. Errors stop the build; warnings do not.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    public let severity: Severity
    public let location: SourceLocation
    public let message: String

    /// Any private value the message quotes (a clerk may put an ID number in any cell) is
    /// masked here, once for every message, so no message can echo one as written.
    public init(_ severity: Severity, _ location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = SourceLocation(file: PrivateEcho.masked(location.file), line: location.line, column: location.column)
        self.message = PrivateEcho.masked(message)
    }

    public static func error(_ location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.error, location, message)
    }

    public static func warning(_ location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.warning, location, message)
    }

    public var isError: Bool { severity == .error }

    /// `file:line:column: 错误: message`, the form editors and terminals recognise.
    public var description: String {
        "\(location): \(severity == .error ? Messages.errorLabel : Messages.warningLabel): \(message)"
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
    public mutating func error(_ location: SourceLocation, _ message: String) {
        all.append(.error(location, message))
    }
    public mutating func warning(_ location: SourceLocation, _ message: String) {
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
