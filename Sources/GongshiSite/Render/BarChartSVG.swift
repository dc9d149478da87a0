/// One bar of a `BarChartSVG`: a month and its total.
public struct BarChartPoint: Sendable, Equatable {
    /// Shown under the bar, e.g. "2026-09" (the caller may shorten it, e.g. "9月").
    public let label: String
    /// Used in the text alternative (`<desc>` and the bar's tooltip), e.g. "2026年9月".
    public let longLabel: String
    /// Non-negative; for money the caller passes fen and uses `.yuanFromFen`.
    /// A negative value is drawn as an empty bar but still reported as given.
    public let value: Int64

    public init(label: String, longLabel: String, value: Int64) {
        self.label = label
        self.longLabel = longLabel
        self.value = value
    }
}

/// How values are written in labels, ticks and the text alternative.
public enum BarChartValueFormat: Sendable {
    /// Whole numbers with a unit: bar labels "12户", desc "12户", ticks "12".
    case count(unit: String)
    /// Fen shown as yuan: 123456 → bar labels "1,234.56", desc "1,234.56元", ticks "1,500" (unit 元 in the caption).
    case yuanFromFen
}

/// Inline SVG bar chart for a village's monthly totals, drawn without JavaScript or a chart library.
///
/// Readable without colour: solid dark bars, the value above each bar (up to 12 bars, when the labels
/// fit), month labels under the axis (thinned when they would overlap, always keeping the latest month),
/// a unit caption and a y axis from 0 to a "nice" maximum (1, 2, 2.5 or 5 × 10ⁿ).
/// The SVG is `role="img"` labelled by its own `<title>` and `<desc>`; the desc lists every value.
/// Output is deterministic; coordinates are computed in integer tenths of a viewBox unit.
public enum BarChartSVG {
    // Geometry in viewBox units.
    static let width = 640
    static let height = 260
    static let emptyHeight = 48
    static let plotTop = 32
    static let baseline = 224
    static let plotHeight = baseline - plotTop  // 192
    static let plotRight = 628
    static let minPlotLeft = 40
    static let maxBarWidthTenths = 480
    static let fontSize = 12

    static let ink = "#1a1a1a"
    static let rule = "#888"
    static let emptyText = "暂无数据"

