import Foundation
import Testing
@testable import GongshiCore

/// The one reader every YAML file goes through: positions, unknown and repeated keys, required
/// keys, `key:` with no value, and section paths in messages, on a schema made for the test.
@Suite struct YAMLSchemaTests {
    struct Target {
        var name: String?
        var count = 1
        var flag = false
        var inner = Inner()
    }

    struct Inner { var days: Int? }

    static var schema: YAMLSchema<Target> {
        YAMLSchema([
            .text("name", \.name, help: "名称", required: true),
            .integer("count", 1...9, \.count, help: "个数"),
            .bool("flag", \.flag, help: "开关"),
            .section("inner", YAMLSchema(prefix: "inner.", [.integer("days", 1...30, \.days, help: "天数")]), \.inner, help: "内层"),
        ])
    }

    /// Reads `text` as `t.yaml`; returns the target and the rendered messages.
    static func read(_ text: String) throws -> (Target, [String], YAMLSchema<Target>.Reading) {
        let root = try #require(try YAMLReader.compose(text, location: SourceLocation(file: "t.yaml")))
        var target = Target()
        var log = DiagnosticLog()
        let reading = schema.readReporting(YAMLValue(root: root, file: "t.yaml"), into: &target, missingAt: SourceLocation(file: "t.yaml"),
                                           log: &log)
        return (target, log.all.map(\.description), reading)
    }

    @Test func readsEveryKindAndKeepsKeyPositions() throws {
        let (target, messages, reading) = try Self.read("name: 甲\ncount: 3\nflag: yes\ninner:\n  days: 7\n")
        #expect(messages.isEmpty)
        #expect(target.name == "甲" && target.count == 3 && target.flag && target.inner.days == 7)
        #expect(reading.keyLocations["inner"] == SourceLocation(file: "t.yaml", line: 4, column: 1))
        #expect(reading.written == ["name", "count", "flag", "inner"])
    }

    @Test func everyProblemIsAnErrorAtItsPlace() throws {
        let (target, messages, reading) = try Self.read("count: 12\nflg: true\ninner:\n  dayz: 3\n  days: x\n")
        #expect(messages == [
            errorLine("t.yaml:1:8", Messages.expectedInteger("count", "12", range: 1...9)),
            errorLine("t.yaml:2:1", Messages.unknownSiteKey("flg", known: ["name", "count", "flag", "inner"])),
            errorLine("t.yaml:4:3", Messages.unknownSiteKey("dayz", known: ["days"])),
            errorLine("t.yaml:5:9", Messages.expectedInteger("inner.days", "x", range: 1...30)),
            errorLine("t.yaml", Messages.missingKey("name")),
        ])
        #expect(messages[1].contains("是不是 flag？"))
        #expect(target.count == 1 && target.inner.days == nil)
        #expect(reading.missing == ["name"] && reading.errors == 5)
    }

    /// `inner:` with nothing after it is a section not written; `name:` with nothing is an empty text.
    @Test func anEmptyValueIsAbsentForSectionsAndAnErrorForText() throws {
        let (_, messages, _) = try Self.read("name:\ninner:\n")
        #expect(messages == [errorLine("t.yaml:1:6", Messages.expectedText("name"))])
    }

    @Test func aRepeatedKeyIsAnError() throws {
        #expect(throws: ContentErrors.self) { try Self.read("name: a\nname: b\n") }
    }
}
