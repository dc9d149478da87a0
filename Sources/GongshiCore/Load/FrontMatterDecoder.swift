import Foundation
import Yams

/// Decodes a document's front matter into `Document` fields by `FrontMatterSchema`. Every scalar
/// is read as the text the author wrote; dates are parsed by `DateParser`, never by YAML typing.
package enum FrontMatterDecoder {
    /// The keys Gongshi reads; any other is kept in `document.params`.
    package static let knownKeys: Set<String> = Set(FrontMatterSchema.schema(timeZone: SiteConfig.defaultTimeZone).keys)

    static func decode(
        _ split: FrontMatterSplit, into document: inout Document, timeZone: TimeZone, log: inout DiagnosticLog
    ) throws(ContentErrors) {
        let file = SourceLocation(file: document.sourcePath)
        let offset = split.yamlFirstLine - 1
        guard let yaml = split.yaml, let root = try YAMLReader.compose(yaml, location: file, lineOffset: offset) else {
            return
        }
        guard case .mapping = root else {
            log.error(YAMLReader.location(of: root, in: file, lineOffset: offset), Messages.frontMatterNotMapping)
            return
        }
        var fields = FrontMatterSchema.Fields(document: document)
        let reading = FrontMatterSchema.schema(timeZone: timeZone)
            .read(YAMLValue(root: root, file: document.sourcePath, lineOffset: offset), into: &fields, log: &log)
        document = fields.document
        if !reading.written.contains("slug") {
            if let addressSlug = fields.addressSlug {
                document.slug = addressSlug.slug
                document.slugLocation = addressSlug.at
            } else if let unusableAddress = fields.unusableAddress {
                log.warning(unusableAddress.at, Messages.addressNotUsable(unusableAddress.key, kept: document.slug))
            }
        }
        // A date since when a document no longer applies, on one that applies.
        if let statusDateAt = fields.statusDateAt, document.record.status?.isWithdrawn != true {
            log.error(statusDateAt, Messages.statusDateWithoutWithdrawal)
        }
    }

    static func passthrough(_ node: Node) -> FrontMatterValue {
        switch node {
        case .scalar:
            return .text(YAMLReader.string(node) ?? "")
        case .sequence(let items):
            return .list(items.map(passthrough))
        case .mapping(let mapping):
            return .map(mapping.map { (key: YAMLReader.string($0.key) ?? "", value: passthrough($0.value)) })
        case .alias:
            return .text("")
        }
    }
}
