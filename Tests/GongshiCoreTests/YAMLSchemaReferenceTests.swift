import Foundation
import Testing
@testable import GongshiCore

/// README's table of YAML keys is generated from the schemas the loaders read with, so it cannot
/// fall behind: a key added to a schema and not to README fails here.
@Suite("YAMLSchemaReference")
struct YAMLSchemaReferenceTests {
    static let begin = "<!-- config-keys:begin (generated from the YAML schemas; see YAMLSchemaReferenceTests) -->"
    static let end = "<!-- config-keys:end -->"

    /// Set GONGSHI_UPDATE_README=1 to rewrite the table after changing a schema.
    @Test func readmeListsEveryKey() throws {
        try ReadmeGeneratedSection.expect(between: Self.begin, and: Self.end, is: YAMLSchemaReference.markdown())
    }

    /// Every key has its help and type; nested keys are listed with their section's path.
    @Test func everyKeyIsDescribed() {
        let table = YAMLSchemaReference.markdown()
        for row in table.split(separator: "\n") where row.hasPrefix("| `") {
            let cells = row.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(cells.count == 6, "\(row)")
            #expect(!cells[2].isEmpty && !cells[4].isEmpty, "\(row)")
        }
        #expect(table.contains("| `title` | 文字 | 是 | "))
        #expect(table.contains("| `supervision.channels[].name` | 文字 |  | "))
        #expect(table.contains("| `retention.names_months` | 整数 0–600 |  | "))
        #expect(table.contains("| `corrections[].before.amount` | 金额（元） | 是 | "))
        #expect(table.contains("| `region` | 1–12 位区划代码前缀 | 是 | "))
        #expect(table.components(separatedBy: "\n| `").count - 1 == Self.keyCount(SiteConfigSchema.schema.docs)
                + Self.keyCount(MonthNoticeSchema.schema(timeZone: SiteConfig.defaultTimeZone).docs)
                + Self.keyCount(StandardsSchema.entry(timeZone: SiteConfig.defaultTimeZone).docs)
                + Self.keyCount(FrontMatterSchema.schema(timeZone: SiteConfig.defaultTimeZone).docs))
    }

    static func keyCount(_ docs: [YAMLKeyDoc]) -> Int { docs.reduce(0) { $0 + 1 + keyCount($1.parts) } }
}
