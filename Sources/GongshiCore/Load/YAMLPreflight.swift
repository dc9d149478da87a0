internal import CYaml

/// Looks at a YAML text's tokens before anything composes it, and refuses what a disclosure
/// site never needs but an attacker can use: anchors and aliases (a few hundred bytes of nested
/// `&a`/`*a` expand to gigabytes once composed) and deep nesting (composing recurses once per
/// level, and `[[[[…` a million deep overflows the stack). libyaml's scanner only tokenises: it
/// never expands an alias, keeps no tree, and stops here at the first refusal, so the check is
/// linear in the text and flat in memory.
///
/// libyaml is the one Yams is built on (its `CYaml` module); a syntax error is left to
/// `Yams.compose`, which meets the same one at the same place and says it with context.
enum YAMLPreflight {
    /// Throws for the first anchor, alias or nesting deeper than `InputLimits.maxYAMLDepth`.
    static func check(_ text: String, location: SourceLocation, lineOffset: Int) throws(ContentErrors) {
        guard let refusal = firstRefusal(text) else { return }
        throw ContentErrors([.error(
            SourceLocation(file: location.file, line: refusal.line + 1 + lineOffset, column: refusal.column + 1),
            refusal.message)])
    }

    /// The first refused token, with libyaml's 0-based line and column; nil when there is none
    /// (or when the scanner meets a syntax error first).
    static func firstRefusal(_ text: String) -> (line: Int, column: Int, message: Message)? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer -> (line: Int, column: Int, message: Message)? in
            guard let base = buffer.baseAddress else { return nil }
            yaml_parser_set_input_string(&parser, base, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var depth = 0
            while true {
                var token = yaml_token_t()
                guard yaml_parser_scan(&parser, &token) == 1 else { return nil }
                defer { yaml_token_delete(&token) }
                let mark = (line: Int(token.start_mark.line), column: Int(token.start_mark.column))
                switch token.type {
                case YAML_STREAM_END_TOKEN:
                    return nil
                case YAML_ANCHOR_TOKEN:
                    return (mark.line, mark.column, Messages.yamlAnchorRefused)
                case YAML_ALIAS_TOKEN:
                    return (mark.line, mark.column, Messages.yamlAliasRefused)
                case YAML_FLOW_SEQUENCE_START_TOKEN, YAML_FLOW_MAPPING_START_TOKEN,
                     YAML_BLOCK_SEQUENCE_START_TOKEN, YAML_BLOCK_MAPPING_START_TOKEN:
                    depth += 1
                    if depth > InputLimits.maxYAMLDepth {
                        return (mark.line, mark.column, Messages.yamlTooDeep(limit: InputLimits.maxYAMLDepth))
                    }
                case YAML_FLOW_SEQUENCE_END_TOKEN, YAML_FLOW_MAPPING_END_TOKEN, YAML_BLOCK_END_TOKEN:
                    depth -= 1
                default:
                    break
                }
            }
        }
    }
}
