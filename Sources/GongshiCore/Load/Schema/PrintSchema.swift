/// The keys of `site.yaml` `print:`.
enum PrintSchema {
    static var schema: YAMLSchema<PrintSettings> {
        YAMLSchema([
            .checked("paper", type: PrintSettings.Paper.allCases.map(\.rawValue).joined(separator: " / "), \.paper,
                     message: Messages.invalidPaper, help: "纸张（默认 A4）") { PrintSettings.Paper(rawValue: $0.uppercased()) },
            .checked("orientation", type: PrintSettings.Orientation.allCases.map(\.rawValue).joined(separator: " / "), \.orientation,
                     message: Messages.invalidOrientation, help: "方向（默认 portrait，纵向）") {
                PrintSettings.Orientation(rawValue: $0.lowercased())
            },
            YAMLField(key: "font_size", type: "\(PrintSettings.fontSizes.lowerBound)–\(PrintSettings.fontSizes.upperBound)pt",
                      help: "正文字号（默认 \(PrintSettings.minimumFontSize)pt，公开栏上站着能读）", nullIsAbsent: false) { value, settings, log in
                let text = (value.raw ?? "").trimmingCharacters(in: .whitespaces)
                guard let points = fontSize(text) else { return log.error(value.at, Messages.invalidFontSize(text)) }
                settings.fontSize = points
            },
        ])
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
