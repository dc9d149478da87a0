import Foundation
import Testing

/// One file a probe writes over the base site.
enum ProbeFile: Sendable, Equatable {
    case text(String)
    case bytes([UInt8])

    var data: Data {
        switch self {
        case .text(let text): Data(text.utf8)
        case .bytes(let bytes): Data(bytes)
        }
    }
}

/// Private data planted in the fuzz base site (generated, or a fixed regression case): the files
/// to write, what standard error must name, and what must never be shown.
struct PrivacyProbe: Sendable, CustomTestStringConvertible {
    let name: String
    /// Files written over the base site (path inside the site folder → content).
    let files: [String: ProbeFile]
    /// Standard error must name one of these: a source path (followed by `:`) or an output path
    /// written `(输出)/path`; the bare `(输出)/` accepts any output file.
    let namedFiles: [String]
    /// Compared with `LeakCheck.canonical` of stdout and stderr.
    let needles: [String]
    /// Compared with the digits of stdout and stderr.
    let digitNeedles: [String]
    /// An image whose metadata may be stripped instead of refused (issue 9: "scanned or
    /// stripped"): a build that succeeds is accepted when no published file shows the value.
    let strippable: String?

    var testDescription: String { name }

    init(name: String, files: [String: ProbeFile], namedFiles: [String], needles: [String] = [],
         digitNeedles: [String] = [], strippable: String? = nil) {
        self.name = name
        self.files = files
        self.namedFiles = namedFiles
        self.needles = needles.map(LeakCheck.canonical)
        self.digitNeedles = digitNeedles.map(LeakCheck.digits)
        self.strippable = strippable
    }
}

/// A legitimate text planted in the base site that must build (exit 0) and be published.
struct CleanProbe: Sendable, CustomTestStringConvertible {
    let name: String
    let files: [String: ProbeFile]
    /// An output file that must contain `published` after the build.
    let outputFile: String
    let published: String

    var testDescription: String { name }
}
