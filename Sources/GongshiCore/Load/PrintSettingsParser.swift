import Yams

/// Reads the `print:` block of `site.yaml`.
enum PrintSettingsParser {
    static func parse(_ node: Node, file: SourceLocation, log: inout DiagnosticLog) -> PrintSettings {
        var settings = PrintSettings()
        if YAMLReader.isNull(node) { return settings }
        let reader = YAMLMappingReader(file: file.file)
        reader.read(node, known: PrintSettings.knownKeys, log: &log) { key, value, at, log in
            let text = (YAMLReader.string(value) ?? "").trimmingCharacters(in: .whitespaces)
            switch key {
            case "paper":
                guard let paper = PrintSettings.Paper(rawValue: text.uppercased()) else {
                    log.error(at, Messages.invalidPaper)
                    return
                }
                settings.paper = paper
            case "orientation":
                guard let orientation = PrintSettings.Orientation(rawValue: text.lowercased()) else {
                    log.error(at, Messages.invalidOrientation)
                    return
                }
                settings.orientation = orientation
            case "font_size":
                guard let points = fontSize(text) else {
                    log.error(at, Messages.invalidFontSize(text))
                    return
                }
                settings.fontSize = points
            default:
                break
            }
        }
        return settings
    }

    /// `14pt` or `14`: whole points within `PrintSettings.fontSizes`.
    static func fontSize(_ text: String) -> Int? {
        let digits = text.hasSuffix("pt") ? String(text.dropLast(2)).trimmingCharacters(in: .whitespaces) : text
        guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), digits.utf8.count <= 3,
              let points = Int(digits), PrintSettings.fontSizes.contains(points)
        else { return nil }
        return points
    }
}
