import Foundation

/// One generated case: a private value × one to three transformations × one place, fully
/// determined by the run's seed and the case number.
struct FuzzCase: Sendable {
    let index: Int
    let value: FuzzValue
    let place: FuzzPlace
    let label: String
    let rendering: FuzzRendering
    let probe: PrivacyProbe

    /// Words a clerk writes before a value of each kind (or nothing).
    static func labels(for kind: FuzzValue.Kind) -> [String] {
        switch kind {
        case .id18, .id18BadCheck, .id15, .idPartialMask: ["身份证号：", "公民身份号码", "证号 ", ""]
        case .mobile: ["联系电话：", "手机", "电话 ", ""]
        case .account, .accountMaskedTail: ["一卡通账号：", "银行卡号", "存折账号 ", ""]
        case .email: ["邮箱：", "E-mail: ", ""]
        case .qq: [""]
        case .landline: ["家庭电话：", "座机 ", ""]
        }
    }

    /// The families that fit a value in a place (the compatibility table, narrowed by the value:
    /// numerals and regrouping need digits).
    static func families(for value: FuzzValue, in place: FuzzPlace) -> [FuzzFamily] {
        place.syntax.families.filter { family in
            switch family {
            case .numerals, .separators, .yamlEscapes: value.hasDigits && !value.isEmail
            default: true
            }
        }
    }

    init(seed: UInt64, index: Int) {
        var random = FuzzRandom(seed: seed, caseIndex: index)
        self.index = index
        let kind = random.pick(FuzzValue.Kind.allCases)
        value = FuzzValueFactory.make(kind, using: &random)
        place = random.pick(FuzzPlace.allCases)
        label = random.pick(Self.labels(for: kind))
        let compatible = Self.families(for: value, in: place)
        var chosen = random.pick(random.int(1...min(3, compatible.count)), of: compatible)
        if chosen.contains(.percent) { chosen.removeAll { $0 == .split } }
        rendering = FuzzRenderer.render(value, families: chosen, syntax: place.syntax, using: &random)
        let files = place.plant(rendering, label: label, using: &random)
        probe = PrivacyProbe(
            name: "fuzz #\(index): \(kind.rawValue) in \(place.rawValue) [\(rendering.steps.joined(separator: "; "))]",
            files: files, namedFiles: place.namedFiles, needles: value.needles, digitNeedles: value.digitNeedles,
            strippable: place.syntax == .binary ? place.assetName : nil)
    }

    /// A Swift literal of this case for the regression corpus (`RegressionCorpus.escaped`).
    var corpusLiteral: String {
        var builders: [String: String] = [:]
        let comment = ProbeLiteral.quote(label + rendering.text)
        switch place {
        case .pngAsset: builders["themes/default/assets/x.png"] = ".bytes(ProbeBinaryFiles.png(comment: \(comment)))"
        case .jpegAsset: builders["themes/default/assets/x.jpg"] = ".bytes(ProbeBinaryFiles.jpeg(comment: \(comment)))"
        default: break
        }
        return ProbeLiteral.swift(probe, needles: value.needles, digitNeedles: value.digitNeedles, builders: builders)
    }
}

/// Writes a probe as Swift source, with every character that is not plainly visible escaped.
enum ProbeLiteral {
    static func swift(_ probe: PrivacyProbe, needles: [String], digitNeedles: [String],
                      builders: [String: String] = [:]) -> String {
        var lines: [String] = []
        lines.append("PrivacyProbe(")
        lines.append("    name: \(quote(probe.name)),")
        lines.append("    files: [")
        for (path, file) in probe.files.sorted(by: { $0.key < $1.key }) {
            if let builder = builders[path] {
                lines.append("        \(quote(path)): \(builder),")
                continue
            }
            switch file {
            case .text(let text): lines.append("        \(quote(path)): .text(\(quote(text))),")
            case .bytes(let bytes): lines.append("        \(quote(path)): .bytes([\(bytes.map(String.init).joined(separator: ","))]),")
            }
        }
        lines.append("    ],")
        lines.append("    namedFiles: [\(probe.namedFiles.map(quote).joined(separator: ", "))],")
        lines.append("    needles: [\(needles.map(quote).joined(separator: ", "))], digitNeedles: [\(digitNeedles.map(quote).joined(separator: ", "))]"
            + (probe.strippable.map { ", strippable: \(quote($0))" } ?? "") + "),")
        return lines.joined(separator: "\n")
    }

    static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0xA0).contains(scalar.value)
                || scalar.value == 0xAD || (0x2000...0x200F).contains(scalar.value) || (0x2028...0x202F).contains(scalar.value)
                || (0x2060...0x206F).contains(scalar.value) || scalar.value == 0x3000 || scalar.value == 0xFEFF
                || scalar.value == 0x2011:
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
