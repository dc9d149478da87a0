import CQRencode
import Foundation

/// A QR code's modules, from libqrencode: `width × width`, row by row, `true` = dark.
struct QRCodeMatrix: Sendable, Equatable {
    let version: Int
    let width: Int
    let modules: [Bool]

    func isDark(x: Int, y: Int) -> Bool { modules[y * width + x] }

    /// Encodes `text` (a URL) in 8-bit mode with error correction level M (about 15% of the symbol
    /// may be soiled: a notice board outdoors). Nil when the text is too long for any version.
    static func encode(_ text: String) -> QRCodeMatrix? {
        lock.lock()
        defer { lock.unlock() }
        guard let code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        guard width > 0, let data = code.pointee.data else { return nil }
        let modules = (0..<(width * width)).map { data[$0] & 1 == 1 }
        return QRCodeMatrix(version: Int(code.pointee.version), width: width, modules: modules)
    }

    /// libqrencode is built thread-safe on Debian, but one lock costs nothing next to a page render.
    private static let lock = NSLock()
}