    /// - Parameters:
    ///   - title: accessible name, written into `<title>`.
    ///   - points: one per month, in display order (oldest first).
    ///   - format: how values are written.
    ///   - id: a unique id prefix for title/desc ids within the page (ASCII letters, digits, '-');
    ///     any other character is replaced by '-', and an empty id becomes "chart".
    public static func render(title: String, points: [BarChartPoint], format: BarChartValueFormat, id: String) -> String {
        let prefix = sanitizedID(id)
        let titleID = "\(prefix)-title"
        let descID = "\(prefix)-desc"
        let chartHeight = points.isEmpty ? emptyHeight : height

        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"\(width)\" height=\"\(chartHeight)\""
        svg += " viewBox=\"0 0 \(width) \(chartHeight)\" role=\"img\" aria-labelledby=\"\(titleID) \(descID)\""
        svg += " font-family=\"sans-serif\" font-size=\"\(fontSize)\">\n"
        svg += "<title id=\"\(titleID)\">\(escape(title))</title>\n"

        if points.isEmpty {
            svg += "<desc id=\"\(descID)\">\(emptyText)</desc>\n"
            svg += "<text x=\"\(width / 2)\" y=\"29\" fill=\"\(ink)\" text-anchor=\"middle\">\(emptyText)</text>\n"
            svg += "</svg>"
            return svg
        }

        let desc = points.map { "\($0.longLabel)：\(describedValue($0.value, format))" }.joined(separator: "；") + "。"
        svg += "<desc id=\"\(descID)\">\(escape(desc))</desc>\n"

        // Scale and ticks.
        let maxValue = points.map { max(0, $0.value) }.max() ?? 0
        let scale = niceScale(maxValue)
        let ticks = tickLabels(max: scale.max, divisions: scale.divisions, format: format)
        let widestTick = ticks.compactMap { $0 }.map(estimatedWidthTenths).max() ?? 0
        let plotLeft = min(plotRight - 200, max(minPlotLeft, (widestTick + 9) / 10 + 12))
        let plotWidthT = (plotRight - plotLeft) * 10
        let baselineT = baseline * 10
        let plotHeightT = plotHeight * 10

        svg += "<text x=\"8\" y=\"14\" fill=\"\(ink)\">单位：\(escape(unitName(format)))</text>\n"

        // Grid lines (dashed), then the solid baseline axis.
        svg += "<g stroke=\"\(rule)\" stroke-width=\"1\">\n"
        for j in 1...scale.divisions {
            let y = coordinate(baselineT - plotHeightT * j / scale.divisions)
            svg += "<line x1=\"\(plotLeft)\" y1=\"\(y)\" x2=\"\(plotRight)\" y2=\"\(y)\" stroke-dasharray=\"3 3\"/>\n"
        }
        svg += "<line x1=\"\(plotLeft)\" y1=\"\(baseline)\" x2=\"\(plotRight)\" y2=\"\(baseline)\"/>\n"
        svg += "</g>\n"

        // Tick labels, right-aligned left of the plot; fractional ticks of small counts stay unlabelled.
        svg += "<g fill=\"\(ink)\" text-anchor=\"end\">\n"
        for (j, label) in ticks.enumerated() {
            guard let label else { continue }
            let y = coordinate(baselineT - plotHeightT * j / scale.divisions + 40)
            svg += "<text x=\"\(plotLeft - 6)\" y=\"\(y)\">\(escape(label))</text>\n"
        }
        svg += "</g>\n"

        // Bars.
        let n = points.count
        let slotT = plotWidthT / n
        var barWidthT = min(maxBarWidthTenths, plotWidthT * 3 / (5 * n))
        barWidthT -= barWidthT % 2
        barWidthT = max(2, barWidthT)
        let centers = (0..<n).map { i in plotLeft * 10 + (plotWidthT * (2 * i + 1) + n) / (2 * n) }
        let heights = points.map { barHeightTenths($0.value, max: scale.max, plotHeightTenths: plotHeightT) }

        svg += "<g fill=\"\(ink)\">\n"
        for i in 0..<n {
            let x = coordinate(centers[i] - barWidthT / 2)
            let y = coordinate(baselineT - heights[i])
            let tip = "\(points[i].longLabel)：\(describedValue(points[i].value, format))"
            svg += "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(coordinate(barWidthT))\" height=\"\(coordinate(heights[i]))\">"
            svg += "<title>\(escape(tip))</title></rect>\n"
        }
        svg += "</g>\n"

        // Value labels above the bars: only up to 12 bars and only when every label fits its slot.
        let valueLabels = points.map { barLabel($0.value, format) }
        let widestValue = valueLabels.map(estimatedWidthTenths).max() ?? 0
        if n <= 12 && widestValue + 20 <= slotT {
            svg += "<g fill=\"\(ink)\" text-anchor=\"middle\">\n"
            for i in 0..<n {
                let y = coordinate(baselineT - heights[i] - 50)
                svg += "<text x=\"\(coordinate(centers[i]))\" y=\"\(y)\">\(escape(valueLabels[i]))</text>\n"
            }
            svg += "</g>\n"
        }

        // Month labels under the axis: every k-th, counted back from the latest month;
        // a label near either edge is nudged inward so it stays inside the viewBox.
        let step = labelStep(labels: points.map(\.label), slotTenths: slotT)
        svg += "<g fill=\"\(ink)\" text-anchor=\"middle\">\n"
        for i in 0..<n where (n - 1 - i) % step == 0 {
            let half = estimatedWidthTenths(points[i].label) / 2
            let x = max(half + 20, min(centers[i], width * 10 - 20 - half))
            svg += "<text x=\"\(coordinate(x))\" y=\"\(baseline + 18)\">\(escape(points[i].label))</text>\n"
        }
        svg += "</g>\n"
        svg += "</svg>"
        return svg
    }

    // MARK: Scale

    /// The smallest of 1, 2, 2.5, 5 × 10ⁿ at or above `value`; 1 for zero or negative values.
    /// (2.5 × 10⁰ is never needed for whole numbers: 3 → 5.) Falls back to `value` itself on overflow.
    static func niceMax(_ value: Int64) -> Int64 {
        niceScale(value).max
    }

    /// Nice maximum and how many equal grid intervals divide it (4 or 5, giving round tick values).
    static func niceScale(_ value: Int64) -> (max: Int64, divisions: Int) {
        guard value > 1 else { return (1, 5) }
        var power: Int64 = 1
        while true {
            if power >= value { return (power, 5) }  // 0.2 steps
            let two = power.multipliedReportingOverflow(by: 2)
            if two.overflow { return (value, 4) }
            if two.partialValue >= value { return (two.partialValue, 4) }  // 0.5 steps
            if power >= 10 {
                let twoAndHalf = (power / 10).multipliedReportingOverflow(by: 25)
                if twoAndHalf.overflow { return (value, 4) }
                if twoAndHalf.partialValue >= value { return (twoAndHalf.partialValue, 5) }  // 0.5 steps
            }
            let five = power.multipliedReportingOverflow(by: 5)
            if five.overflow { return (value, 4) }
            if five.partialValue >= value { return (five.partialValue, 5) }  // 1 steps
            let next = power.multipliedReportingOverflow(by: 10)
            if next.overflow { return (value, 4) }
            power = next.partialValue
        }
    }

