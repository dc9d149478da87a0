import GongshiCore

/// Reads a Mustache template into `MustacheNode`s exactly as swift-mustache 2.1.1 tokenises it
/// (`Template+Parser.swift`, ported step by step over the same `Character`s, quirks included:
/// standalone lines, the whitespace kept before tags, the de-indented lines of a block override),
/// so that a compiled template prints the same bytes. Unlike swift-mustache it keeps the line and
/// column of each tag, and it refuses the features the themes do not use (set delimiters,
/// transforms, dynamic partials, content-type tags) with a message naming their place.
struct MustacheParser {
    /// `Character`s, as swift-mustache walks them: `\r\n` is one, so is a letter with its accents.
    private let characters: [Character]
    private let templateName: String
    private let path: String
    private var position = 0
    /// Where the last `{{` found starts.
    private var tagStart = 0
    private var overrideCount = 0

    /// Parses `text`, the template `templateName` read from `path` (site-relative, for messages).
    static func parse(_ text: String, templateName: String, path: String) throws(ContentErrors) -> [MustacheNode] {
        var parser = MustacheParser(characters: Array(text), templateName: templateName, path: path)
        let tokens = try parser.parse(State())
        return try parser.nodes(tokens)
    }

    private init(characters: [Character], templateName: String, path: String) {
        self.characters = characters
        self.templateName = templateName
        self.path = path
    }

    /// swift-mustache's `ParserState`, without the delimiters (always `{{ }}` here).
    private struct State {
        var sectionName: String?
        var newLine = true
        var isPartialDefinition = false
        var isPartialDefinitionTopLevel = false
        var partialDefinitionIndent: [Character]?

        func withSectionName(_ name: String, newLine: Bool) -> State {
            var state = self
            state.sectionName = name
            state.isPartialDefinitionTopLevel = false
            if !newLine { state.newLine = false }
            return state
        }

        func withInheritancePartial(_ name: String) -> State {
            var state = self
            state.sectionName = name
            state.newLine = true
            state.isPartialDefinition = true
            state.isPartialDefinitionTopLevel = true
            return state
        }
    }

    /// A node, or a block definition (only at the top level of a `{{< parent}}`).
    private enum Token {
        case node(MustacheNode)
        case blockDefinition(String, [Token], TemplatePosition)
    }

