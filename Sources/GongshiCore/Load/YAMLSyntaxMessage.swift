import Yams

/// Says a YAML syntax error in Chinese, in the words of what a clerk can fix (a tab, an unclosed
/// quote, an indentation that does not line up, a missing colon). libyaml's own texts are fixed
/// English phrases; each is matched here, and any other becomes a general hint, never English.
enum YAMLSyntaxMessage {
    /// - Parameter text: the YAML text, to look at the character where the error is.
    static func message(for error: YamlError, in text: String) -> Message {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            return explain(context: context?.text ?? "", problem: problem, character: character(at: mark, in: text))
        case .reader:
            return Messages.yamlControlCharacter
        default:
            return Messages.yamlSyntaxOther
        }
    }

    static func explain(context: String, problem: String, character: Unicode.Scalar?) -> Message {
        if problem.contains("tab character") || (character == "\t" && problem.contains("cannot start any token")) {
            return Messages.yamlTab
        }
        if context.hasPrefix("while scanning a quoted scalar") || context.hasPrefix("while parsing a quoted scalar") {
            return problem.contains("escape") ? Messages.yamlBadEscape : Messages.yamlUnclosedQuote
        }
        if context.hasPrefix("while parsing a flow") || context.hasPrefix("while scanning a flow") {
            return Messages.yamlUnclosedBracket
        }
        if problem.hasPrefix("mapping values are not allowed") { return Messages.yamlColonNotAllowed }
        if problem.hasPrefix("could not find expected ':'") { return Messages.yamlMissingColon }
        if problem.hasPrefix("did not find expected key") || problem.hasPrefix("did not find expected '-' indicator")
            || problem.hasPrefix("block sequence entries are not allowed") {
            return Messages.yamlBadIndentation
        }
        if problem.hasPrefix("found character that cannot start any token") { return Messages.yamlBadCharacter }
        if problem.hasPrefix("did not find expected <document start>") || problem.hasPrefix("expected a single document") {
            return Messages.yamlSecondDocument
        }
        if problem.contains("control characters") { return Messages.yamlControlCharacter }
        return Messages.yamlSyntaxOther
    }

    /// The character at a 1-based line and column (libyaml counts characters), if there is one.
    private static func character(at mark: Mark, in text: String) -> Unicode.Scalar? {
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars {
            if line == mark.line, column == mark.column { return scalar }
            if line > mark.line { return nil }
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return nil
    }
}
