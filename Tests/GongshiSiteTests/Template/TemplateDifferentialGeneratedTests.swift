import Foundation
import Mustache
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// Random templates over random schemas and values, rendered by swift-mustache (over the values'
/// dictionaries) and by the compiled template: the bytes must be the same. The generator covers
/// nesting, optional fields that are absent (the lookup falls through to outer contexts), dotted
/// names, standalone lines, partials with indentation, parents with block overrides, comments,
/// and values with markup characters and line breaks.
///
/// Kept out on purpose: combining marks anywhere (swift-mustache escapes per `Character`, so it
/// leaves a `"` followed by a combining mark unescaped; the compiled renderer escapes bytes), and
/// `{` at the end of a text piece (it would make a different tag out of the next one).
///
/// Seed: `GONGSHI_TEMPLATE_SEED` (default 20240611); cases: `GONGSHI_TEMPLATE_CASES` (default 3000).
@Suite struct TemplateDifferentialGeneratedTests {
    @Test func generatedTemplatesRenderTheSameBytesAsSwiftMustache() throws {
        let environment = ProcessInfo.processInfo.environment
        let seed = environment["GONGSHI_TEMPLATE_SEED"].flatMap { UInt64($0) } ?? 20_240_611
        let cases = environment["GONGSHI_TEMPLATE_CASES"].flatMap { Int($0) } ?? 3000
        var random = SplitMix64(seed: seed)
        var compiledCases = 0
        var failures = 0
        for number in 0..<cases {
            var generator = TemplateGenerator(random: random)
            let generated = generator.makeCase()
            random = generator.random
            let sources = generated.templates.mapValues { TemplateSource(path: "templates/\($0.0).mustache", text: $0.1) }
                .reduce(into: [String: TemplateSource]()) { $0[$1.key] = $1.value }
            var library = MustacheLibrary()
            var referenceParses = true
            for (name, text) in generated.templates {
                do { try library.register(text.1, named: name) } catch { referenceParses = false }
            }
            let compiled: CompiledTemplate
            do {
                compiled = try TemplateCompiler(templates: sources).compile("main", root: generated.schema)
            } catch {
                let codes = Set(error.diagnostics.map(\.code))
                // A name the generator thought visible but an alternative candidate's type is not
                // (a list printed, a missing field in one variant), or a block override that
                // includes, through its own block, itself again (swift-mustache recurses until the
                // stack overflows): not a renderer case.
                let resolution: Set<MessageCode> = [.templateNameUnknown, .templateValueNotPrintable, .templateNameNotObject,
                                                    .templatePartialRecursive]
                if !codes.isSubset(of: resolution) || !referenceParses {
                    #expect(!referenceParses, "case \(number) (seed \(seed)): compiler refused what swift-mustache parses: \(error.diagnostics)\n\(generated.describe())")
                }
                continue
            }
            #expect(referenceParses, "case \(number) (seed \(seed)): swift-mustache refuses what the compiler accepts\n\(generated.describe())")
            guard referenceParses else { continue }
            compiledCases += 1
            for values in generated.values {
                let expected = library.render(values.mustacheDictionary, withTemplate: "main") ?? ""
                let actual = compiled.render(values)
                if Array(actual.utf8) != Array(expected.utf8) {
                    failures += 1
                    if failures <= 3 {
                        Issue.record("""
                            case \(number) (seed \(seed)) differs
                            \(generated.describe())
                            values: \(values.mustacheDictionary)
                            swift-mustache: \(expected.debugDescription)
                            compiled:       \(actual.debugDescription)
                            """)
                    }
                }
            }
        }
        #expect(failures == 0)
        // Most generated cases must compile, or the test proves little.
        #expect(compiledCases * 3 >= cases * 2, "only \(compiledCases) of \(cases) cases compiled")
    }
}

/// A small, seedable random generator (SplitMix64), so a failing case can be replayed.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Makes one case: a root schema, a few values of it, and templates (`main` and its partials).
struct TemplateGenerator {
    var random: SplitMix64
    private var templates: [String: (String, String)] = [:]
    private var partialCount = 0
    private var schemaCount = 0

    init(random: SplitMix64) { self.random = random }

    struct Case {
        let schema: ViewSchema
        let values: [TemplateObject]
        /// name → (name, text)
        let templates: [String: (String, String)]

        func describe() -> String {
            templates.keys.sorted().map { "--- \($0)\n\(templates[$0]?.1 ?? "")" }.joined(separator: "\n")
        }
    }

    mutating func makeCase() -> Case {
        let schema = makeSchema(depth: 0)
        var values: [TemplateObject] = []
        for _ in 0..<3 { values.append(makeObject(schema, depth: 0)) }
        let main = makeTemplate(frames: [.object(schema)], depth: 0, inPartial: false)
        templates["main"] = ("main", main)
        return Case(schema: schema, values: values, templates: templates)
    }

    // MARK: Schemas and values

    private static let names = ["a", "b", "c", "d", "e"]