    private mutating func parse(_ initial: State) throws(ContentErrors) -> [Token] {
        var tokens: [Token] = []
        var state = initial
        var whiteSpaceBefore = ""
        while !reachedEnd {
            if state.newLine {
                let whiteSpace = read(while: { $0 == " " || $0 == "\t" })
                if state.isPartialDefinition, !state.isPartialDefinitionTopLevel {
                    if let indent = state.partialDefinitionIndent {
                        whiteSpaceBefore = String(whiteSpace.dropFirst(indent.count))
                    } else {
                        state.partialDefinitionIndent = whiteSpace
                    }
                } else {
                    whiteSpaceBefore = String(whiteSpace)
                }
            }
            let text = try readUntilDelimiterOrNewline()
            if current.isNewline {
                tokens.append(.node(.text(whiteSpaceBefore + text + String(current))))
                state.newLine = true
                position += 1
                continue
            }
            if !text.isEmpty {
                tokens.append(.node(.text(whiteSpaceBefore + text)))
                whiteSpaceBefore = ""
                state.newLine = false
            }
            if reachedEnd { break }
            let at = place(tagStart)
            var setNewLine = false
            switch current {
            case "#", "^":
                let inverted = current == "^"
                position += 1
                let name = try readName()
                if isStandalone(state) {
                    setNewLine = true
                } else if !whiteSpaceBefore.isEmpty {
                    tokens.append(.node(.text(whiteSpaceBefore)))
                    whiteSpaceBefore = ""
                }
                let body = try parse(state.withSectionName(name, newLine: setNewLine))
                tokens.append(.node(.section(try mustacheName(name, at: at), inverted: inverted, body: try nodes(body), at: at)))
            case "/":
                position += 1
                let name = try readName()
                guard name == state.sectionName else {
                    throw error(at, Messages.templateTagInvalid(Messages.templateSectionCloseName))
                }
                if !isStandalone(state), !whiteSpaceBefore.isEmpty {
                    tokens.append(.node(.text(whiteSpaceBefore)))
                }
                return tokens
            case "!":
                position += 1
                try skipComment(at)
                setNewLine = isStandalone(state)
            case "{", "&":
                let triple = current == "{"
                if !whiteSpaceBefore.isEmpty {
                    tokens.append(.node(.text(whiteSpaceBefore)))
                    whiteSpaceBefore = ""
                }
                position += 1
                let name = try readName()
                if triple {
                    guard position < characters.count else { throw error(at, Messages.templateTagInvalid(Messages.templateUnfinishedName)) }
                    guard current == "}" else { throw error(at, Messages.templateTagInvalid(Messages.templateUnfinishedName)) }
                    position += 1
                }
                tokens.append(.node(.variable(try mustacheName(name, at: at), escaped: false, at: at)))
            case ">":
                position += 1
                _ = read(while: \.isWhitespace)
                if current == "*" { throw error(at, Messages.templateFeatureUnsupported(Messages.templateFeatureDynamicPartial)) }
                let name = try readPartialName()
                if !whiteSpaceBefore.isEmpty {
                    tokens.append(.node(.text(whiteSpaceBefore)))
                }
                if isStandalone(state) {
                    setNewLine = true
                    tokens.append(.node(.partial(name, indentation: whiteSpaceBefore, at: at)))
                } else {
                    tokens.append(.node(.partial(name, indentation: nil, at: at)))
                }
                whiteSpaceBefore = ""
            case "<":
                position += 1
                _ = read(while: \.isWhitespace)
                let name = try readPartialName()
                if name.first == "*" { throw error(at, Messages.templateFeatureUnsupported(Messages.templateFeatureDynamicPartial)) }
                if !whiteSpaceBefore.isEmpty {
                    tokens.append(.node(.text(whiteSpaceBefore)))
                }
                if isStandalone(state) { setNewLine = true }
                let body = try parse(state.withInheritancePartial(name))
                var overrides: [String: MustacheBlockOverride] = [:]
                for token in body {
                    switch token {
                    case .blockDefinition(let block, let blockBody, _):
                        overrideCount += 1
                        overrides[block] = MustacheBlockOverride(
                            id: "\(templateName)#\(overrideCount)", body: try nodes(blockBody), templateName: templateName)
                    case .node(.text):
                        break
                    case .node:
                        throw error(at, Messages.templateTagInvalid(Messages.templateParentContent))
                    }
                }
                tokens.append(.node(.parent(name, indentation: whiteSpaceBefore, overrides: overrides, at: at)))
                whiteSpaceBefore = ""
            case "$":
                position += 1
                let name = try readName()
                if state.isPartialDefinitionTopLevel {
                    if isStandalone(state) { setNewLine = true }
                    let body = try parse(state.withSectionName(name, newLine: setNewLine))
                    tokens.append(.blockDefinition(name, body, at))
                } else {
                    if !whiteSpaceBefore.isEmpty {
                        tokens.append(.node(.text(whiteSpaceBefore)))
                    }
                    if isStandalone(state) { setNewLine = true }
                    let body = try parse(state.withSectionName(name, newLine: setNewLine))
                    tokens.append(.node(.block(name, defaultBody: try nodes(body), indentation: whiteSpaceBefore, at: at)))
                    whiteSpaceBefore = ""
                }
            case "=":
                throw error(at, Messages.templateFeatureUnsupported(Messages.templateFeatureDelimiters))
            case "%":
                throw error(at, Messages.templateFeatureUnsupported(Messages.templateFeatureConfiguration))
            default:
                if !whiteSpaceBefore.isEmpty {
                    tokens.append(.node(.text(whiteSpaceBefore)))
                    whiteSpaceBefore = ""
                }
                let name = try readName()
                tokens.append(.node(.variable(try mustacheName(name, at: at), escaped: true, at: at)))
            }
            state.newLine = setNewLine
        }
        if state.sectionName != nil {
            throw error(place(tagStart), Messages.templateTagInvalid(Messages.templateExpectedSectionEnd))
        }
        return tokens
    }

    private func nodes(_ tokens: [Token]) throws(ContentErrors) -> [MustacheNode] {
        var nodes: [MustacheNode] = []
        for token in tokens {
            switch token {
            case .node(let node): nodes.append(node)
            // Cannot happen: definitions are only read at the top level of a parent.
            case .blockDefinition(_, _, let at): throw error(at, Messages.templateTagInvalid(Messages.templateParentContent))
            }
        }
        return nodes
    }

