@testable import GongshiSite
import Testing

import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

private final class XMLErrorCollector: NSObject, XMLParserDelegate {
    var errors: [String] = []
    var roots: [String] = []
    private var depth = 0

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        if depth == 0 { roots.append(elementName) }
        depth += 1
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        depth -= 1
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        errors.append(String(describing: parseError))
    }
}

@Suite("BarChartSVG")
struct BarChartSVGTests {
    private func months(_ values: [Int64], startYear: Int = 2026, startMonth: Int = 9) -> [BarChartPoint] {
        values.enumerated().map { i, value in
            let total = startMonth - 1 + i
            let year = startYear + total / 12
            let month = total % 12 + 1
            let label = "\(year)-\(month < 10 ? "0" : "")\(month)"
            return BarChartPoint(label: label, longLabel: "\(year)年\(month)月", value: value)
        }
    }

    private func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// Text of every `<text ...>…</text>` element, in order (bar tooltips are `<title>`, not counted).
    private func texts(_ svg: String) -> [String] {
        svg.components(separatedBy: "<text ").dropFirst().compactMap { chunk in
            guard let open = chunk.firstIndex(of: ">"), let close = chunk.range(of: "</text>") else { return nil }
            return String(chunk[chunk.index(after: open)..<close.lowerBound])
        }
    }

    /// nil when `svg` is well-formed XML with a single `<svg>` root, otherwise what is wrong.
    /// XMLParser on Linux can return true from `parse()` for mismatched tags while still reporting
    /// the error, so both the result and reported errors are checked, plus a balanced-tag walk.
    private func xmlError(_ svg: String) -> String? {
        let parser = XMLParser(data: Data(svg.utf8))
        let collector = XMLErrorCollector()
        parser.delegate = collector
        let parsed = parser.parse()
        if !parsed || parser.parserError != nil || !collector.errors.isEmpty {
            return "XMLParser: \(String(describing: parser.parserError)) \(collector.errors)"
        }
        if collector.roots != ["svg"] { return "roots: \(collector.roots)" }
        return unbalancedTag(svg)
    }