    private mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }
    private mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &random)] }

    private mutating func makeSchema(depth: Int) -> ViewSchema {
        schemaCount += 1
        let count = Int.random(in: 2...4, using: &random)
        var names = Self.names
        names.shuffle(using: &random)
        let fields = names.prefix(count).map { name in
            ViewField(name, makeType(depth: depth), optional: chance(40))
        }
        return ViewSchema("View\(schemaCount)", Array(fields))
    }

    private mutating func makeType(depth: Int) -> ViewFieldType {
        let roll = Int.random(in: 0..<100, using: &random)
        switch roll {
        case 0..<25: return .text
        case 25..<40: return .number
        case 40..<55: return .flag
        case 55..<75 where depth < 2: return .object(makeSchema(depth: depth + 1))
        case 75..<100 where depth < 2:
            let item: ViewFieldType = chance(60) ? .object(makeSchema(depth: depth + 1)) : pick([.text, .number, .flag, .list(.text)])
            return .list(item)
        default: return .text
        }
    }

    private mutating func makeObject(_ schema: ViewSchema, depth: Int) -> TemplateObject {
        TemplateObject(schema, schema.fields.map { field in
            field.optional && chance(45) ? .absent : makeValue(field.type, depth: depth)
        })
    }

    private static let valuePieces = ["x", "Y", " ", "<b>", "&", "\"", "'", ">", "\n", "\r\n", "\r", "\t", "公示", "{{a}}", "", "  "]

    private mutating func makeValue(_ type: ViewFieldType, depth: Int) -> TemplateValue {
        switch type {
        case .text:
            var text = ""
            for _ in 0..<Int.random(in: 0...4, using: &random) { text += pick(Self.valuePieces) }
            return .text(text)
        case .number: return .number(pick([0, 1, -7, 42, 1_000_000, Int.max, Int.min]))
        case .flag: return .flag(chance(50))
        case .object(let schema): return .object(makeObject(schema, depth: depth + 1))
        case .list(let item):
            let count = pick([0, 0, 1, 2, 3])
            return .list((0..<count).map { _ in makeValue(item, depth: depth + 1) })
        }
    }

    // MARK: Templates

    private static let textPieces = ["x", " ", "  ", "\n", "\n", "\n", "\t", "<p>", "&amp;", "中文", "{x", "}", "a b", "\r\n", "\n  ", "\n\t"]

    /// Names visible in `frames` with their types (first segments, and one dotted step into objects).
    private func visibleNames(_ frames: [ViewFieldType]) -> [(String, ViewFieldType)] {
        var names: [(String, ViewFieldType)] = []
        var seen: Set<String> = []
        for frame in frames.reversed() {
            guard case .object(let schema) = frame else { continue }
            for field in schema.fields where seen.insert(field.name).inserted {
                names.append((field.name, field.type))
                if case .object(let inner) = field.type {
                    for innerField in inner.fields { names.append((field.name + "." + innerField.name, innerField.type)) }
                }
            }
        }
        if let top = frames.last { names.append((".", top)) }
        return names
    }

    private mutating func makeTemplate(frames: [ViewFieldType], depth: Int, inPartial: Bool) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 1...(depth == 0 ? 8 : 4), using: &random) {
            text += makePiece(frames: frames, depth: depth)
        }
        return text
    }

    /// A tag, alone on its line (with indentation) or inline, or text.
    private mutating func makePiece(frames: [ViewFieldType], depth: Int) -> String {
        let roll = Int.random(in: 0..<100, using: &random)
        if roll < 30 { return pick(Self.textPieces) }
        let tag = makeTag(frames: frames, depth: depth)
        if chance(40) {
            // Standalone: a line of its own, maybe indented, maybe with trailing blanks.
            return pick(["\n", "\n", "\r\n"]) + pick(["", " ", "  ", "\t"]) + tag + pick(["", " ", "\t"]) + pick(["\n", "\r\n", ""])
        }
        return tag
    }

    private mutating func makeTag(frames: [ViewFieldType], depth: Int) -> String {
        let names = visibleNames(frames)
        let roll = Int.random(in: 0..<100, using: &random)
        switch roll {
        case 0..<35:
            let printable = names.filter { if case .list = $0.1 { return false }; if case .object = $0.1 { return false }; return true }
            guard !printable.isEmpty else { return "{{! nothing to print }}" }
            let name = pick(printable).0
            return pick(["{{\(name)}}", "{{ \(name) }}", "{{{\(name)}}}", "{{&\(name)}}"])
        case 35..<65 where depth < 3:
            let (name, type) = pick(names)
            let inverted = chance(30)
            var inner = frames
            if !inverted {
                switch type {
                case .flag: break
                case .list(let item): inner.append(item)
                default: inner.append(type)
                }
            }
            let body = makeTemplate(frames: inner, depth: depth + 1, inPartial: false)
            return "{{\(inverted ? "^" : "#")\(name)}}" + body + "{{/\(name)}}"
        case 65..<80 where depth < 3:
            partialCount += 1
            let name = "p\(partialCount)"
            let body = makeTemplate(frames: frames, depth: depth + 1, inPartial: true)
            templates[name] = (name, body)
            return "{{> \(name)}}"
        case 80..<90 where depth < 3:
            // A parent with a block, overridden or not.
            partialCount += 1
            let name = "p\(partialCount)"
            let block = pick(["b1", "b2"])
            let parentBody = makeTemplate(frames: frames, depth: depth + 1, inPartial: true)
                + pick(["", "\n", "\n  "]) + "{{$\(block)}}" + makeTemplate(frames: frames, depth: depth + 2, inPartial: true) + "{{/\(block)}}"
                + makeTemplate(frames: frames, depth: depth + 2, inPartial: true)
            templates[name] = (name, parentBody)
            var overrides = ""
            if chance(70) {
                overrides = pick(["", "\n", "\n  "]) + "{{$\(block)}}" + pick(["", "\n", "\n    "])
                    + makeTemplate(frames: frames, depth: depth + 2, inPartial: true) + pick(["", "\n  "]) + "{{/\(block)}}" + pick(["", "\n"])
            }
            return "{{<\(name)}}" + overrides + "{{/\(name)}}"
        case 90..<95:
            return "{{$b1}}" + makeTemplate(frames: frames, depth: depth + 2, inPartial: true) + "{{/b1}}"
        default:
            return pick(["{{! a comment }}", "{{!\nmore\n}}"])
        }
    }
}
