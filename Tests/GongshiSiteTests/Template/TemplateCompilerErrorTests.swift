import Testing
@testable import GongshiCore
@testable import GongshiSite

/// What a theme author sees when a template asks for something the views do not have, or uses
/// a Mustache feature the compiler does not offer: the exact line, with file, line and column.
@Suite struct TemplateCompilerErrorTests {
    static let household = ViewSchema("HouseholdRow", [
        ViewField("name", .text), ViewField("persons", .number), ViewField("amount", .text),
    ])
    static let village = ViewSchema("VillagePage", [
        ViewField("title", .text),
        ViewField("households", .list(.object(household))),
        ViewField("totals", .object(ViewSchema("Totals", [ViewField("amount", .text)]))),
        ViewField("hotline", .text, optional: true),
    ])

    /// The first error compiling `main` (with `partials`) against `VillagePage`, as printed.
    func error(_ main: String, partials: [String: String] = [:]) -> String {
        var templates = ["main": TemplateSource(path: "themes/default/templates/main.mustache", text: main)]
        for (name, text) in partials {
            templates[name] = TemplateSource(path: "themes/default/templates/\(name).mustache", text: text)
        }
        do {
            _ = try TemplateCompiler(templates: templates).compile("main", root: Self.village)
            return "compiled"
        } catch {
            return error.diagnostics.map(\.description).joined(separator: "\n")
        }
    }

    @Test func unknownNameNamesFileLineColumnViewAndNearestField() {
        #expect(error("<h1>{{title}}</h1>\n{{#households}}\n<td>{{nmae}}</td>\n{{/households}}\n") == """
            themes/default/templates/main.mustache:3:5: 错误 GS4020: 模板中的 {{nmae}} 在视图 HouseholdRow 及其外层视图中都没有
              提示：是否应为 {{name}}？
            """)
        #expect(error("{{totals.amont}}") == """
            themes/default/templates/main.mustache:1:1: 错误 GS4020: 模板中的 {{totals.amont}} 在视图 Totals 及其外层视图中都没有
              提示：是否应为 {{amount}}？
            """)
        #expect(error("x {{zzzzzz}}") == """
            themes/default/templates/main.mustache:1:3: 错误 GS4020: 模板中的 {{zzzzzz}} 在视图 VillagePage 及其外层视图中都没有
              提示：请检查拼写，或查看该页面视图提供的字段
            """)
    }

    @Test func unknownNameInAPartialNamesThePartialsFile() {
        #expect(error("{{#households}}\n  {{> row}}\n{{/households}}", partials: ["row": "<td>{{name}}</td>\n<td>{{titel}}</td>\n"]) == """
            themes/default/templates/row.mustache:2:5: 错误 GS4020: 模板中的 {{titel}} 在视图 HouseholdRow 及其外层视图中都没有
              提示：是否应为 {{title}}？
            """)
    }

    @Test func listsAndObjectsCannotBePrinted() {
        #expect(error("{{households}}") == """
            themes/default/templates/main.mustache:1:1: 错误 GS4024: 模板中的 {{households}} 是列表，不能直接输出
              提示：请用区块 {{#…}}…{{/…}} 输出其中的字段
            """)
        #expect(error("{{#totals}}{{.}}{{/totals}}") == """
            themes/default/templates/main.mustache:1:12: 错误 GS4024: 模板中的 {{.}} 是对象，不能直接输出
              提示：请用区块 {{#…}}…{{/…}} 输出其中的字段
            """)
        #expect(error("{{title.x}}") == """
            themes/default/templates/main.mustache:1:1: 错误 GS4025: 模板中的名称 title.x 里，title 不是对象，后面不能再接 .字段
            """)
    }

    @Test func unsupportedFeaturesAreRefusedWhereTheyAre() {
        let hint = "\n  提示：请改用变量、区块、局部模板或模板继承"
        #expect(error("a\n {{=<% %>=}}") == "themes/default/templates/main.mustache:2:2: 错误 GS4021: 模板使用了不支持的 Mustache 功能：更改分隔符 {{=… …=}}" + hint)
        #expect(error("{{uppercased(title)}}") == "themes/default/templates/main.mustache:1:1: 错误 GS4021: 模板使用了不支持的 Mustache 功能：变换函数（如 uppercased(…)）" + hint)
        #expect(error("\n\n{{>*title}}") == "themes/default/templates/main.mustache:3:1: 错误 GS4021: 模板使用了不支持的 Mustache 功能：动态局部模板 {{>*…}}" + hint)
        #expect(error("{{%CONTENT_TYPE: TEXT}}") == "themes/default/templates/main.mustache:1:1: 错误 GS4021: 模板使用了不支持的 Mustache 功能：配置标签 {{%…}}" + hint)
        #expect(error("{{.title}}") == "themes/default/templates/main.mustache:1:1: 错误 GS4021: 模板使用了不支持的 Mustache 功能：以点开头、结尾或连续两个点的名称" + hint)
    }

    @Test func syntaxErrorsAndMissingOrRecursivePartials() {
        #expect(error("{{#households}}x{{/totals}}") == "themes/default/templates/main.mustache:1:17: 错误 GS4022: 模板语法错误：区块结束标签 {{/…}} 与开始标签 {{#…}} 名称不一致")
        #expect(error("{{title") == "themes/default/templates/main.mustache:1:1: 错误 GS4022: 模板语法错误：标签没有用 }} 结束")
        #expect(error("{{<base}}{{title}}{{/base}}", partials: ["base": ""]) == "themes/default/templates/main.mustache:1:1: 错误 GS4022: 模板语法错误：{{<…}} 与 {{/…}} 之间只能写 {{$…}} 区块")
        #expect(error("a\n  {{> footer}}\n") == "themes/default/templates/main.mustache:2:3: 错误 GS4023: 模板引用的局部模板 footer 不存在（需要文件 footer.mustache）")
        #expect(error("{{> a}}", partials: ["a": "x{{> b}}", "b": "{{> a}}"]) == """
            themes/default/templates/b.mustache:1:1: 错误 GS4026: 局部模板 a 直接或间接引用了它自己
              提示：模板不能递归引用
            """)
    }

    @Test func aNameFoundInTheViewsCompiles() {
        #expect(error("{{#households}}{{name}} {{title}} {{hotline}}{{/households}}{{^hotline}}-{{/hotline}}") == "compiled")
    }
}