    // MARK: Reading

    private var reachedEnd: Bool { position >= characters.count }
    /// swift-mustache's `current()`: NUL at the end.
    private var current: Character { position < characters.count ? characters[position] : "\0" }

    private mutating func read(while accept: (Character) -> Bool) -> [Character] {
        let start = position
        while position < characters.count, accept(characters[position]) { position += 1 }
        return Array(characters[start..<position])
    }

    /// Reads `string` if it comes next; like swift-mustache, running out of text is an error.
    private mutating func read(string: String, orThrowAt at: TemplatePosition) throws(ContentErrors) -> Bool {
        let wanted = Array(string)
        guard characters.count - position >= wanted.count else {
            throw error(at, Messages.templateTagInvalid(Messages.templateUnfinishedName))
        }
        guard Array(characters[position..<position + wanted.count]) == wanted else { return false }
        position += wanted.count
        return true
    }

    private mutating func readUntilDelimiterOrNewline() throws(ContentErrors) -> String {
        var total = ""
        while !reachedEnd {
            let start = position
            while position < characters.count, characters[position] != "\n", characters[position] != "\r\n",
                  characters[position] != "{" {
                position += 1
            }
            total += String(characters[start..<position])
            if current.isNewline {
                break
            } else if current == "{" {
                if try read(string: "{{", orThrowAt: place(position)) {
                    tagStart = position - 2
                    break
                }
                total += "{"
                position += 1
            }
        }
        return total
    }

    private static let nameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    private static let partialNameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")

    private mutating func readName() throws(ContentErrors) -> String {
        let at = place(tagStart)
        _ = read(while: \.isWhitespace)
        let name = String(read(while: { Self.nameCharacters.contains($0) }))
        _ = read(while: \.isWhitespace)
        guard try read(string: "}}", orThrowAt: at) else { throw error(at, Messages.templateTagInvalid(Messages.templateUnfinishedName)) }
        if name.contains("(") || name.contains(")") {
            throw error(at, Messages.templateFeatureUnsupported(Messages.templateFeatureTransform))
        }
        return name
    }

    private mutating func readPartialName() throws(ContentErrors) -> String {
        let at = place(tagStart)
        _ = read(while: \.isWhitespace)
        let name = String(read(while: { Self.partialNameCharacters.contains($0) }))
        _ = read(while: \.isWhitespace)
        guard try read(string: "}}", orThrowAt: at) else { throw error(at, Messages.templateTagInvalid(Messages.templateUnfinishedName)) }
        return name
    }

    private mutating func skipComment(_ at: TemplatePosition) throws(ContentErrors) {
        while position + 1 < characters.count {
            if characters[position] == "}", characters[position + 1] == "}" {
                position += 2
                return
            }
            position += 1
        }
        throw error(at, Messages.templateTagInvalid(Messages.templateUnfinishedName))
    }

    /// swift-mustache's `isStandalone`: at the start of a line and nothing but spaces and tabs
    /// up to its end (which is then consumed).
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if reachedEnd { return true }
        var ahead = position
        while ahead < characters.count, characters[ahead] == " " || characters[ahead] == "\t" { ahead += 1 }
        guard ahead < characters.count, characters[ahead].isNewline else { return false }
        position = ahead + 1
        return true
    }

    /// The subset of names the compiler resolves: `.` or dotted segments, none of them empty.
    private func mustacheName(_ name: String, at: TemplatePosition) throws(ContentErrors) -> MustacheName {
        if name == "." { return MustacheName(segments: []) }
        if name.isEmpty { throw error(at, Messages.templateTagInvalid(Messages.templateEmptyName)) }
        let segments = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !segments.contains(where: \.isEmpty) else {
            throw error(at, Messages.templateFeatureUnsupported(Messages.templateFeatureDottedForm))
        }
        return MustacheName(segments: segments)
    }

    // MARK: Places

    /// Line and column of a character index (lines counted as swift-mustache counts them).
    private func place(_ index: Int) -> TemplatePosition {
        var line = 1
        var column = 1
        for character in characters[..<min(index, characters.count)] {
            if character.isNewline {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return TemplatePosition(line: line, column: column)
    }

    private func error(_ at: TemplatePosition, _ message: Message) -> ContentErrors {
        ContentErrors([.error(SourceLocation(file: path, line: at.line, column: at.column), message)])
    }
}
