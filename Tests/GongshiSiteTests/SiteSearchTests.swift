import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// Site search (`gongshi build --search`, `search: true`): Pagefind's bundle over the articles,
/// notices, standards and village directory, never over a roster; through the real binary, and
/// searched in headless Chromium over HTTP as a reader searches.
@Suite(.serialized) struct SiteSearchTests {
    static let program = PagefindProgram.find()
    static let canIndex = PDFTools.underCI || program != nil
    static let canSearch = canIndex && (PDFTools.underCI || PDFTools.chromium != nil)

    /// The sample site's articles (4), notices (2), standards and village directory.
    static let samplePagesIndexed = 10

    static func sampleCopy() throws -> IncrementalBuildTests.SampleCopy {
        let copy = try IncrementalBuildTests.SampleCopy()
        TemporaryFolders.removeAtExit(copy.root)
        return copy
    }

    static func bundleFiles(_ output: URL) -> [String] {
        SiteFixture.snapshot(output.appendingPathComponent("pagefind")).keys.sorted()
    }

    /// Every fragment's JSON (a page's text as results show it).
    static func fragments(_ output: URL) -> [String] {
        SiteFixture.snapshot(output.appendingPathComponent("pagefind/fragment")).values.compactMap { data in
            guard case .success(let json) = ZlibInflater.inflate(Array(data)[...], format: .gzip, limit: 1 << 24) else { return nil }
            return String(decoding: json.dropFirst(PagefindFileReader.signature.count), as: UTF8.self)
        }
    }

