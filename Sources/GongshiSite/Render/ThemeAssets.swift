import Foundation
import GongshiCore

/// The theme's `assets/` folder, read into output files under `assets/`.
enum ThemeAssets {
    static func collect(from folder: URL) throws(ContentErrors) -> [OutputFile] {
        guard let enumerator = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        let base = folder.standardizedFileURL.path + "/"
        var relativePaths: [String] = []
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let full = url.standardizedFileURL.path
            if full.hasPrefix(base) { relativePaths.append(String(full.dropFirst(base.count))) }
        }
        var files: [OutputFile] = []
        for relative in relativePaths.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            do {
                let data = try Data(contentsOf: folder.appendingPathComponent(relative))
                files.append(OutputFile(path: SitePlan.assetsFolder + "/" + relative, bytes: Array(data)))
            } catch {
                throw ContentErrors([.error(SourceLocation(file: relative), Messages.cannotRead(error))])
            }
        }
        return files
    }
}
