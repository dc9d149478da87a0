import GongshiCore

/// GFM pipe tables and footnotes, which libcmark (CommonMark alone) prints as literal `| … |` and
/// `[^1]` text, rewritten into input cmark reads, line for line, so that every line of the body
/// keeps its number:
///
/// - a table becomes one HTML block on the same lines: its header line `<table><thead>…</thead>`,
///   its delimiter line `<tbody>`, each row `<tr>…</tr>`; cells keep their alignment
///   (`class="align-center"`), header cells get `scope="col"`, and each cell's inline Markdown is
///   rendered by cmark on its own (`renderInline`), its links then resolved like any raw HTML's;
/// - a footnote definition's lines become empty lines, each reference `[^标签]` a numbered
///   superscript link (`fn-1`, `fnref-1`), and the notes are listed, in the order of their first
///   reference, in an HTML block appended after the last line.
///
/// A table right before a heading, quote or fence (no blank line between) is followed by one
/// inserted empty line, or the HTML block would swallow that line: cmark's own line numbers after
/// it are then one more than the source's (messages find their text in the source itself).
///
/// Fenced code is left alone, and so are code spans. A reference to a note that is not defined
/// stays as written, with a warning; a note defined and never referenced is dropped, with a warning.
struct MarkdownExtensions {
    struct Result {
        var body: String
        /// Warnings, by body line (1-based).
        var warnings: [(line: Int, message: Message)] = []
    }

    /// Renders a Markdown fragment (a cell, a footnote) to HTML (cmark, not yet sanitised).
    let renderFragment: (String) -> String

    /// Whether `body` may hold a table or a footnote at all (a `|` or `[^`): most documents are
    /// passed to cmark untouched.
    static func mayApply(_ body: String) -> Bool {
        var previous: UInt8 = 0
        for byte in body.utf8 {
            if byte == UInt8(ascii: "|") { return true }
            if previous == UInt8(ascii: "["), byte == UInt8(ascii: "^") { return true }
            previous = byte
        }
        return false
    }

    func apply(_ body: String) -> Result {
        var lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let inCode = Self.codeLines(lines)
        var result = Result(body: body)
        let notes = takeFootnotes(&lines, inCode: inCode, warnings: &result.warnings)
        var numbers: [String: Int] = [:]
        var order: [String] = []
        var references: [String: Int] = [:]
        for index in lines.indices where !inCode[index] {
            lines[index] = replaceReferences(lines[index], notes: notes, numbers: &numbers, order: &order,
                                             references: &references, line: index + 1, warnings: &result.warnings)
        }
        var tables: [Range<Int>] = []
        var index = 0
        while index < lines.count {
            if let rows = tableRows(lines, at: index, inCode: inCode) {
                tables.append(rows)
                index = rows.upperBound
            } else {
                index += 1
            }
        }
        // From the last, so that the line an HTML block would swallow (a heading or quote right
        // after a table) can be pushed down by an empty line without moving the tables above.
        for rows in tables.reversed() {
            for (offset, line) in table(lines, rows: rows).enumerated() { lines[rows.lowerBound + offset] = line }
            if rows.upperBound < lines.count, !lines[rows.upperBound].allSatisfy({ $0 == " " || $0 == "\t" }) {
                lines.insert("", at: rows.upperBound)
            }
        }
        for note in notes.filter({ numbers[$0.key] == nil }).values.sorted(by: { $0.line < $1.line }) {
            result.warnings.append((note.line, Messages.footnoteUnused))
        }
        if !order.isEmpty {
            var list = ["<div class=\"footnotes\">", "<hr />", "<ol class=\"footnotes\">"]
            for label in order {
                guard let note = notes[label], let number = numbers[label] else { continue }
                let back = "<a href=\"#fnref-\(number)\" class=\"footnote-back\" title=\"\(Messages.footnoteBack)\">↩</a>"
                var html = renderFragment(note.text).trimmingCharacters(in: .newlines)
                if html.hasSuffix("</p>") {
                    html = String(html.dropLast(4)) + " " + back + "</p>"
                } else {
                    html += back
                }
                list.append("<li id=\"fn-\(number)\">" + html.replacingOccurrences(of: "\n\n", with: "\n") + "</li>")
            }
            list += ["</ol>", "</div>"]
            lines.append("")
            lines.append(list.joined(separator: "\n"))
        }
        result.body = lines.joined(separator: "\n")
        return result
    }

    // MARK: Code

