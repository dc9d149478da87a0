import Foundation
import Testing
@testable import GongshiSite

/// The QR code on printed notices: libqrencode's matrix, and the SVG drawn from it read back.
@Suite struct QRCodeTests {
    static let url = "https://mz.example.gov.cn/dibao/rosters/2026-11/410829101201.html"

    @Test func matrixHasTheSizeOfItsVersion() throws {
        let matrix = try #require(QRCodeMatrix.encode(Self.url))
        #expect(matrix.width == 17 + 4 * matrix.version)
        #expect(matrix.modules.count == matrix.width * matrix.width)
        // 65 characters at level M: libqrencode puts the digit runs in numeric mode, so version 4 (33×33) holds them.
        #expect(matrix.version == 4)
        // The three finder patterns: a dark 7×7 ring with a dark 3×3 centre, top left, top right, bottom left.
        for (ox, oy) in [(0, 0), (matrix.width - 7, 0), (0, matrix.width - 7)] {
            for y in 0..<7 {
                for x in 0..<7 {
                    let ring = x == 0 || y == 0 || x == 6 || y == 6
                    let centre = (2...4).contains(x) && (2...4).contains(y)
                    #expect(matrix.isDark(x: ox + x, y: oy + y) == (ring || centre))
                }
            }
        }
    }

    @Test func sameTextSameMatrix() {
        #expect(QRCodeMatrix.encode(Self.url) == QRCodeMatrix.encode(Self.url))
        #expect(QRCodeMatrix.encode(Self.url) != QRCodeMatrix.encode(Self.url + "x"))
    }

    @Test func svgDrawsExactlyTheMatrixInsideTheQuietZone() throws {
        let matrix = try #require(QRCodeMatrix.encode(Self.url))
        let svg = QRCodeSVG.render(matrix, label: "扫码查看")
        let full = matrix.width + 2 * QRCodeSVG.quietZone
        #expect(svg.hasPrefix("<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(full) \(full)\" role=\"img\" aria-label=\"扫码查看\""))
        let drawn = try #require(Self.modules(fromPath: svg, size: full))
        for y in 0..<full {
            for x in 0..<full {
                let inside = (QRCodeSVG.quietZone..<(full - QRCodeSVG.quietZone))
                let expected = inside.contains(x) && inside.contains(y)
                    && matrix.isDark(x: x - QRCodeSVG.quietZone, y: y - QRCodeSVG.quietZone)
                #expect(drawn[y * full + x] == expected, "module \(x),\(y)")
            }
        }
    }

    @Test func pathHasNoSpacedDigitRunsForThePrivacyScan() throws {
        let matrix = try #require(QRCodeMatrix.encode(Self.url))
        let svg = QRCodeSVG.render(matrix, label: "扫码查看")
        let path = try #require(svg.range(of: " d=\"").map { svg[$0.upperBound...] })
        #expect(!path.contains(" "))
    }

    /// Reads `M x,y h w v1 h-w z` runs back into modules.
    static func modules(fromPath svg: String, size: Int) -> [Bool]? {
        guard let start = svg.range(of: " d=\""), let end = svg[start.upperBound...].firstIndex(of: "\"") else { return nil }
        var modules = Array(repeating: false, count: size * size)
        for run in svg[start.upperBound..<end].split(separator: "z") {
            guard run.hasPrefix("M"), let h = run.firstIndex(of: "h"), let v = run.firstIndex(of: "v") else { return nil }
            let point = run[run.index(after: run.startIndex)..<h].split(separator: ",").compactMap { Int($0) }
            guard point.count == 2, let length = Int(run[run.index(after: h)..<v]), run[v...].hasPrefix("v1h-\(length)") else { return nil }
            for x in point[0]..<(point[0] + length) { modules[point[1] * size + x] = true }
        }
        return modules
    }
}
