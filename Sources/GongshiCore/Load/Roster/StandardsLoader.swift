import Foundation
import Yams

/// Reads `content/standards.yaml` (by `StandardsSchema`): a list of `{from, region, 城市低保, 农村低保,
/// 城市特困, 农村特困}`.
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
        let document = YAMLValue(root: root, file: path)
        guard case .sequence = root, let entries = document.items else {
            log.error(document.at, Messages.standardsShape)
            return .empty
        }
        let schema = StandardsSchema.entry(timeZone: timeZone)
        var standards: [BenefitStandard] = []
        for entry in entries {
            var fields = StandardsSchema.Entry()
            let reading = schema.readReporting(entry, into: &fields, missingAt: entry.at, log: &log)
            guard let from = fields.from, let prefix = fields.regionPrefix, reading.missing.isEmpty else { continue }
            standards.append(BenefitStandard(from: from, regionPrefix: prefix, amounts: fields.amounts, location: entry.at))
        }
        return StandardsTable(standards)
    }
}
