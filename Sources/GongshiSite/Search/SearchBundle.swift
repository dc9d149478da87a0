import Foundation
import GongshiCore

/// Site search (`gongshi build --search`, `search: true`): a Pagefind bundle under `pagefind/`,
/// made from the published pages a reader may look for by word.
package enum SearchBundle {
    package static let folder = PagefindFileReader.folder

    /// Articles, notices, the standards and the village directory. Never a roster, history,
    /// total or printout page: a name is shown on its village's page, under its own notice, and
    /// found there, not by typing it into a box.
    package static func isIndexed(_ page: Page) -> Bool {
        switch page.kind {
        case .document, .standards, .regionDirectory: true
        default: false
        }
    }

    /// What the search page needs of Pagefind's output: the search script and its worker, the
    /// entry, the program (`wasm.*.pagefind`) and the index (`*.pf_meta`, `fragment/`, `index/`,
    /// `filter/`). Pagefind's own search interfaces (`pagefind-ui.js` and the like) are left out:
    /// `search.mustache` is the interface, and theirs carry their translators' e-mail addresses,
    /// which the privacy guard rightly refuses to publish.
    static func isPublished(_ path: Substring) -> Bool {
        if path.hasPrefix("fragment/") || path.hasPrefix("index/") || path.hasPrefix("filter/") { return true }
        guard !path.contains("/") else { return false }
        return path == "pagefind.js" || path == "pagefind-worker.js" || path == "pagefind-entry.json"
            || path.hasSuffix(".pf_meta") || (path.hasPrefix("wasm.") && path.hasSuffix(".pagefind"))
    }

    /// The bundle, and which of its files are Pagefind's program alone.
    struct Made {
        var files: [OutputFile]
        /// Files that are byte for byte what Pagefind writes for any site (`Reference`): its
        /// WebAssembly program, in which `strings` finds tables such as `0123456789` that read as
        /// numbers. The same bytes for a one-word site hold nothing of this one, so the guard does
        /// not read them; every other file of the bundle it reads through.
        var programPaths: Set<String>
    }

    struct Failure: Error {
        let detail: String
    }

    /// Copies the pages at `paths` (relative to `root`, the staging tree) into a folder of their
    /// own, so that Pagefind sees those and nothing else, runs it there and over a one-page
    /// reference site, and returns the bundle's files to publish (paths under `pagefind/`, in byte
    /// order). A site with nothing to index gets no bundle (its search page says search is unavailable).
    static func make(pages paths: [String], from root: String, program: PagefindProgram) -> Result<Made, Failure> {
        if paths.isEmpty { return .success(Made(files: [], programPaths: [])) }
        let fileManager = FileManager.default
        let work = fileManager.temporaryDirectory.appendingPathComponent("gongshi-search-\(UUID().uuidString)", isDirectory: true)
        defer { try? fileManager.removeItem(at: work) }
        let site = work.appendingPathComponent("site", isDirectory: true)
        let reference = work.appendingPathComponent("reference", isDirectory: true)
        do {
            for path in paths {
                let copy = site.appendingPathComponent(path)
                try fileManager.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
                try fileManager.copyItem(atPath: root + "/" + path, toPath: copy.path)
            }
            try fileManager.createDirectory(at: reference, withIntermediateDirectories: true)
            try Data(Self.referencePage.utf8).write(to: reference.appendingPathComponent("index.html"))
        } catch {
            return .failure(Failure(detail: SystemErrorText.reason(of: error)))
        }
        let bundle = work.appendingPathComponent("bundle", isDirectory: true)
        let referenceBundle = work.appendingPathComponent("reference-bundle", isDirectory: true)
        for (input, output) in [(site, bundle), (reference, referenceBundle)] {
            if let detail = program.index(site: input, bundle: output) { return .failure(Failure(detail: detail)) }
        }
        let made: [String: Data]
        let referenceFiles: [String: Data]
        switch (files(under: bundle), files(under: referenceBundle)) {
        case (.success(let real), .success(let constant)): (made, referenceFiles) = (real, constant)
        case (.failure(let failure), _), (_, .failure(let failure)): return .failure(failure)
        }
        var result = Made(files: [], programPaths: [])
        for (path, data) in made where isPublished(path[...]) {
            let published = folder + "/" + path
            result.files.append(OutputFile(path: published, bytes: Array(data)))
            if path.hasSuffix(".pagefind"), referenceFiles[path] == data { result.programPaths.insert(published) }
        }
        result.files.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        return .success(result)
    }

    /// The reference site: one page, one word.
    static let referencePage = "<!DOCTYPE html><html lang=\"zh-CN\"><head><title>公示</title></head><body><main><p>公示</p></main></body></html>"

    /// Every file below `folder`: its path relative to it → its bytes.
    private static func files(under folder: URL) -> Result<[String: Data], Failure> {
        let fileManager = FileManager.default
        guard let walker = fileManager.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return .failure(Failure(detail: folder.path))
        }
        let prefix = folder.standardizedFileURL.path + "/"
        var found: [String: Data] = [:]
        for case let url as URL in walker {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(prefix), let data = fileManager.contents(atPath: path) else {
                return .failure(Failure(detail: path))
            }
            found[String(path.dropFirst(prefix.count))] = data
        }
        return .success(found)
    }
}