    @Test(.enabled(if: canIndex)) func buildWithSearchIndexesTheDocumentsAndDirectoryAndNothingElse() throws {
        let copy = try Self.sampleCopy()
        let result = try CLI.run(["build", "--search", "--quiet", "--source", copy.site.path])
        #expect(result.status == 0, "\(result.stderr)")
        let entry = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: copy.output.appendingPathComponent("pagefind/pagefind-entry.json"))) as? [String: Any])
        let languages = try #require(entry["languages"] as? [String: [String: Any]])
        #expect(languages.keys.sorted() == ["zh-cn"])
        #expect(languages["zh-cn"]?["page_count"] as? Int == Self.samplePagesIndexed)
        let fragments = Self.fragments(copy.output)
        #expect(fragments.count == Self.samplePagesIndexed)
        let urls = fragments.compactMap { fragment -> String? in
            (try? JSONSerialization.jsonObject(with: Data(fragment.utf8)) as? [String: Any])?["url"] as? String
        }.sorted()
        #expect(urls == ["/articles/application-procedure.html", "/articles/payment-yikatong.html",
                         "/articles/privacy-disclosure.html", "/articles/standards-2023.html",
                         "/articles/standards-2024-interpretation.html", "/articles/standards-2024.html",
                         "/notices/happiness-list-2024.html", "/notices/notice-period-2024-11.html",
                         "/regions/index.html", "/standards.html"])
        // Only each page's <main>: no menu or footer words in every result.
        #expect(!fragments.contains { $0.contains("监督举报与权利救济") })
        // No roster name, masked or not, is in the bundle.
        let roster = try String(contentsOf: copy.site.appendingPathComponent("content/rosters/2026-09/410829101201.csv"), encoding: .utf8)
        #expect(roster.contains("李*山"))
        #expect(!fragments.contains { $0.replacingOccurrences(of: "\u{200B}", with: "").contains("李*山") })
        // The search page, linked from every page, and in the manifest with its bundle.
        let search = try #require(String(data: Data(contentsOf: copy.output.appendingPathComponent("search.html")), encoding: .utf8))
        #expect(search.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(search.contains("<form class=\"search-form\" action=\"\" method=\"get\" role=\"search\" data-script=\"pagefind/pagefind.js\" hidden>"))
        // What the search page needs, not Pagefind's own interfaces (their translators' e-mail addresses).
        #expect(Self.bundleFiles(copy.output).filter { !$0.contains("/") }.map { $0.replacing(#/_[0-9a-f]+\./#, with: "_*.") }
                == ["pagefind-entry.json", "pagefind-worker.js", "pagefind.js", "pagefind.zh-cn_*.pf_meta", "wasm.unknown.pagefind"])
        let home = try String(contentsOf: copy.output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(home.contains("<li><a href=\"search.html\">站内搜索</a></li>"))
        let manifest = try String(contentsOf: copy.output.appendingPathComponent(Publisher.markerFileName), encoding: .utf8)
        for path in Self.bundleFiles(copy.output) { #expect(manifest.contains("pagefind/" + path), "\(path)") }
        #expect(try CLI.run(["verify", "--output", copy.output.path]).status == 0)
        // The same bytes again, and without search the bundle and the page are gone.
        let first = SiteFixture.snapshot(copy.output)
        #expect(try CLI.run(["build", "--search", "--quiet", "--no-cache", "--source", copy.site.path]).status == 0)
        #expect(SiteFixture.snapshot(copy.output) == first)
        #expect(try CLI.run(["build", "--quiet", "--source", copy.site.path]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: copy.output.appendingPathComponent("pagefind").path))
        #expect(!FileManager.default.fileExists(atPath: copy.output.appendingPathComponent("search.html").path))
        #expect(!(try String(contentsOf: copy.output.appendingPathComponent("index.html"), encoding: .utf8)).contains("站内搜索"))
    }

    @Test func withoutPagefindTheBuildStopsWithExit3AndTheInstallCommand() throws {
        let copy = try Self.sampleCopy()
        #expect(try CLI.run(["build", "--quiet", "--source", copy.site.path]).status == 0)
        let before = SiteFixture.snapshot(copy.output)
        for arguments in [["--search"], []] {
            if arguments.isEmpty {
                try copy.edit("site.yaml") { $0.replacingOccurrences(of: "search: false", with: "search: true") }
            }
            let result = try CLI.run(["build", "--source", copy.site.path] + arguments,
                                     environment: [PagefindProgram.environmentKey: "/nonexistent/pagefind_extended"])
            #expect(result.status == 3)
            #expect(result.stderr.contains("GS5300"))
            #expect(result.stderr.contains("python3 -m pip install pagefind-bin-extended"))
            #expect(SiteFixture.snapshot(copy.output) == before)
        }
    }

    @Test func searchInSiteYAMLIsTrueOrFalse() throws {
        #expect(try SiteConfigLoader.parse("title: t\npublisher: p\nsearch: true\n").search)
        #expect(try !SiteConfigLoader.parse("title: t\npublisher: p\n").search)
        do {
            _ = try SiteConfigLoader.parse("title: t\npublisher: p\nsearch: 是\n")
            Issue.record("search: 是 was accepted")
        } catch {
            #expect(error.diagnostics.map(\.description) == ["site.yaml:3:9: 错误 GS1027: search 应为 true 或 false"])
        }
    }

    @Test(.enabled(if: canIndex)) func aBundleThatHoldsAnIDNumberIsRefused() throws {
        // Pagefind's own files for a page with an ID number, as the gate meets them: the page's
        // text is in its fragment, its words in the index.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongshi-pagefind-\(UUID().uuidString)")
        TemporaryFolders.removeAtExit(folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("<!DOCTYPE html><html lang=\"zh-CN\"><head><title>t</title></head><body><main><p>申请人 11010519491231002X 的材料</p></main></body></html>".utf8)
            .write(to: folder.appendingPathComponent("page.html"))
        let program = try #require(Self.program ?? PagefindProgram.find(), "Pagefind is not installed")
        let made = try SearchBundle.make(pages: ["page.html"], from: folder.path, program: program).get()
        let bundle = made.files
        // Pagefind's program is what it writes for any site: the guard need not read it.
        #expect(made.programPaths == ["pagefind/wasm.unknown.pagefind"])
        let reader = PublishedFileReader(reviewedSHA256: [], pdftotext: nil, readsSearchBundle: true)
        for name in ["fragment/", "index/"] {
            let file = try #require(bundle.first { $0.path.hasPrefix("pagefind/" + name) })
            let view = reader.view(of: file.bytes, path: file.path)
            #expect(view.problems.isEmpty, "\(file.path)")
            let text = view.texts.map { String(String.UnicodeScalarView($0.scalars)) }.joined()
            #expect(text.filter(\.isNumber).contains("110105194912310"), "\(file.path)")
        }
        let context = PrivacyContext()
        let read = bundle.filter { !made.programPaths.contains($0.path) }
        let findings = OutputPrivacyGate.scan(read, context: context, reviewedFiles: [], searchBundle: true)
        let described = findings.filter(\.isError).map(\.description)
        #expect(described.contains { $0.hasPrefix("(输出)/pagefind/fragment/") }, "\(described)")
        #expect(described.contains { $0.hasPrefix("(输出)/pagefind/index/") }, "\(described)")
        #expect(!described.joined().lowercased().contains("11010519491231002x"))
        // Outside the search step (a theme's asset, or a scanner not told of the bundle) the same
        // bytes are gzip, which is never published.
        for file in bundle.filter({ $0.path.hasPrefix("pagefind/index/") }) {
            for path in [file.path, "assets/words.pf_index"] {
                let refused = OutputPrivacyGate.scan([OutputFile(path: path, bytes: file.bytes)], context: context, reviewedFiles: [])
                #expect(refused.hasErrors, "\(path)")
            }
        }
        // Pagefind's scripts and entry are read through and pass; its program, read with `strings`,
        // holds digit tables that read as a telephone number (hence the reference comparison).
        let rest = bundle.filter { !$0.path.contains("fragment/") && !$0.path.contains("index/") && !$0.path.hasSuffix(".pf_meta")
            && !made.programPaths.contains($0.path) }
        #expect(rest.map(\.path) == ["pagefind/pagefind-entry.json", "pagefind/pagefind-worker.js", "pagefind/pagefind.js"])
        #expect(OutputPrivacyGate.scan(rest, context: context, reviewedFiles: [], searchBundle: true).isEmpty)
        // The program is never read through: only its sameness with the reference's lets it out.
        #expect(OutputPrivacyGate.scan(bundle.filter { made.programPaths.contains($0.path) }, context: context, reviewedFiles: [],
                                       searchBundle: true).hasErrors)
    }

    @Test func cborTextStringsAreReadAndAnythingElseIsRefused() throws {
        func text(_ bytes: [UInt8]) -> String? {
            CBORTextStrings.text(of: bytes).map { String(String.UnicodeScalarView($0.scalars.filter { $0 != ReaderText.wall })) }
        }
        // [ "110105", 1.5 (float), true, "19491231" ]: the texts, each walled; numbers and simple values stepped over.
        let array: [UInt8] = [0x84, 0x66] + Array("110105".utf8) + [0xF9, 0x3E, 0x00, 0xF5, 0x68] + Array("19491231".utf8)
        #expect(text(array) == "11010519491231")
        // …and never read as one number.
        let walled = CBORTextStrings.text(of: array).map { String(String.UnicodeScalarView($0.scalars.map { $0 == ReaderText.wall ? "|" : $0 })) }
        #expect(walled?.contains("110105|19491231") == true, "\(walled ?? "")")
        // An indefinite-length text's chunks are one string.
        let chunks: [UInt8] = [0x7F, 0x63] + Array("110".utf8) + [0x63] + Array("105".utf8) + [0xFF]
        #expect(text(chunks) == "110105")
        // A byte string, a length past the end, a reserved header: not CBOR this reader can judge.
        #expect(text([0x43, 0x31, 0x32, 0x33]) == nil)
        #expect(text([0x6A, 0x31, 0x32]) == nil)
        #expect(text([0x1C]) == nil)
    }
}

