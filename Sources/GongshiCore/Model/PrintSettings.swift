/// The `print:` block of `site.yaml`: how notice-board pages (村务公开栏) and 明白卡 cards are printed.
public struct PrintSettings: Sendable, Hashable {
    public enum Paper: String, Sendable, Hashable, CaseIterable {
        case a4 = "A4"
        case a3 = "A3"
    }

    public enum Orientation: String, Sendable, Hashable, CaseIterable {
        case portrait
        case landscape
    }

    public var paper: Paper = .a4
    public var orientation: Orientation = .portrait
    /// Body type size in points. Notice boards are read standing, often by elderly residents:
    /// never below `minimumFontSize`.
    public var fontSize: Int = PrintSettings.minimumFontSize

    public static let minimumFontSize = 14
    public static let fontSizes = minimumFontSize...36
    /// The keys its YAML mapping may hold, in the order messages list them (from its schema).
    static var knownKeys: [String] { PrintSchema.schema.keys }

    public init() {}

    /// The CSS `@page { size: … }` value: `A4 portrait`.
    public var pageSize: String { "\(paper.rawValue) \(orientation.rawValue)" }
}
