import Foundation
import GongshiCore

/// The older Excel format (.xls, a binary OLE file) converted to .xlsx by LibreOffice, headless,
/// into a temporary folder of its own: `gongshi import` reads the .xlsx it makes.
package struct LegacyExcelConverter {
    package enum Failure: Error, Equatable {
        case failed(String)
    }

    let executable: String
    static let timeoutSeconds: TimeInterval = 120

    /// `soffice` (or `libreoffice`) on the `PATH`, or the program `GONGSHI_SOFFICE` names.
    package static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> LegacyExcelConverter? {
        guard case .path(let path) = ProgramLookup.find(named: "GONGSHI_SOFFICE", candidates: ["soffice", "libreoffice"],
                                                        environment: environment) else { return nil }
        return LegacyExcelConverter(executable: path)
    }

    /// Whether `file` is an .xls: by name, or by the OLE compound file's signature.
    package static func isLegacyWorkbook(_ file: URL) -> Bool {
        if file.pathExtension.lowercased() == "xls" { return true }
        // Only a regular file is opened to look: opening a FIFO would wait for a writer.
        let type = (try? FileManager.default.attributesOfItem(atPath: file.path))?[.type] as? FileAttributeType
        guard type == .typeRegular, let handle = try? FileHandle(forReadingFrom: file) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 8)) ?? Data()
        return head == Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
    }

    /// Converts `file` into `folder` and returns the .xlsx made there.
    package func convert(_ file: URL, into folder: URL) throws(Failure) -> URL {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        // A profile of its own: a LibreOffice the clerk has open must not take over the conversion.
        let profile = folder.appendingPathComponent("profile", isDirectory: true)
        process.arguments = ["-env:UserInstallation=\(profile.absoluteString)", "--headless", "--convert-to", "xlsx",
                             "--outdir", folder.path, file.path]
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw .failed(SystemErrorText.reason(of: error))
        }
        // A LibreOffice that hangs (a dialog it cannot show, a locked profile) is stopped.
        let deadline = Date().addingTimeInterval(Self.timeoutSeconds)
        while process.isRunning, Date() < deadline { usleep(50_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw .failed("超过 \(Int(Self.timeoutSeconds)) 秒未完成")
        }
        let detail = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let made = folder.appendingPathComponent(file.deletingPathExtension().lastPathComponent + ".xlsx")
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: made.path) else {
            // Its Java warning says nothing about the file.
            let line = detail.split(separator: "\n").first { !$0.contains("javaldx") }.map(String.init) ?? ""
            let status = process.terminationStatus == 0 ? "没有生成 .xlsx 文件" : "退出码 \(process.terminationStatus)"
            throw .failed(status + (line.isEmpty ? "" : "：" + String(line.prefix(200))))
        }
        return made
    }
}