    /// Labels for ticks 0...divisions; nil where the tick is not a whole count (or whole fen).
    static func tickLabels(max: Int64, divisions: Int, format: BarChartValueFormat) -> [String?] {
        let values: [Int64?] = (0...divisions).map { j in
            let (q, r) = mulDiv(max, Int64(j), Int64(divisions))
            return r == 0 ? q : nil
        }
        switch format {
        case .count:
            return values.map { $0.map { grouped($0) } }
        case .yuanFromFen:
            let wholeYuan = values.allSatisfy { ($0 ?? 0) % 100 == 0 }
            return values.map { fen in
                fen.map { wholeYuan ? grouped($0 / 100) : yuan($0) }
            }
        }
    }

    static func barHeightTenths(_ value: Int64, max: Int64, plotHeightTenths: Int) -> Int {
        let clamped = Swift.min(Swift.max(0, value), max)
        let (q, r) = mulDiv(clamped, Int64(plotHeightTenths), max)
        return Int(r >= max - r ? q + 1 : q)
    }

    /// `a * b / c` and remainder without intermediate overflow (a, b ≥ 0, c > 0, quotient fits).
    static func mulDiv(_ a: Int64, _ b: Int64, _ c: Int64) -> (Int64, Int64) {
        let (q, r) = c.dividingFullWidth(a.multipliedFullWidth(by: b))
        return (q, r)
    }

    /// Every k-th month label so estimated label widths plus a 4-unit gap fit the slots.
    static func labelStep(labels: [String], slotTenths: Int) -> Int {
        let widest = labels.map(estimatedWidthTenths).max() ?? 0
        guard slotTenths > 0 else { return Swift.max(1, labels.count) }
        return Swift.max(1, (widest + 40 + slotTenths - 1) / slotTenths)
    }

    // MARK: Text

    static func unitName(_ format: BarChartValueFormat) -> String {
        switch format {
        case .count(let unit): return unit
        case .yuanFromFen: return "元"
        }
    }

    /// Above a bar: "12户" or "1,234.56".
    static func barLabel(_ value: Int64, _ format: BarChartValueFormat) -> String {
        switch format {
        case .count(let unit): return grouped(value) + unit
        case .yuanFromFen: return yuan(value)
        }
    }

    /// In the desc and tooltips: "12户" or "1,234.56元".
    static func describedValue(_ value: Int64, _ format: BarChartValueFormat) -> String {
        switch format {
        case .count(let unit): return grouped(value) + unit
        case .yuanFromFen: return yuan(value) + "元"
        }
    }

    /// 1234567 → "1,234,567".
    static func grouped(_ value: Int64) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (i, digit) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { result += "," }
            result.append(digit)
        }
        return value < 0 ? "-" + result : result
    }

    /// Fen to yuan with two decimals: 123456 → "1,234.56", 5 → "0.05".
    static func yuan(_ fen: Int64) -> String {
        let magnitude = fen.magnitude
        let whole = grouped(Int64(magnitude / 100))
        let cents = magnitude % 100
        let body = "\(whole).\(cents < 10 ? "0" : "")\(cents)"
        return fen < 0 ? "-" + body : body
    }

    /// Tenths of a unit to at most one decimal, no locale: 1925 → "192.5", 1920 → "192".
    static func coordinate(_ tenths: Int) -> String {
        let sign = tenths < 0 ? "-" : ""
        let m = tenths.magnitude
        return m % 10 == 0 ? "\(sign)\(m / 10)" : "\(sign)\(m / 10).\(m % 10)"
    }

    /// Rough rendered width at font-size 12 in tenths of a unit (sans-serif digits ≈ 0.56 em, CJK 1 em).
    static func estimatedWidthTenths(_ text: String) -> Int {
        var total = 0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "0"..."9": total += 67
            case ",", ".", ":", " ", "'", "|", "i", "l", "j": total += 34
            case "-", "(", ")", "/": total += 40
            default: total += scalar.value < 0x80 ? 72 : 120
            }
        }
        return total
    }

    static func sanitizedID(_ id: String) -> String {
        var result = ""
        for scalar in id.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-": result.unicodeScalars.append(scalar)
            default: result += "-"
            }
        }
        return result.isEmpty ? "chart" : result
    }

    /// XML text/attribute escaping, shared with the feed and sitemap.
    static func escape(_ text: String) -> String { XMLText.escape(text) }
}
