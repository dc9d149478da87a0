/// Messages of the template compiler: a theme's Mustache files are compiled against the typed
/// views when the theme is loaded, so a misspelt name, a list printed as text or a Mustache
/// feature the compiler does not offer stops the build with the template's file, line and column
/// instead of leaving an empty cell on a published page.
extension Messages {
    /// `name` as written in the tag, `view` the view searched first, `nearest` a field of the
    /// views in scope that is spelt almost the same.
    public static func templateNameUnknown(_ name: String, view: String, nearest: String?) -> Message {
        let shownName = HarmlessEcho.identifier(name).map { "{{\($0)}}" } ?? "标签中的名称（已隐去）"
        let shownView = HarmlessEcho.identifier(view) ?? "（已隐去）"
        let hint = nearest.flatMap(HarmlessEcho.identifier).map { "是否应为 {{\($0)}}？" }
            ?? "请检查拼写，或查看该页面视图提供的字段"
        return Message(.templateNameUnknown, "模板中的 \(shownName) 在视图 \(shownView) 及其外层视图中都没有", hint: hint)
    }
    public static func templateFeatureUnsupported(_ feature: String) -> Message {
        Message(.templateFeatureUnsupported, "模板使用了不支持的 Mustache 功能：\(feature)", hint: "请改用变量、区块、局部模板或模板继承")
    }
    // Details of `templateFeatureUnsupported`.
    public static let templateFeatureDelimiters = "更改分隔符 {{=… …=}}"
    public static let templateFeatureConfiguration = "配置标签 {{%…}}"
    public static let templateFeatureTransform = "变换函数（如 uppercased(…)）"
    public static let templateFeatureDynamicPartial = "动态局部模板 {{>*…}}"
    public static let templateFeatureDottedForm = "以点开头、结尾或连续两个点的名称"

    public static func templateTagInvalid(_ detail: String) -> Message {
        Message(.templateTagInvalid, "模板语法错误：\(detail)")
    }
    // Details of `templateTagInvalid` (with those of `templateSyntax`).
    public static let templateParentContent = "{{<…}} 与 {{/…}} 之间只能写 {{$…}} 区块"
    public static let templateEmptyName = "标签中没有名称"

    public static func templatePartialUnknown(_ partial: String) -> Message {
        guard let shown = HarmlessEcho.path(partial) else { return Message(.templatePartialUnknown, "模板引用的局部模板不存在，名称已隐去") }
        return Message(.templatePartialUnknown, "模板引用的局部模板 \(shown) 不存在（需要文件 \(shown).mustache）")
    }
    /// `kind` is `templateKindList` or `templateKindObject`.
    public static func templateValueNotPrintable(_ name: String, kind: String) -> Message {
        let shown = HarmlessEcho.identifier(name).map { "{{\($0)}}" } ?? "{{.}}"
        return Message(.templateValueNotPrintable, "模板中的 \(shown) 是\(kind)，不能直接输出",
                       hint: "请用区块 {{#…}}…{{/…}} 输出其中的字段")
    }
    public static let templateKindList = "列表"
    public static let templateKindObject = "对象"
    public static func templateNameNotObject(_ name: String, segment: String) -> Message {
        let shownName = HarmlessEcho.identifier(name) ?? "（已隐去）"
        let shownSegment = HarmlessEcho.identifier(segment) ?? "（已隐去）"
        return Message(.templateNameNotObject, "模板中的名称 \(shownName) 里，\(shownSegment) 不是对象，后面不能再接 .字段")
    }
    public static func templatePartialRecursive(_ partial: String) -> Message {
        let shown = HarmlessEcho.path(partial) ?? "（已隐去）"
        return Message(.templatePartialRecursive, "局部模板 \(shown) 直接或间接引用了它自己", hint: "模板不能递归引用")
    }
}
