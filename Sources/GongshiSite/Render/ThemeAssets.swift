import Foundation
import GongshiCore

/// The theme's `assets/` folder, read into output files under `assets/`.
enum ThemeAssets {
    /// Where the assets are: read through `SiteFiles`, so an `assets` that is a file, a link out
    /// of the site or a FIFO among them is an error, never a site without its stylesheet.
    struct Source: Sendable {
        let files: SiteFiles
        /// Relative to the site folder, e.g. `themes/default/assets`.
        let folder: String
    }

    static func collect(from source: Source) throws(ContentErrors) -> [OutputFile] {
        var log = DiagnosticLog()
        let relativePaths = try source.files.files(under: source.folder, matching: { _ in true }, log: &log) ?? []
        var files: [OutputFile] = []
        for relative in relativePaths {
            do {
                let data = try source.files.read(source.folder + "/" + relative)
                files.append(OutputFile(path: SitePlan.assetsFolder + "/" + relative, bytes: Array(data)))
            } catch {
                log.append(contentsOf: error.diagnostics)
            }
        }
        try log.throwIfErrors()
        return files
    }
}