    /// Walks `<name …>`, `</name>` and `<name …/>` and reports the first mismatch.
    private func unbalancedTag(_ xml: String) -> String? {
        var stack: [Substring] = []
        var rest = xml[...]
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { return "unterminated tag" }
            let tag = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            if tag.hasPrefix("/") {
                guard stack.popLast() == tag.dropFirst() else { return "mismatched </\(tag.dropFirst())>" }
            } else if !tag.hasSuffix("/") {
                stack.append(tag.prefix { $0 != " " })
            }
        }
        return stack.isEmpty ? nil : "unclosed \(stack)"
    }

    private let households = BarChartValueFormat.count(unit: "户")

    // MARK: Structure and accessibility

    @Test func rootElementAndAccessibleName() {
        let svg = BarChartSVG.render(title: "户数", points: months([12, 13]), format: households, id: "hist-hh")
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"640\" height=\"260\" viewBox=\"0 0 640 260\" role=\"img\" aria-labelledby=\"hist-hh-title hist-hh-desc\""))
        #expect(svg.hasSuffix("</svg>"))
        #expect(svg.contains("<title id=\"hist-hh-title\">户数</title>"))
        #expect(svg.contains("<desc id=\"hist-hh-desc\">2026年9月：12户；2026年10月：13户。</desc>"))
        #expect(svg.contains("font-family=\"sans-serif\" font-size=\"12\""))
        #expect(!svg.contains("style="))
        #expect(!svg.contains("<script"))
        #expect(xmlError(svg) == nil)
    }

    @Test func descListsEveryMoneyValueWithUnit() {
        let svg = BarChartSVG.render(title: "金额", points: months([123456, 98765400, 5]), format: .yuanFromFen, id: "amt")
        #expect(svg.contains("<desc id=\"amt-desc\">2026年9月：1,234.56元；2026年10月：987,654.00元；2026年11月：0.05元。</desc>"))
        #expect(svg.contains(">单位：元</text>"))
    }

    @Test func idIsSanitized() {
        let svg = BarChartSVG.render(title: "t", points: months([1]), format: households, id: "a b\"<c>")
        #expect(svg.contains("aria-labelledby=\"a-b--c--title a-b--c--desc\""))
        let empty = BarChartSVG.render(title: "t", points: months([1]), format: households, id: "")
        #expect(empty.contains("<title id=\"chart-title\">"))
    }

    @Test func escapesAllText() {
        let points = [BarChartPoint(label: "a<'b'>", longLabel: "x&\"y\"", value: 3)]
        let svg = BarChartSVG.render(title: "A <&> B", points: points, format: .count(unit: "<人>"), id: "e")
        #expect(svg.contains("<title id=\"e-title\">A &lt;&amp;&gt; B</title>"))
        #expect(svg.contains("<desc id=\"e-desc\">x&amp;&quot;y&quot;：3&lt;人&gt;。</desc>"))
        #expect(svg.contains(">a&lt;&apos;b&apos;&gt;</text>"))
        #expect(!svg.contains("A <&> B"))
        #expect(xmlError(svg) == nil)
    }

    @Test func isDeterministic() {
        let points = months([120, 0, 7, 333, 90, 12, 45])
        let a = BarChartSVG.render(title: "人数", points: points, format: .count(unit: "人"), id: "p")
        let b = BarChartSVG.render(title: "人数", points: points, format: .count(unit: "人"), id: "p")
        #expect(a == b)
    }

    @Test func coordinatesHaveAtMostOneDecimal() {
        for n in [1, 5, 7, 12, 13, 24, 37] {
            let svg = BarChartSVG.render(title: "t", points: months((0..<n).map { Int64($0 * 37 + 3) }), format: .yuanFromFen, id: "c")
            // Every attribute value made of digits and dots has at most one digit after a dot.
            for chunk in svg.components(separatedBy: "=\"").dropFirst() {
                let value = chunk.prefix { $0 != "\"" }
                guard value.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == " " || $0 == "-") }) else { continue }
                for number in value.split(separator: " ") {
                    let parts = number.split(separator: ".", omittingEmptySubsequences: false)
                    #expect(parts.count <= 2, "\(number)")
                    if parts.count == 2 { #expect(parts[1].count == 1, "\(number) in n=\(n)") }
                }
            }
            #expect(xmlError(svg) == nil)
        }
    }

    // MARK: Bars and labels

    @Test func oneRectPerPoint() {
        for n in [1, 2, 12, 13, 24] {
            let svg = BarChartSVG.render(title: "t", points: months((0..<n).map { Int64($0) }), format: households, id: "r")
            #expect(count("<rect ", in: svg) == n)
        }
    }

    @Test func tallestBarFillsThePlotWhenMaxIsNice() {
        // 250 is a nice maximum: that bar is the full plot height (192) from the baseline (224).
        let svg = BarChartSVG.render(title: "t", points: months([100, 250, 50]), format: households, id: "b")
        #expect(svg.contains("y=\"32\" width=\"") && svg.contains("height=\"192\"><title>2026年10月：250户</title></rect>"))
        #expect(svg.contains("height=\"76.8\"><title>2026年9月：100户</title></rect>"))
        #expect(svg.contains("height=\"38.4\"><title>2026年11月：50户</title></rect>"))
        // Ticks 0, 50, …, 250 (2.5 × 10² in five steps).
        for tick in ["0", "50", "100", "150", "200", "250"] {
            #expect(svg.contains("\">\(tick)</text>"))
        }
        #expect(count("stroke-dasharray", in: svg) == 5)
    }

    @Test func valueLabelsForCounts() {
        let svg = BarChartSVG.render(title: "户数", points: months([12, 1234]), format: households, id: "v")
        let labels = texts(svg)
        #expect(labels.contains("12户"))
        #expect(labels.contains("1,234户"))
        #expect(labels.contains("2026-09"))
        #expect(labels.contains("2026-10"))
        #expect(labels.contains("单位：户"))
    }

    @Test func valueLabelsForMoney() {
        let svg = BarChartSVG.render(title: "金额", points: months([123456, 100000]), format: .yuanFromFen, id: "m")
        let labels = texts(svg)
        #expect(labels.contains("1,234.56"))
        #expect(labels.contains("1,000.00"))
        // Ticks in whole yuan: nice max 2,000 元 in four steps.
        for tick in ["0", "500", "1,000", "1,500", "2,000"] { #expect(labels.contains(tick)) }
    }

    @Test func moneyTicksKeepDecimalsWhenNeeded() {
        // 7 fen → nice max 10 fen: ticks 0.00, 0.02, … 0.10.
        let labels = texts(BarChartSVG.render(title: "t", points: months([7]), format: .yuanFromFen, id: "f"))
        for tick in ["0.00", "0.02", "0.04", "0.06", "0.08", "0.10"] { #expect(labels.contains(tick)) }
    }

    @Test func zeroPoints() {
        let svg = BarChartSVG.render(title: "户数", points: [], format: households, id: "z")
        #expect(svg == """
            <svg xmlns="http://www.w3.org/2000/svg" class="chart" width="640" height="48" viewBox="0 0 640 48" role="img" aria-labelledby="z-title z-desc" font-family="sans-serif" font-size="12">
            <title id="z-title">户数</title>
            <desc id="z-desc">暂无数据</desc>
            <text x="320" y="29" fill="#1a1a1a" text-anchor="middle">暂无数据</text>
            </svg>
            """)
        #expect(xmlError(svg) == nil)
    }

    @Test func onePoint() {
        let svg = BarChartSVG.render(title: "户数", points: months([12]), format: households, id: "one")
        #expect(count("<rect ", in: svg) == 1)
        #expect(texts(svg).contains("12户"))
        #expect(texts(svg).contains("2026-09"))
        // Nice max 20: the bar is 12/20 of 192 = 115.2 tall and capped at 48 wide.
        #expect(svg.contains("width=\"48\" height=\"115.2\">"))
        #expect(xmlError(svg) == nil)
    }

    @Test func twentyFourPointsThinMonthLabelsButKeepBars() {
        let points = months((1...24).map { Int64($0 * 10) })
        let svg = BarChartSVG.render(title: "人数", points: points, format: .count(unit: "人"), id: "h")
        #expect(count("<rect ", in: svg) == 24)
        let labels = texts(svg)
        let monthLabels = labels.filter { $0.hasPrefix("202") }
        #expect(monthLabels.count < 24)
        #expect(monthLabels.count >= 4)
        #expect(monthLabels.last == "2028-08")  // the latest month is always labelled
        #expect(!labels.contains { $0.hasSuffix("人") && $0 != "单位：人" })  // no per-bar value labels
        // The desc still carries every value.
        #expect(svg.contains("2026年9月：10人；") && svg.contains("2028年8月：240人。</desc>"))
        #expect(xmlError(svg) == nil)
    }

    @Test func longMonthLabelStaysInsideTheViewBox() {
        let long = String(repeating: "长", count: 40)  // ≈ 480 units wide at font-size 12
        let points = (1...3).map { BarChartPoint(label: long, longLabel: "m\($0)", value: Int64($0)) }
        let svg = BarChartSVG.render(title: "t", points: points, format: households, id: "l")
        // Only the latest label fits; its centre is pulled left to 640 - 2 - 240.
        #expect(count(">\(long)</text>", in: svg) == 1)
        #expect(svg.contains("<text x=\"398\" y=\"242\">\(long)</text>"))
    }

    @Test func thirteenPointsOmitValueLabels() {
        let svg = BarChartSVG.render(title: "t", points: months((1...13).map { Int64($0) }), format: households, id: "t13")
        #expect(!texts(svg).contains("13户"))
        let twelve = BarChartSVG.render(title: "t", points: months((1...12).map { Int64($0) }), format: households, id: "t12")
        #expect(texts(twelve).contains("12户"))
    }

    @Test func allZeroValues() {
        let svg = BarChartSVG.render(title: "户数", points: months([0, 0, 0]), format: households, id: "zero")
        #expect(count("<rect ", in: svg) == 3)
        #expect(count("height=\"0\"><title>", in: svg) == 3)
        let labels = texts(svg)
        #expect(labels.filter { $0 == "0户" }.count == 3)
        #expect(labels.contains("1"))  // nice max 1
        #expect(xmlError(svg) == nil)
    }

    @Test func negativeValueDrawsEmptyBar() {
        let svg = BarChartSVG.render(title: "t", points: months([-5, 10]), format: households, id: "n")
        #expect(svg.contains("height=\"0\"><title>2026年9月：-5户</title>"))
        #expect(svg.contains("height=\"192\"><title>2026年10月：10户</title>"))
    }

    @Test func hugeValuesDoNotTrap() {
        let svg = BarChartSVG.render(title: "t", points: months([Int64.max, 1]), format: .yuanFromFen, id: "big")
        #expect(count("<rect ", in: svg) == 2)
        #expect(xmlError(svg) == nil)
    }

    @Test func wellFormednessCheckRejectsBrokenXML() {
        #expect(xmlError("<svg><rect></svg>") != nil)
        #expect(xmlError("<svg>a & b</svg>") != nil)
        #expect(xmlError("<svg><text>a</text>") != nil)
        #expect(xmlError("<svg/><svg/>") != nil)
        #expect(xmlError("<svg><rect/><text>x</text></svg>") == nil)
    }

    // MARK: Helpers

    @Test(arguments: [
        (Int64(0), Int64(1)), (1, 1), (2, 2), (3, 5), (7, 10), (10, 10), (11, 20), (12, 20),
        (21, 25), (26, 50), (230, 250), (251, 500), (999, 1000), (1000, 1000), (1001, 2000), (-4, 1),
    ])
    func niceMax(value: Int64, expected: Int64) {
        #expect(BarChartSVG.niceMax(value) == expected)
    }

    @Test func formatting() {
        #expect(BarChartSVG.yuan(123456) == "1,234.56")
        #expect(BarChartSVG.yuan(5) == "0.05")
        #expect(BarChartSVG.yuan(0) == "0.00")
        #expect(BarChartSVG.yuan(-150) == "-1.50")
        #expect(BarChartSVG.grouped(1234567) == "1,234,567")
        #expect(BarChartSVG.grouped(999) == "999")
        #expect(BarChartSVG.coordinate(1925) == "192.5")
        #expect(BarChartSVG.coordinate(1920) == "192")
        #expect(BarChartSVG.coordinate(3) == "0.3")
    }
}
