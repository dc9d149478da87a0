import Foundation
import Yams

/// A Hexo or Hugo post's front matter as Gongshi reads it: always YAML between `---` lines, with
/// the keys those generators use for what Gongshi also has renamed (`permalink`/`url` → `slug`,
/// `lastmod` → `updated`, `description`/`excerpt` → `summary`, Hugo's `[params]` moved up), Hexo's
/// and Hugo's ways of keeping a post unpublished made `draft: true`, theme settings that do
/// nothing here removed, and dates in a form Gongshi reads. Everything else stays as written.
struct PostFrontMatterConverter {
    struct Result {
        var frontMatter: String?
        var body: String
        var bodyFirstLine: Int
        var title: String?
        /// The page name a `permalink` or `url` gave, when the post keeps it as its `slug`.
        var slug: String?
        var changes: [String] = []
        var problems: [PostProblem] = []
        var fenceInserted = false
    }

    /// Keys of Hexo's and Hugo's themes that say nothing Gongshi can show.
    static let themeKeys: Set<String> = [
        "layout", "comments", "comment", "sticky", "top", "toc", "thumbnail", "cover", "banner", "photos", "mathjax",
        "katex", "copyright", "weight", "showtoc", "tocopen", "images", "featured_image", "featureimage", "menu", "type",
        "lang", "language", "keywords", "disqus_identifier", "reward", "donate", "share", "math", "mermaid",
    ]
    /// Keys that keep a post unpublished in its generator, with the value that does so.
    /// (Hexo's `published: false`, hexo-blog-encrypt's `password:`, Hugo's `headless: true` and
    /// `build: {render: never}`.)
    static func keepsUnpublished(_ entry: FrontMatterLines.Entry, _ value: String?) -> Bool {
        let off = ["false", "no", "off"]
        switch entry.key.lowercased() {
        case "published": return value.map { off.contains($0.lowercased()) } ?? false
        case "password", "encrypt", "private", "headless", "hidden": return value.map { !(off + [""]).contains($0.lowercased()) } ?? true
        case "_build", "build":
            return entry.lines.contains { line in
                let words = line.split(whereSeparator: { " \t:{},\"'".contains($0) }).map { $0.lowercased() }
                return zip(words, words.dropFirst()).contains { $0 == "render" && ($1 == "never" || $1 == "false") }
            }
        default: return false
        }
    }

    /// Keys whose meaning Gongshi or the import knows, by their lowercased form (Hugo reads keys
    /// whatever their case: `Draft = true` is a draft there).
    static let canonicalKeys: [String: String] = {
        var keys: [String: String] = [:]
        for key in FrontMatterDecoder.knownKeys.union(["lastmod", "description", "excerpt", "aliases", "unpublishdate", "published",
                                                       "password", "headless", "hidden", "params", "type", "region"]) {
            keys[key.lowercased()] = keys[key.lowercased()] ?? key
        }
        keys["publishdate"] = "publishDate"
        keys["expirydate"] = "expiryDate"
        return keys
    }()

    /// - Parameters:
    ///   - keptOut: why the post is unpublished where it comes from (Hexo's `_drafts`, a Hugo
    ///     section's `cascade`), or nil.
    ///   - now: to tell a post dated in the future (Hugo publishes it only from that date).
    static func convert(_ text: String, file: String, timeZone: TimeZone, keptOut: String?, now: Int64) -> Result {
        var result = convertShifted(text, file: file, timeZone: timeZone, keptOut: keptOut, now: now)
        // Lines are counted in the text with `---` added: one more than the file's own.
        if result.fenceInserted {
            result.bodyFirstLine -= 1
            for index in result.problems.indices where result.problems[index].line > 1 { result.problems[index].line -= 1 }
        }
        return result
    }

