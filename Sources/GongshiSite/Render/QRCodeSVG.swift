/// A QR code as inline SVG: one path of dark runs on a white square with the 4-module quiet zone
/// scanners need. Coordinates are separated by commas and letters, never by spaces alone, so no
/// run of digits in the path looks like a phone or ID number to the output privacy scan.
enum QRCodeSVG {
    static let quietZone = 4

    /// - Parameter label: the accessible name (`扫码查看本村网上公示`). The printed size comes from CSS (`svg.qr`).
    static func render(_ matrix: QRCodeMatrix, label: String) -> String {
        let full = matrix.width + 2 * quietZone
        var path = ""
        for y in 0..<matrix.width {
            var x = 0
            while x < matrix.width {
                guard matrix.isDark(x: x, y: y) else {
                    x += 1
                    continue
                }
                var end = x
                while end < matrix.width, matrix.isDark(x: end, y: y) { end += 1 }
                path += "M\(x + quietZone),\(y + quietZone)h\(end - x)v1h-\(end - x)z"
                x = end
            }
        }
        let name = XMLText.escape(label)
        return "<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(full) \(full)\""
            + " role=\"img\" aria-label=\"\(name)\" shape-rendering=\"crispEdges\">"
            + "<rect width=\"\(full)\" height=\"\(full)\" fill=\"#fff\"/><path fill=\"#000\" d=\"\(path)\"/></svg>"
    }
}
