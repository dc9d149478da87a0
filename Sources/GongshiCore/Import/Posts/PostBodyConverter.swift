import Foundation

/// A Hexo or Hugo post's body as Markdown Gongshi renders: the tags and shortcodes that have a
/// Markdown form rewritten to it (`{% asset_img a.jpg 说明 %}` → `![说明](post/a.jpg)`,
/// `{{< figure src="a.jpg" >}}`, `{% post_link other %}`, `{{< ref "other.md" >}}`, code and quote
/// blocks), links to the post's own files pointed into its folder beside it, files the site root
/// held (`/images/a.png`) copied there. What has no Markdown form (a video player, a gist) stays
/// as written and is reported: the build refuses it with the fix.
struct PostBodyConverter {
    /// Another post of the import, as links name it.
    struct Target {
        let name: String
        let title: String?
    }

    /// The post's output name: its files go into a folder of that name beside it.
    let name: String
    /// The post's own files (Hexo's asset folder, Hugo's bundle), relative to their folder.
    let assets: Set<String>
    /// The name of that folder in the source (links may name it).
    let assetFolderName: String?
    /// The post a `post_link`, `ref` or relative `.md` link names; nil when it is not in the import.
    let findPost: (String) -> Target?
    /// A file a site-absolute link (`/images/a.png`) names, in the generator's source or static folder.
    let findRootFile: (String) -> URL?

    struct Result {
        var body: String
        /// How many of each conversion (for the report), by what was converted.
        var counts: [String: Int] = [:]
        var problems: [PostProblem] = []
        /// Files to copy into the post's folder: source and name there.
        var copies: [(source: URL, name: String)] = []
    }