    private static func convertShifted(_ text: String, file: String, timeZone: TimeZone, keptOut: String?, now: Int64) -> Result {
        var text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        if text.utf8.contains(0x0D) { text = text.replacingOccurrences(of: "\r\n", with: "\n") }
        var changes: [String] = []
        // Hexo also reads front matter that has no opening `---`: `title: …` lines, then `---`.
        let opened = Self.withOpeningFence(text)
        if let opened {
            text = opened
            changes.append("文件头补上开头的 ---")
        }
        let firstLine = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first.map {
            $0.trimmingCharacters(in: .whitespaces)
        } ?? ""
        let split: FrontMatterSplit
        do {
            split = try FrontMatterSplitter.split(text, file: file)
        } catch {
            // TOML Gongshi cannot say in YAML: the post is written as it is, and the build points at the line.
            var result = Result(frontMatter: nil, body: text, bodyFirstLine: 1, changes: changes)
            result.problems = error.diagnostics.map { PostProblem(line: $0.location.line, column: $0.location.column, message: $0.asMessage) }
            result.frontMatter = nil
            result.body = text
            return result
        }
        guard let yaml = split.yaml else {
            var result = Result(frontMatter: nil, body: split.body, bodyFirstLine: split.bodyFirstLine, changes: changes)
            if let keptOut {
                result.frontMatter = "draft: true"
                result.changes.append("\(keptOut)：写上 draft: true")
            }
            return result
        }
        var lines: FrontMatterLines
        if firstLine == "+++" {
            lines = FrontMatterLines(yaml, firstLine: split.yamlFirstLine)
            changes.append("TOML 文件头改为 YAML")
        } else if firstLine.hasPrefix("{") {
            lines = FrontMatterLines(Self.blockYAML(fromJSON: yaml) ?? yaml, firstLine: split.yamlFirstLine)
            changes.append("JSON 文件头改为 YAML")
        } else {
            lines = FrontMatterLines(yaml, firstLine: split.yamlFirstLine)
        }
        var problems: [PostProblem] = []
        for key in lines.keys {
            guard let canonical = canonicalKeys[key.lowercased()], canonical != key, !lines.has(canonical) else { continue }
            lines.rename(key, to: canonical)
            changes.append("\(Self.keyName(key)) 改为 \(canonical)")
        }
        if let moved = lines.flatten("params") {
            changes.append("Hugo 的 params 中的键移到顶层：" + Self.keyList(moved))
        }
        // Unpublished in Hexo or Hugo stays unpublished here.
        var keptUnpublished = keptOut != nil && lines.scalar("draft") != "true"
        for entry in lines.entries where Self.keepsUnpublished(entry, lines.scalar(entry.key)) {
            keptUnpublished = true
            lines.remove(entry.key)
            changes.append(entry.key == "hidden" ? "hidden 的文章不出现在列表中，本站没有这样的文章：改为 draft: true"
                           : "\(Self.keyName(entry.key)) 表示不公开：改为 draft: true")
        }
        if keptUnpublished {
            lines.set("draft", "true", raw: true)
            if let keptOut { changes.append("\(keptOut)：写上 draft: true") }
        }
        // Hugo publishes a post dated in the future only from that date, and withdraws it at `unpublishdate`.
        if let date = lines.scalar("date").flatMap({ DateParser.parse($0, timeZone: timeZone) }), date.epochSeconds > now,
           !lines.has("publishDate"), let written = lines.scalar("date") {
            lines.set("publishDate", written)
            changes.append("日期在将来：写上同一日期的 publishDate，到那天才发布")
        }
        if lines.has("unpublishdate"), !lines.has("expiryDate") {
            lines.rename("unpublishdate", to: "expiryDate")
            changes.append("unpublishdate 改为 expiryDate")
        }
        // The page's name.
        var slug: String?
        for key in ["permalink", "url"] where lines.has(key) {
            let at = lines.entry(key)?.sourceLine ?? 0
            if lines.has("slug") {
                lines.remove(key)
                changes.append("已有 slug，删除 \(key)")
            } else if let address = lines.scalar(key), let name = AddressSlug.slug(from: address) {
                lines.set(key, name)
                lines.rename(key, to: "slug")
                slug = name
                changes.append("\(key) 改为 slug: \(HarmlessEcho.path(name) ?? "（页面名）")")
            } else {
                lines.remove(key)
                problems.append(PostProblem(line: at, column: 1, message: Messages.postKeyNotConverted(key, why: "最后一段不能用作页面文件名，已删除；页面以文件名命名")))
            }
        }
        for (from, to) in [("lastmod", "updated"), ("description", "summary"), ("excerpt", "summary")] where lines.has(from) {
            if lines.has(to) {
                lines.remove(from)
                changes.append("已有 \(to)，删除 \(from)")
            } else {
                lines.rename(from, to: to)
                changes.append("\(from) 改为 \(to)")
            }
        }
        if let entry = lines.entry("aliases") {
            lines.remove("aliases")
            problems.append(PostProblem(line: entry.sourceLine, column: 1,
                                        message: Messages.postKeyNotConverted("aliases", why: "本站不为旧地址生成跳转页，已删除")))
        }
        let removed = lines.keys.filter { Self.themeKeys.contains($0.lowercased()) }
        for key in removed { lines.remove(key) }
        if !removed.isEmpty { changes.append("删除主题设置（在这里不起作用）：" + Self.keyList(removed)) }
        // Dates Gongshi reads; `2022/02/23 10:46` written as `2022-02-23 10:46`.
        for key in ["date", "updated", "publishDate", "publishdate", "expiryDate", "expirydate", "written", "status_date"] {
            guard let value = lines.scalar(key), DateParser.parse(value, timeZone: timeZone) == nil else { continue }
            if let fixed = Self.dashedDate(value), DateParser.parse(fixed, timeZone: timeZone) != nil {
                lines.set(key, fixed)
                changes.append("\(key) 的日期改写为 YYYY-MM-DD 形式")
            } else {
                problems.append(PostProblem(line: lines.entry(key)?.sourceLine ?? 0, column: 1,
                                            message: Messages.postKeyNotConverted(key, why: "日期无法识别，请改为 2024-01-05 这样的写法")))
            }
        }
        let known = FrontMatterDecoder.knownKeys.union(["type", "region"])
        let unknown = lines.keys.filter { !known.contains($0) }
        if !unknown.isEmpty { changes.append("保留 Gongshi 不认识的键（构建时会提示）：" + Self.keyList(unknown)) }
        var result = Result(frontMatter: lines.text, body: split.body, bodyFirstLine: split.bodyFirstLine, changes: changes)
        result.title = lines.scalar("title")
        result.slug = slug
        result.problems = problems
        result.fenceInserted = opened != nil
        return result
    }