    /// Which lines are inside fenced code (fence lines included) or indented code after a blank line.
    static func codeLines(_ lines: [String]) -> [Bool] {
        var result = [Bool](repeating: false, count: lines.count)
        var fence: (character: Character, length: Int)?
        var previousBlank = true
        for (index, line) in lines.enumerated() {
            let indent = line.prefix { $0 == " " }.count
            let rest = line.dropFirst(indent)
            if let open = fence {
                result[index] = true
                let run = rest.prefix { $0 == open.character }.count
                if indent <= 3, run >= open.length, rest.dropFirst(run).allSatisfy({ $0 == " " || $0 == "\t" }) { fence = nil }
                continue
            }
            if indent <= 3, let first = rest.first, first == "`" || first == "~" {
                let run = rest.prefix { $0 == first }.count
                if run >= 3 {
                    fence = (first, run)
                    result[index] = true
                    continue
                }
            }
            let blank = line.allSatisfy { $0 == " " || $0 == "\t" }
            if !blank, previousBlank, indent >= 4 || line.hasPrefix("\t") {
                result[index] = true
                continue  // indented code: the next line continues it while indented
            }
            if index > 0, result[index - 1], !blank, indent >= 4 || line.hasPrefix("\t") { result[index] = true }
            previousBlank = blank
        }
        return result
    }

    // MARK: Footnotes

    struct Note {
        var text: String
        var line: Int
    }

    /// `[^label]: text` at a line's start (up to three spaces), and the lines that continue it
    /// (indented, or directly after it): removed from `lines` (left empty) and returned by label.
    func takeFootnotes(_ lines: inout [String], inCode: [Bool], warnings: inout [(line: Int, message: Message)]) -> [String: Note] {
        var notes: [String: Note] = [:]
        var index = 0
        while index < lines.count {
            guard !inCode[index], let (label, first) = Self.definition(lines[index]) else {
                index += 1
                continue
            }
            var text = first
            let start = index
            lines[index] = ""
            index += 1
            var afterBlank = false  // the line before was blank (as written: taken lines are emptied)
            while index < lines.count, !inCode[index] {
                let line = lines[index]
                let blank = line.allSatisfy { $0 == " " || $0 == "\t" }
                if blank {
                    // A blank line continues the note only when an indented line follows.
                    guard index + 1 < lines.count, lines[index + 1].hasPrefix("    ") || lines[index + 1].hasPrefix("\t") else { break }
                    text += "\n"
                } else if line.hasPrefix("    ") || line.hasPrefix("\t") {
                    text += "\n" + line.drop { $0 == " " || $0 == "\t" }
                } else if Self.definition(line) == nil, !afterBlank {
                    text += "\n" + line  // a lazy continuation of its paragraph
                } else {
                    break
                }
                afterBlank = blank
                lines[index] = ""
                index += 1
            }
            if notes[label] != nil {
                warnings.append((start + 1, Messages.footnoteDefinedTwice))
            } else {
                notes[label] = Note(text: text, line: start + 1)
            }
        }
        return notes
    }

    /// The label and the text after `]:` of a definition line.
    static func definition(_ line: String) -> (String, String)? {
        let indent = line.prefix { $0 == " " }.count
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        guard rest.hasPrefix("[^"), let close = rest.firstIndex(of: "]") else { return nil }
        let label = rest[rest.index(rest.startIndex, offsetBy: 2)..<close]
        let after = rest[rest.index(after: close)...]
        guard !label.isEmpty, !label.contains(where: { $0 == " " || $0 == "\t" || $0 == "[" }), after.hasPrefix(":") else { return nil }
        return (String(label), String(after.dropFirst().drop { $0 == " " || $0 == "\t" }))
    }

    /// `line` with each `[^label]` outside code spans replaced by its numbered link.
    func replaceReferences(
        _ line: String, notes: [String: Note], numbers: inout [String: Int], order: inout [String],
        references: inout [String: Int], line number: Int, warnings: inout [(line: Int, message: Message)]
    ) -> String {
        guard line.contains("[^") else { return line }
        var out = ""
        var rest = Substring(line)
        while let open = Self.firstOutsideCode(rest, "[^") {
            out += rest[..<open]
            let afterOpen = rest[rest.index(open, offsetBy: 2)...]
            guard let close = afterOpen.firstIndex(of: "]") else {
                out += rest[open...]
                return out
            }
            let label = String(afterOpen[..<close])
            let after = afterOpen[afterOpen.index(after: close)...]
            guard notes[label] != nil, !label.isEmpty else {
                if !label.isEmpty, !label.contains(" ") { warnings.append((number, Messages.footnoteUndefined)) }
                out += rest[open..<afterOpen.startIndex]
                rest = afterOpen
                continue
            }
            let noteNumber: Int
            if let known = numbers[label] {
                noteNumber = known
            } else {
                noteNumber = order.count + 1
                numbers[label] = noteNumber
                order.append(label)
            }
            let seen = references[label, default: 0] + 1
            references[label] = seen
            let id = seen == 1 ? "fnref-\(noteNumber)" : "fnref-\(noteNumber)-\(seen)"
            out += "<sup class=\"footnote-ref\"><a href=\"#fn-\(noteNumber)\" id=\"\(id)\">\(noteNumber)</a></sup>"
            rest = after
        }
        out += rest
        return out
    }