    func convert(_ body: String, firstLine: Int) -> Result {
        var result = Result(body: "")
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var out: [String] = []
        var fence: String?
        var index = 0
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if let marker = Self.fenceMarker(trimmed) {
                if fence == nil { fence = marker } else if trimmed.hasPrefix(fence ?? "") { fence = nil }
                out.append(line)
                index += 1
                continue
            }
            if fence != nil {
                out.append(line)
                index += 1
                continue
            }
            if let block = BlockTag(trimmed), let close = lines.indices.dropFirst(index + 1).first(where: { block.isClosing(lines[$0]) }) {
                out += convert(block: block, inner: Array(lines[(index + 1)..<close]), firstLine: firstLine + index + 1, into: &result)
                result.counts[block.label, default: 0] += 1
                index = close + 1
                continue
            }
            out.append(convert(line: line, lineNumber: firstLine + index, into: &result))
            index += 1
        }
        result.body = out.joined(separator: "\n")
        return result
    }

    private static func fenceMarker(_ trimmed: String) -> String? {
        if trimmed.hasPrefix("```") { return "```" }
        if trimmed.hasPrefix("~~~") { return "~~~" }
        return nil
    }

    // MARK: Blocks

    /// A tag that opens a block on a line of its own: code, a quote, raw text.
    struct BlockTag {
        enum Kind { case code, quote, raw }
        let kind: Kind
        let closing: [String]
        let arguments: TagArguments
        let label: String

        init?(_ trimmed: String) {
            guard let tag = InlineTag(trimmed[...]), tag.length == trimmed.count else { return nil }
            switch (tag.hugo, tag.name) {
            case (false, "codeblock"), (false, "code"):
                (kind, closing, label) = (.code, ["end" + tag.name], "{% \(tag.name) %} 改为代码块")
            case (false, "blockquote"), (false, "quote"), (false, "pullquote"):
                (kind, closing, label) = (.quote, ["end" + tag.name], "{% \(tag.name) %} 改为引用")
            case (false, "raw"):
                (kind, closing, label) = (.raw, ["endraw"], "{% raw %} 去掉，内容保留")
            case (true, "highlight"):
                (kind, closing, label) = (.code, ["/highlight"], "{{< highlight >}} 改为代码块")
            default:
                return nil
            }
            arguments = tag.arguments
        }

        func isClosing(_ line: String) -> Bool {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard let tag = InlineTag(trimmed[...]), tag.length == trimmed.count else { return false }
            return closing.contains(tag.closing ? "/" + tag.name : tag.name)
        }
    }

    private func convert(block: BlockTag, inner: [String], firstLine: Int, into result: inout Result) -> [String] {
        switch block.kind {
        case .code:
            let language = block.arguments.positional.first { $0.hasPrefix("lang:") }.map { String($0.dropFirst(5)) }
                ?? (block.label.hasPrefix("{{<") ? block.arguments.positional.first : nil) ?? ""
            let longest = inner.map { $0.prefix { $0 == "`" }.count }.max() ?? 0
            let fence = String(repeating: "`", count: max(3, longest + 1))
            return [fence + language] + inner + [fence]
        case .raw:
            return inner.enumerated().map { convert(line: $0.element, lineNumber: firstLine + $0.offset, into: &result) }
        case .quote:
            var quoted = inner.enumerated().map { offset, line in
                let converted = convert(line: line, lineNumber: firstLine + offset, into: &result)
                return converted.isEmpty ? ">" : "> " + converted
            }
            let words = block.arguments.positional.filter { !$0.contains("://") }
            let link = block.arguments.positional.first { $0.contains("://") }
            if !words.isEmpty {
                let source = words.joined(separator: " ")
                quoted += [">", "> —— " + (link.map { "[\(source)](\($0))" } ?? source)]
            }
            return quoted
        }
    }

    // MARK: Lines

    private func convert(line: String, lineNumber: Int, into result: inout Result) -> String {
        guard line.contains("{%") || line.contains("{{<") || line.contains("{{%") || line.contains("](")
                || line.contains("src=") || line.contains("href=") || line.contains("]:") else { return line }
        var out = ""
        var rest = line[...]
        var column = 1
        var inCode = false
        while let first = rest.first {
            if first == "`" { inCode.toggle() }
            if !inCode, let tag = InlineTag(rest) {
                if let replacement = replacement(for: tag, lineNumber: lineNumber, into: &result) {
                    out += replacement
                    result.counts[tag.label, default: 0] += 1
                } else {
                    out += rest.prefix(tag.length)
                    result.problems.append(PostProblem(line: lineNumber, column: column, message: Messages.postTagNotConverted(
                        tag.name, hugo: tag.hugo, replacement: ShortcodeScanner.replacement(for: HarmlessEcho.identifier(tag.name)))))
                }
                rest = rest.dropFirst(tag.length)
                column += tag.length
                continue
            }
            out.append(first)
            rest = rest.dropFirst()
            column += 1
        }
        return LinkTargets.rewrite(out) { target in rewrite(target, lineNumber: lineNumber, into: &result) }
    }

    private func replacement(for tag: InlineTag, lineNumber: Int, into result: inout Result) -> String? {
        let words = tag.arguments.positional.filter { !["true", "false"].contains($0) }
        guard !tag.closing else { return nil }
        switch (tag.hugo, tag.name) {
        case (false, "asset_img"):
            guard let at = words.firstIndex(where: { assets.contains($0) }) ?? words.firstIndex(where: { $0.contains(".") }) else { return nil }
            let text = words[(at + 1)...].filter { Int($0) == nil }.joined(separator: " ")
            return "![\(Self.escaped(text))](\(assetLink(words[at], lineNumber: lineNumber, into: &result)))"
        case (false, "asset_link"):
            guard let file = words.first else { return nil }
            let text = words.dropFirst().joined(separator: " ")
            return "[\(Self.escaped(text.isEmpty ? file : text))](\(assetLink(file, lineNumber: lineNumber, into: &result)))"
        case (false, "asset_path"):
            guard let file = words.first else { return nil }
            return assetLink(file, lineNumber: lineNumber, into: &result)
        case (false, "post_link"), (false, "post_path"):
            guard let slug = words.first, let target = findPost(slug) else { return nil }
            if tag.name == "post_path" { return target.name + ".md" }
            let text = words.dropFirst().joined(separator: " ")
            return "[\(Self.escaped(text.isEmpty ? target.title ?? target.name : text))](\(target.name).md)"
        case (false, "img"):
            guard let at = words.firstIndex(where: { $0.contains("/") || $0.contains(".") }) else { return nil }
            let text = words[(at + 1)...].filter { Int($0) == nil }.joined(separator: " ")
            return "![\(Self.escaped(text))](\(Self.destination(words[at])))"
        case (false, "link"):
            guard let at = words.firstIndex(where: { $0.contains("://") || $0.hasPrefix("/") }), at > 0 else { return nil }
            return "[\(Self.escaped(words[..<at].joined(separator: " ")))](\(Self.destination(words[at])))"
        case (false, "raw"), (false, "endraw"):
            return ""
        case (true, "figure"):
            let named = tag.arguments.named
            guard let source = named["src"] else { return nil }
            let text = named["alt"] ?? named["caption"] ?? named["title"] ?? ""
            let image = "![\(Self.escaped(text))](\(Self.destination(source)))"
            return named["link"].map { "[\(image)](\(Self.destination($0)))" } ?? image
        case (true, "ref"), (true, "relref"):
            guard let path = tag.arguments.named["path"] ?? tag.arguments.positional.first else { return nil }
            let (file, anchor) = Self.splitAnchor(path)
            guard let target = findPost(file) else { return nil }
            return target.name + ".md" + anchor
        default:
            return nil
        }
    }

    /// A link to one of the post's files, in its folder; a missing one is reported.
    private func assetLink(_ file: String, lineNumber: Int, into result: inout Result) -> String {
        if !assets.contains(file) {
            result.problems.append(PostProblem(line: lineNumber, column: 1, message: Messages.postFileNotFound))
        }
        return Self.destination(name + "/" + file)
    }

    /// A link target as Markdown takes it: in `<…>` when it has spaces or parentheses.
    static func destination(_ target: String) -> String {
        target.contains(where: { $0 == " " || $0 == "(" || $0 == ")" }) ? "<\(target)>" : target
    }

    /// A path as a link target: spaces, parentheses and `%` encoded, Chinese kept as written.
    static func linkPath(_ path: String) -> String {
        var out = ""
        for character in path {
            switch character {
            case " ": out += "%20"
            case "(": out += "%28"
            case ")": out += "%29"
            case "%": out += "%25"
            case "<", ">": out += character == "<" ? "%3C" : "%3E"
            default: out.append(character)
            }
        }
        return out
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "[", with: "\\[").replacingOccurrences(of: "]", with: "\\]")
    }

    static func splitAnchor(_ target: String) -> (String, String) {
        guard let hash = target.firstIndex(of: "#") else { return (target, "") }
        return (String(target[..<hash]), String(target[hash...]))
    }

    // MARK: Link targets

    /// The target pointed where the imported post finds it; nil to leave it.
    private func rewrite(_ target: String, lineNumber: Int, into result: inout Result) -> String? {
        let lowered = target.lowercased()
        guard !target.isEmpty, !target.hasPrefix("#"), !target.hasPrefix("//"), !lowered.contains("://"),
              !["mailto:", "tel:", "data:", "javascript:"].contains(where: lowered.hasPrefix) else { return nil }
        let (withoutAnchor, anchor) = Self.splitAnchor(target)
        let path = withoutAnchor.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let decoded = path.removingPercentEncoding ?? path
        let fileExtension = (decoded as NSString).pathExtension.lowercased()
        if decoded.hasPrefix("/") {
            if !fileExtension.isEmpty, !["html", "htm", "md"].contains(fileExtension) {
                guard let file = findRootFile(decoded) else {
                    result.problems.append(PostProblem(line: lineNumber, column: 1, message: Messages.postFileNotFound))
                    return nil
                }
                let copied = copyName(for: file, into: &result)
                result.counts["站点根目录的文件复制到文章旁", default: 0] += 1
                return Self.linkPath(name + "/" + copied) + anchor
            }
            guard let target = findPost(decoded) else {
                result.problems.append(PostProblem(line: lineNumber, column: 1, message: Messages.postAddressNotConverted))
                return nil
            }
            result.counts["站内地址改为文章链接", default: 0] += 1
            return target.name + ".md" + anchor
        }
        var relative = decoded
        while relative.hasPrefix("./") { relative.removeFirst(2) }
        if let folder = assetFolderName, relative.hasPrefix(folder + "/"), assets.contains(String(relative.dropFirst(folder.count + 1))) {
            return folder == name ? nil : Self.linkPath(name + "/" + relative.dropFirst(folder.count + 1)) + anchor
        }
        if assets.contains(relative) {
            result.counts["文章自带文件的链接指向文章旁的文件夹", default: 0] += 1
            return Self.linkPath(name + "/" + relative) + anchor
        }
        if fileExtension == "md", let target = findPost(relative) {
            return target.name + ".md" == relative ? nil : target.name + ".md" + anchor
        }
        return nil
    }

    /// The name a root file gets in the post's folder: its own, unless another file has it.
    private func copyName(for file: URL, into result: inout Result) -> String {
        if let copied = result.copies.first(where: { $0.source == file }) { return copied.name }
        let base = file.lastPathComponent
        var candidate = base
        var number = 2
        while assets.contains(candidate) || result.copies.contains(where: { $0.name == candidate }) {
            candidate = (base as NSString).deletingPathExtension + "-\(number)." + (base as NSString).pathExtension
            number += 1
        }
        result.copies.append((file, candidate))
        return candidate
    }
}
