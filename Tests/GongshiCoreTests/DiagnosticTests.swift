import Testing
@testable import GongshiCore

@Suite("Diagnostics")
struct DiagnosticTests {
    @Test("location text leaves out unknown parts", arguments: [
        (SourceLocation(file: "site.yaml"), "site.yaml"),
        (SourceLocation(file: "site.yaml", line: 3), "site.yaml:3"),
        (SourceLocation(file: "site.yaml", line: 3, column: 7), "site.yaml:3:7"),
        (SourceLocation(file: "site.yaml", line: 0, column: 7), "site.yaml"),
    ])
    func locationDescription(_ location: SourceLocation, _ text: String) {
        #expect(location.description == text)
    }

    @Test func withLineKeepsTheFile() {
        #expect(SourceLocation(file: "a.md", line: 1, column: 2).with(line: 9) == SourceLocation(file: "a.md", line: 9, column: 0))
    }

    @Test func diagnosticDescription() {
        let at = SourceLocation(file: "content/articles/a.md", line: 3, column: 7)
        #expect(Diagnostic.error(at, Message(.invalidDate, "坏了")).description == "content/articles/a.md:3:7: 错误 GS1052: 坏了")
        #expect(Diagnostic.warning(at, Message(.invalidDate, "小心")).description == "content/articles/a.md:3:7: 警告 GS1052: 小心")
    }

    @Test func sortedForDisplayByFileLineColumnThenText() {
        let diagnostics: [Diagnostic] = [
            .error(SourceLocation(file: "b.md", line: 1, column: 1), Message(.invalidDate, "x")),
            .warning(SourceLocation(file: "a.md", line: 10, column: 1), Message(.invalidDate, "x")),
            .error(SourceLocation(file: "a.md", line: 2, column: 5), Message(.invalidDate, "b")),
            .error(SourceLocation(file: "a.md", line: 2, column: 5), Message(.invalidDate, "a")),
            .error(SourceLocation(file: "a.md", line: 2, column: 1), Message(.invalidDate, "z")),
            .error(SourceLocation(file: "a.md"), Message(.invalidDate, "whole file")),
        ]
        #expect(diagnostics.sortedForDisplay().map(\.description) == [
            "a.md: 错误 GS1052: whole file",
            "a.md:2:1: 错误 GS1052: z",
            "a.md:2:5: 错误 GS1052: a",
            "a.md:2:5: 错误 GS1052: b",
            "a.md:10:1: 警告 GS1052: x",
            "b.md:1:1: 错误 GS1052: x",
        ])
    }

    @Test func errorsAndWarnings() {
        let w = Diagnostic.warning(SourceLocation(file: "a"), Message(.invalidDate, "w"))
        let e = Diagnostic.error(SourceLocation(file: "a"), Message(.invalidDate, "e"))
        #expect([w, e].errors == [e])
        #expect([w, e].warnings == [w])
        #expect([w, e].hasErrors)
        #expect(![w].hasErrors)
    }

    @Test func logThrowsOnlyWithErrorsAndCarriesWarningsToo() throws {
        var log = DiagnosticLog()
        log.warning(SourceLocation(file: "a.md", line: 1), Message(.invalidDate, "w"))
        try log.throwIfErrors()
        log.error(SourceLocation(file: "b.md", line: 2, column: 3), Message(.invalidDate, "e"))
        #expect(log.hasErrors)
        do {
            try log.throwIfErrors()
            Issue.record("expected ContentErrors")
        } catch {
            #expect(error.diagnostics.map(\.description) == ["a.md:1: 警告 GS1052: w", "b.md:2:3: 错误 GS1052: e"])
        }
    }
}
