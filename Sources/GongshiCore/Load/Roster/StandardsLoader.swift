import Foundation
import Yams

/// Reads `content/standards.yaml`: a list of `{from, region, 城市低保, 农村低保, 城市特困, 农村特困}`.
public enum StandardsLoader {
    public static let path = "content/standards.yaml"

    package static func load(files: SiteFiles, timeZone: TimeZone, log: inout DiagnosticLog) -> StandardsTable {
        do {
            guard let text = try files.readTextIfPresent(path) else { return .empty }
            return parse(text, timeZone: timeZone, log: &log)
        } catch {
            log.append(contentsOf: error.diagnostics)
            return .empty
        }
    }

    static func parse(_ text: String, timeZone: TimeZone, log: inout DiagnosticLog) -> StandardsTable {
        let file = SourceLocation(file: path)
        let root: Node?
        do {
            root = try YAMLReader.compose(text, location: file)
        } catch {
            log.append(contentsOf: error.diagnostics)
            return .empty
        }
        guard let root else { return .empty }
        let reader = YAMLMappingReader(file: path)
        guard case .sequence(let entries) = root else {
            log.error(reader.location(of: root), Messages.standardsShape)
            return .empty
        }
        let known = ["from", "region"] + BenefitCategory.allCases.map(\.rawValue)
        var standards: [BenefitStandard] = []
        for entry in entries {
            var from: ContentDate?
            var prefix: String?
            var amounts: [BenefitCategory: Fen] = [:]
            let entryAt = reader.location(of: entry)
            reader.read(entry, known: known, log: &log) { key, value, at, log in
                switch key {
                case "from":
                    guard let text = YAMLReader.string(value), let date = DateParser.parse(text, timeZone: timeZone) else {
                        log.error(at, Messages.invalidDate(YAMLReader.string(value) ?? "", key: key, accepted: DateParser.acceptedForms))
                        return
                    }
                    from = date
                case "region":
                    guard let text = YAMLReader.string(value), (1...12).contains(text.utf8.count),
                          text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 })
                    else {
                        log.error(at, Messages.invalidRegionPrefix)
                        return
                    }
                    prefix = text
                default:
                    guard let category = BenefitCategory(rawValue: key) else { return }
                    guard let text = YAMLReader.string(value), let fen = Fen.parseYuan(text) else {
                        log.error(at, Messages.invalidAmount(header: key, YAMLReader.string(value) ?? "", line: at.line))
                        return
                    }
                    amounts[category] = fen
                }
            }
            guard let from, let prefix else {
                if from == nil { log.error(entryAt, Messages.missingKey("from")) }
                if prefix == nil { log.error(entryAt, Messages.missingKey("region")) }
                continue
            }
            standards.append(BenefitStandard(from: from, regionPrefix: prefix, amounts: amounts, location: entryAt))
        }
        return StandardsTable(standards)
    }
}