    /// The text with `---` put before front matter that Hexo reads without one: lines of
    /// `key: value` (or lists and indented lines under them) and then a `---` line.
    static func withOpeningFence(_ text: String) -> String? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.firstIndex(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }),
              FrontMatterLines.topLevelKey(String(lines[first])) != nil,
              let fence = lines.indices.dropFirst(first).first(where: { lines[$0].trimmingCharacters(in: .whitespaces) == "---" }),
              fence > first else { return nil }
        for line in lines[first..<fence] {
            let text = String(line)
            let ok = FrontMatterLines.topLevelKey(text) != nil || text.hasPrefix(" ") || text.hasPrefix("-") || text.hasPrefix("#")
                || text.trimmingCharacters(in: .whitespaces).isEmpty
            if !ok { return nil }
        }
        return (lines[..<first] + ["---"] + lines[first...]).joined(separator: "\n")
    }

    /// JSON front matter as block YAML, keys in their order: `key: value` for text, `key: [a, b]`
    /// for a list of texts, anything deeper as YAML writes it.
    static func blockYAML(fromJSON json: String) -> String? {
        guard let node = try? Yams.compose(yaml: json), case .mapping(let mapping) = node else { return nil }
        var lines: [String] = []
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else { return nil }
            let name = FrontMatterLines.quoted(key)
            switch value {
            case .scalar(let scalar) where scalar.style == .plain:
                lines.append(name + ": " + scalar.string)  // JSON's true, false, null and numbers
            case .scalar(let scalar):
                lines.append(name + ": " + FrontMatterLines.quoted(scalar.string))
            case .sequence(let items) where items.allSatisfy({ $0.scalar != nil }):
                lines.append(name + ": [" + items.compactMap(\.string).map(FrontMatterLines.quoted).joined(separator: ", ") + "]")
            default:
                guard let yaml = try? Yams.serialize(node: value, allowUnicode: true) else { return nil }
                lines.append(name + ":")
                lines += yaml.split(separator: "\n").map { "  " + $0 }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `2022/2/3 9:05` → `2022-02-03 09:05`; nil when it is not such a date.
    static func dashedDate(_ value: String) -> String? {
        let parts = value.split(separator: " ", maxSplits: 1)
        guard let day = parts.first else { return nil }
        let fields = day.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." })
        guard fields.count == 3, fields.allSatisfy({ $0.allSatisfy(\.isASCII) && Int($0) != nil }), fields[0].count == 4 else { return nil }
        func two(_ text: Substring) -> String { text.count == 1 ? "0" + text : String(text) }
        var result = "\(fields[0])-\(two(fields[1]))-\(two(fields[2]))"
        if parts.count == 2 {
            let time = parts[1].split(separator: ":")
            guard (2...3).contains(time.count), time.allSatisfy({ Int($0) != nil && $0.count <= 2 }) else { return nil }
            result += " " + time.map(two).joined(separator: ":")
            if time.count == 2 { result += ":00" }
        }
        return result
    }

    static func keyName(_ key: String) -> String { HarmlessEcho.identifier(key) ?? "（键名已隐去）" }
    static func keyList(_ keys: [String]) -> String { keys.map(keyName).joined(separator: "、") }
}

/// Something the import could not convert, at its line and column in the source file.
struct PostProblem: Equatable {
    var line: Int
    var column: Int
    var message: Message
}
