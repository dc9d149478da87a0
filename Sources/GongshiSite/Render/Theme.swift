import Foundation
import GongshiCore
import Mustache

/// A theme's templates, ready to render, and its assets folder. A site overrides any single
/// template by putting one of the same name in its own `templates/` folder.
public struct Theme: Sendable {

    let library: MustacheLibrary
    /// Where each template came from, relative to the site folder.
    let templatePaths: [String: String]
    let assetsFolder: ThemeAssets.Source
    /// For each template: a digest of its text and of every partial and parent it reaches, so the
    /// build cache re-renders exactly the pages whose templates changed.
    let templateDigests: [String: String]
    /// Every template's text, for the compiler.
    let sources: [String: TemplateSource]
    /// The templates the plan's pages use, compiled against their pages' root views
    /// (`compiled(for:templates:)`), and the document schemas they were compiled for.
    private(set) var compiled: [String: CompiledTemplate] = [:]
    private(set) var documentSchemas: DocumentSchemas?
    var compiledTemplates: Dictionary<String, CompiledTemplate>.Values { compiled.values }

    /// The theme with `templates` compiled for the pages of `plan`: a name no view has, a list
    /// printed as text, a missing partial are errors naming the template's file, line and column.
    func compiled(for plan: SitePlan, templates: Set<String>) throws(ContentErrors) -> Theme {
        let schemas = DocumentSchemas(plan)
        let views = PageViews(plan: plan, documentSchemas: schemas)
        let compiler = TemplateCompiler(templates: sources)
        var log = DiagnosticLog()
        var result = self
        result.documentSchemas = schemas
        for name in templates.sorted() {
            guard let root = views.rootSchema(forTemplate: name) else { continue }
            do {
                result.compiled[name] = try compiler.compile(name, root: root)
            } catch {
                log.append(contentsOf: error.diagnostics)
            }
        }
        try log.throwIfErrors()
        return result
    }

    /// swift-mustache over the same values as dictionaries: the reference the compiled templates
    /// are tested against (`TemplateDifferentialSampleTests`), never used to publish.
    func referenceRender(_ context: [String: Any], template name: String) -> String? {
        library.render(context, withTemplate: name)
    }
}

enum ThemeLoader {
    /// - Parameter requiredTemplates: the templates the planned pages use.
    static func load(siteFolder: URL, config: SiteConfig, requiredTemplates: Set<String>) throws(ContentErrors) -> Theme {
        let themeRelative = "themes/\(config.theme)"
        let files = SiteFiles(siteFolder: siteFolder, limits: config.limits)
        switch try files.entry(themeRelative) {
        case .folder: break
        case .missing:
            let at = config.keyLocations["theme"] ?? SourceLocation(file: SiteConfig.fileName)
            throw ContentErrors([.error(at, Messages.themeMissing(themeRelative))])
        case .file, .special:
            throw ContentErrors([.error(SourceLocation(file: themeRelative), Messages.folderIsAFile)])
        }
        var log = DiagnosticLog()
        // Theme templates first, then the site's own, which replace those of the same name.
        var sources: [String: (path: String, url: URL)] = [:]
        for folder in [themeRelative + "/templates", "templates"] {
            let names: [String]
            do {
                names = try files.files(under: folder, matching: { $0.hasSuffix(".mustache") }, log: &log) ?? []
            } catch {
                log.append(contentsOf: error.diagnostics)
                continue
            }
            for relative in names {
                let name = String(relative.dropLast(".mustache".count))
                sources[name] = (folder + "/" + relative, siteFolder.appendingPathComponent(folder + "/" + relative))
            }
        }
        var library = MustacheLibrary()
        var texts: [String: String] = [:]
        for name in sources.keys.sorted() {
            guard let source = sources[name] else { continue }
            do {
                let text = try files.readText(source.path)
                texts[name] = text
                library.register(try parse(text, path: source.path), named: name)
            } catch {
                log.append(contentsOf: error.diagnostics)
            }
        }
        for name in requiredTemplates.sorted() where sources[name] == nil {
            log.error(SourceLocation(file: themeRelative + "/templates"),
                      Messages.templateMissing(name, searched: [themeRelative + "/templates", "templates"]))
        }
        // swift-mustache renders a missing partial as nothing, silently: check every reference now.
        for name in texts.keys.sorted() {
            guard let text = texts[name], let source = sources[name] else { continue }
            for reference in PartialReferenceScanner.references(in: text) where sources[reference.name] == nil {
                log.error(SourceLocation(file: source.path, line: reference.line, column: reference.column),
                          Messages.templatePartialMissing(reference.name))
            }
        }
        try log.throwIfErrors()
        return Theme(library: library, templatePaths: sources.mapValues(\.path),
                     assetsFolder: ThemeAssets.Source(files: files, folder: themeRelative + "/assets"),
                     templateDigests: closureDigests(texts),
                     sources: texts.reduce(into: [:]) { all, entry in
                         if let source = sources[entry.key] { all[entry.key] = TemplateSource(path: source.path, text: entry.value) }
                     })
    }

