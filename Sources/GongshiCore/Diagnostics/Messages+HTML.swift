/// Messages of the HTML sanitizer: what it removed or rewrote in raw HTML inside Markdown. They
/// are warnings; the page is published without the removed part.
extension Messages {
    public static func unsafeLinkRemoved(scheme: String, element: String, attribute: String) -> Message {
        Message(.unsafeLinkRemoved, "已删除不安全的链接地址 \(scheme):…（<\(element) \(attribute)>）")
    }
    public static func externalImageLinked(_ url: String) -> Message {
        Message(.externalImageLinked, "外部图片不会加载，已改为链接：\(url)", hint: "请把图片放进站点，用相对地址引用")
    }
    public static func attributeRemoved(_ attribute: String, element: String) -> Message {
        Message(.attributeRemoved, "已删除不允许的属性 \(attribute)（<\(element)>）")
    }
    public static func elementRemoved(_ element: String, withContent: Bool) -> Message {
        Message(.elementRemoved, "已删除不允许的 HTML 元素 <\(element)>" + (withContent ? " 及其内容" : ""))
    }
    public static func invalidAttributeRemoved(_ attribute: String, element: String) -> Message {
        Message(.invalidAttributeRemoved, "已删除无效的属性 \(attribute)（<\(element)>）")
    }
}
