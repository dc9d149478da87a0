import Foundation

/// Reads `content/regions.csv`: `区划代码,名称[,撤销后代码]`.
public enum RegionsLoader {
    public static let path = "content/regions.csv"

    package static func load(files: SiteFiles, log: inout DiagnosticLog) -> RegionDirectory? {
        do {
            guard let data = try files.readIfPresent(path) else { return nil }
            let records = try CSVReader.read(data, encoding: .utf8, file: path)
            try CellLineBreakCheck.check(records, file: path)
            return parse(records, log: &log)
        } catch {
            log.append(contentsOf: error.diagnostics)
        }
        return RegionDirectory.empty
    }

    static func parse(_ records: [CSVRecord], log: inout DiagnosticLog) -> RegionDirectory {
        guard let header = records.first else {
            log.error(SourceLocation(file: path), Messages.regionsEmpty)
            return .empty
        }
        let expected = [["区划代码", "code"], ["名称", "name"], ["撤销后代码", "successor"]]
        for (index, field) in header.fields.enumerated() {
            let text = field.text.trimmingCharacters(in: .whitespaces)
            guard index < expected.count, expected[index].contains(text.lowercased()) || expected[index].contains(text) else {
                log.error(SourceLocation(file: path, line: field.line, column: field.column), Messages.regionsHeader(column: index + 1))
                return .empty
            }
        }
        guard header.fields.count >= 2 else {
            log.error(SourceLocation(file: path, line: header.line, column: 1), Messages.regionsHeaderTooShort)
            return .empty
        }
        var regions: [Region] = []
        var firstLine: [RegionCode: Int] = [:]
        for record in records.dropFirst() {
            let at = SourceLocation(file: path, line: record.line, column: 1)
            guard record.fields.count == header.fields.count || (record.fields.count == 2 && header.fields.count == 3) else {
                log.error(at, Messages.fieldCount(record.fields.count, expected: header.fields.count))
                continue
            }
            let codeField = record.fields[0]
            let codeAt = SourceLocation(file: path, line: codeField.line, column: codeField.column)
            guard let code = RegionCode(codeField.text.trimmingCharacters(in: .whitespaces)) else {
                log.error(codeAt, Messages.invalidRegionCode(header: header.fields[0].text, codeField.text, line: codeField.line))
                continue
            }
            if let line = firstLine[code] {
                log.error(codeAt, Messages.duplicateRegionCode(code.digits, firstLine: line))
                continue
            }
            firstLine[code] = record.line
            let nameField = record.fields[1]
            let name = nameField.text.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else {
                log.error(SourceLocation(file: path, line: nameField.line, column: nameField.column), Messages.regionNameMissing)
                continue
            }
            var successor: RegionCode?
            if record.fields.count > 2 {
                let field = record.fields[2]
                let text = field.text.trimmingCharacters(in: .whitespaces)
                if !text.isEmpty {
                    guard let parsed = RegionCode(text), parsed != code else {
                        log.error(SourceLocation(file: path, line: field.line, column: field.column),
                                  Messages.invalidRegionCode(header: header.fields[2].text, text, line: field.line))
                        continue
                    }
                    successor = parsed
                }
            }
            regions.append(Region(code: code, name: name, successor: successor, location: codeAt))
        }
        return RegionDirectory(regions)
    }
}