    /// The first `pattern` in `text` that is not inside a code span (backticks).
    static func firstOutsideCode(_ text: Substring, _ pattern: String) -> Substring.Index? {
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "`" {
                let run = text[index...].prefix { $0 == "`" }.count
                let fence = String(repeating: "`", count: run)
                let after = text.index(index, offsetBy: run)
                if let close = text[after...].range(of: fence) {
                    index = close.upperBound
                    continue
                }
                index = after
                continue
            }
            if text[index...].hasPrefix(pattern) { return index }
            index = text.index(after: index)
        }
        return nil
    }

    // MARK: Tables

    enum Alignment { case none, left, center, right }

    /// The lines of the table whose header is at `index`: the header, the delimiter row and the
    /// rows up to a blank line or the start of another block; nil when no table starts there.
    func tableRows(_ lines: [String], at index: Int, inCode: [Bool]) -> Range<Int>? {
        guard index + 1 < lines.count, !inCode[index], !inCode[index + 1], lines[index].contains("|"),
              lines[index].prefix(while: { $0 == " " }).count <= 3,
              let alignments = Self.delimiterRow(lines[index + 1]),
              Self.cells(lines[index]).count == alignments.count
        else { return nil }
        var end = index + 2
        while end < lines.count, !inCode[end] {
            let trimmed = lines[end].trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix(">") || trimmed.hasPrefix("#") || trimmed.hasPrefix("```")
                || trimmed.hasPrefix("~~~") || trimmed.hasPrefix("<") {
                break
            }
            end += 1
        }
        return index..<end
    }

    /// The alignments of a delimiter row (`| :-- | :-: | --: |`), nil when the line is not one.
    static func delimiterRow(_ line: String) -> [Alignment]? {
        guard line.contains("-"), line.prefix(while: { $0 == " " }).count <= 3 else { return nil }
        let parts = cells(line)
        guard !parts.isEmpty, line.contains("|") || parts.count == 1 else { return nil }
        var alignments: [Alignment] = []
        for part in parts {
            let left = part.hasPrefix(":"), right = part.hasSuffix(":")
            let dashes = part.dropFirst(left ? 1 : 0).dropLast(right && part.count > 1 ? 1 : 0)
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == "-" }) else { return nil }
            alignments.append(left && right ? .center : left ? .left : right ? .right : .none)
        }
        return line.contains("|") ? alignments : nil
    }

    /// The cells of a row: split at `|` that are neither escaped (`\|`) nor in a code span, the
    /// outer pipes dropped, each trimmed, `\|` read as `|`.
    static func cells(_ line: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var inCode = 0
        var characters = Array(line.trimmingCharacters(in: .whitespaces))
        if characters.first == "|" { characters.removeFirst() }
        if characters.last == "|", characters.count < 2 || characters[characters.count - 2] != "\\" { characters.removeLast() }
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\\", index + 1 < characters.count, characters[index + 1] == "|" {
                current.append("|")
                index += 2
                continue
            }
            if character == "`" {
                let run = characters[index...].prefix { $0 == "`" }.count
                inCode = inCode == 0 ? run : (inCode == run ? 0 : inCode)
                current += String(repeating: "`", count: run)
                index += run
                continue
            }
            if character == "|", inCode == 0 {
                cells.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(character)
            }
            index += 1
        }
        cells.append(current.trimmingCharacters(in: .whitespaces))
        return cells
    }

    /// The HTML lines of the table on `rows` (as many lines as it has).
    func table(_ lines: [String], rows: Range<Int>) -> [String] {
        guard let alignments = Self.delimiterRow(lines[rows.lowerBound + 1]) else { return [] }
        func row(_ line: String, header: Bool) -> String {
            var cells = Self.cells(line)
            if cells.count > alignments.count { cells.removeLast(cells.count - alignments.count) }
            while cells.count < alignments.count { cells.append("") }
            var html = "<tr>"
            for (cell, alignment) in zip(cells, alignments) {
                let tag = header ? "th" : "td"
                var attributes = header ? " scope=\"col\"" : ""
                switch alignment {
                case .none: break
                case .left: attributes += " class=\"align-left\""
                case .center: attributes += " class=\"align-center\""
                case .right: attributes += " class=\"align-right\""
                }
                html += "<\(tag)\(attributes)>" + inline(cell) + "</\(tag)>"
            }
            return html + "</tr>"
        }
        var out = ["<table><thead>" + row(lines[rows.lowerBound], header: true) + "</thead>"]
        let body = (rows.lowerBound + 2)..<rows.upperBound
        out.append(body.isEmpty ? "</table>" : "<tbody>")
        for index in body {
            out.append(row(lines[index], header: false) + (index == body.upperBound - 1 ? "</tbody></table>" : ""))
        }
        return out
    }

    /// A cell's Markdown as inline HTML: cmark's paragraph without its `<p>`, on one line.
    func inline(_ text: String) -> String {
        guard !text.isEmpty else { return "" }
        var html = renderFragment(text).trimmingCharacters(in: .whitespacesAndNewlines)
        if html.hasPrefix("<p>"), html.hasSuffix("</p>") { html = String(html.dropFirst(3).dropLast(4)) }
        return html.replacingOccurrences(of: "\n", with: " ")
    }
}