    /// SHA-256 over the names and texts of a template and everything it includes, in name order.
    static func closureDigests(_ texts: [String: String]) -> [String: String] {
        let references = texts.mapValues { Set(PartialReferenceScanner.references(in: $0).map(\.name)) }
        var digests: [String: String] = [:]
        for name in texts.keys {
            var reached: Set<String> = [name]
            var pending = [name]
            while let next = pending.popLast() {
                for reference in references[next] ?? [] where reached.insert(reference).inserted { pending.append(reference) }
            }
            var bytes: [UInt8] = []
            for member in reached.sorted() {
                bytes += Array(member.utf8) + [0] + Array((texts[member] ?? "").utf8) + [0]
            }
            digests[name] = SHA256.hexDigest(bytes)
        }
        return digests
    }

    private static func parse(_ text: String, path: String) throws(ContentErrors) -> MustacheTemplate {
        do {
            return try MustacheTemplate(string: text)
        } catch let error as MustacheTemplate.ParserError {
            throw ContentErrors([.error(
                SourceLocation(file: path, line: error.context.lineNumber, column: error.context.columnNumber),
                Messages.templateSyntax(describe(error.error)))])
        } catch {
            throw ContentErrors([.error(SourceLocation(file: path), Messages.templateSyntax(Messages.templateSyntaxUnknown))])
        }
    }

    private static func describe(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return Messages.templateSyntaxUnknown }
        switch error {
        case .sectionCloseNameIncorrect: return Messages.templateSectionCloseName
        case .unfinishedName: return Messages.templateUnfinishedName
        case .expectedSectionEnd: return Messages.templateExpectedSectionEnd
        case .invalidSetDelimiter: return Messages.templateInvalidSetDelimiter
        // The library's own name for the case (an English identifier such as
        // `unexpectedEndOfInput`), after a Chinese lead-in: there is no sentence to translate.
        default: return Messages.templateSyntaxUnknown + "（\(error)）"
        }
    }
}

/// Finds `{{> name}}` and `{{< name}}` (partials and parents) in a template's text.
enum PartialReferenceScanner {
    struct Reference: Equatable {
        let name: String
        let line: Int
        let column: Int
    }

    static func references(in text: String) -> [Reference] {
        var references: [Reference] = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (lineIndex, line) in lines.enumerated() {
            var searchStart = line.startIndex
            while let open = line.range(of: "{{", range: searchStart..<line.endIndex) {
                var index = open.upperBound
                while index < line.endIndex, line[index] == " " { index = line.index(after: index) }
                guard index < line.endIndex, line[index] == ">" || line[index] == "<" else {
                    searchStart = open.upperBound
                    continue
                }
                index = line.index(after: index)
                guard let close = line.range(of: "}}", range: index..<line.endIndex) else { break }
                let name = line[index..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                // `{{>*dynamic}}` names its partial at render time: nothing to check here.
                if !name.isEmpty, !name.hasPrefix("*") {
                    let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                    references.append(Reference(name: name, line: lineIndex + 1, column: column))
                }
                searchStart = close.upperBound
            }
        }
        return references
    }
}