/// The search page as a reader uses it, in headless Chromium over HTTP.
@Suite(.serialized) struct SiteSearchBrowserTests {
    static func resultLinks(_ tab: BrowserTab) throws -> [String] {
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            let links = try tab.evaluate("Array.from(document.querySelectorAll('#search-results a')).map(a => a.getAttribute('href'))") as? [String] ?? []
            if !links.isEmpty { return links }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return []
    }

    @Test(.enabled(if: SiteSearchTests.canSearch)) func aReaderFindsANoticeByAWordAndNoRosterByAName() throws {
        let copy = try SiteSearchTests.sampleCopy()
        let built = try CLI.run(["build", "--search", "--quiet", "--source", copy.site.path])
        #expect(built.status == 0, "\(built.stderr)")
        let server = try StaticHTTPServer(folder: copy.output)
        let tab = try BrowserTab(executable: try #require(PDFTools.chromium, "chromium is not installed").executable)
        try tab.setWidth(1280)
        // ?q= searches at once (a link or the address bar), in Chinese words Pagefind segmented.
        try tab.open(server.base.appendingPathComponent("search.html").appending(queryItems: [URLQueryItem(name: "q", value: "幸福清单")]))
        let links = try Self.resultLinks(tab)
        #expect(links.first == "/notices/happiness-list-2024.html", "\(links)")
        #expect(links.allSatisfy { !$0.hasPrefix("/rosters/") && !$0.hasPrefix("/print/") })
        // A name as the roster shows it, and the same name's parts: no page of a roster answers.
        for name in ["李*山", "李山", "孟*民"] {
            let found = try tab.evaluateAwaiting("""
                (async () => {
                  const pagefind = await import('./pagefind/pagefind.js');
                  const search = await pagefind.search(\(String(data: try JSONEncoder().encode(name), encoding: .utf8) ?? "\"\""));
                  return (await Promise.all(search.results.map(result => result.data()))).map(data => data.url);
                })()
                """) as? [String]
            let urls = try #require(found, "\(name)")
            #expect(urls.allSatisfy { !$0.hasPrefix("/rosters/") && !$0.hasPrefix("/regions/4") && !$0.hasPrefix("/print/") },
                    "\(name): \(urls)")
        }
        // A village name finds the directory.
        let village = try tab.evaluateAwaiting("""
            (async () => {
              const pagefind = await import('./pagefind/pagefind.js');
              const search = await pagefind.search('柳林村');
              return (await Promise.all(search.results.map(result => result.data()))).map(data => data.url);
            })()
            """) as? [String]
        #expect(village?.contains("/regions/index.html") == true, "\(village ?? [])")
        try tab.setWidth(390)
        try tab.open(server.base.appendingPathComponent("search.html").appending(queryItems: [URLQueryItem(name: "q", value: "一卡通")]))
        #expect(try Self.resultLinks(tab).contains("/articles/payment-yikatong.html"))
        #expect(try tab.evaluate("document.documentElement.scrollWidth") as? Int == 390)
        #expect(BrowserTab.pngSize(try tab.screenshot())?.width == 390)
        withExtendedLifetime(server) {}
    }

    @Test(.enabled(if: SiteSearchTests.canSearch)) func fromAFileThePageSaysSearchNeedsAServer() throws {
        let copy = try SiteSearchTests.sampleCopy()
        #expect(try CLI.run(["build", "--search", "--quiet", "--source", copy.site.path]).status == 0)
        let tab = try BrowserTab(executable: try #require(PDFTools.chromium, "chromium is not installed").executable)
        try tab.open(copy.output.appendingPathComponent("search.html"))
        #expect(try tab.evaluate("document.getElementById('search-unavailable').hidden") as? Bool == false)
    }
}
