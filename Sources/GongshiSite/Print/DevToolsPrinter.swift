import Foundation
import GongshiCore

/// Prints many HTML files to PDF with one headless Chromium kept open (`DevToolsPipe`), a few
/// pages (tabs) at a time so that every core works. Each file is its own document, so Chromium's
/// 「第 N 页 共 M 页」 (`counter(page)`, `counter(pages)` in print.css) counts that file's pages
/// only. The PDF is what `chromium --print-to-pdf --no-pdf-header-footer` writes for the same file:
/// paper from CSS `@page`, backgrounds printed, tagged; only its creation date differs.
struct DevToolsPrinter {
    /// One HTML file and the PDF to write from it.
    struct Job: Sendable, Equatable {
        let html: URL
        let pdf: URL
    }

    let executable: String
    /// Pages printed at the same time.
    let tabs: Int

    /// A page (or the browser's start) that takes longer than this is not coming.
    static let timeoutSeconds: Double = 120

    /// Tabs for this machine: one per core, at most four (more only queue for the same cores).
    static var defaultTabs: Int { min(4, max(1, ProcessInfo.processInfo.activeProcessorCount)) }

    /// What one tab is doing.
    private struct Tab {
        let target: String
        let session: String
        var job: Int?
        var navigation: Int?
        var loader: String?
        /// Documents of this tab whose `load` has fired (the navigation's answer may come after it).
        var loaded: Set<String> = []
        var printing: Int?
        var deadline = Date.distantFuture
    }

    /// Prints every job, calling `finished` with a job's index once its PDF is written (in the
    /// order they finish). Stops at the first failure, which names that job's HTML file.
    func printAll(_ jobs: [Job], finished: (Int) throws(ChromiumPrinter.Failure) -> Void) throws(ChromiumPrinter.Failure) {
        guard let first = jobs.first else { return }
        let browser: DevToolsPipe
        do {
            browser = try DevToolsPipe(executable: executable)
        } catch {
            throw Self.failure(first, error.detail)
        }
        defer { browser.close() }
        var tabs: [Tab] = []
        do throws(DevToolsPipe.Failure) {
            for _ in 0..<min(self.tabs, jobs.count) {
                tabs.append(try Self.openTab(browser))
            }
        } catch {
            throw Self.failure(first, error.detail)
        }
        var next = 0
        func start(_ index: Int) throws(ChromiumPrinter.Failure) {
            guard next < jobs.count else {
                tabs[index].job = nil
                return
            }
            let job = next
            next += 1
            tabs[index].job = job
            tabs[index].loader = nil
            tabs[index].loaded = []
            tabs[index].printing = nil
            tabs[index].deadline = Date().addingTimeInterval(Self.timeoutSeconds)
            do {
                tabs[index].navigation = try browser.send("Page.navigate", ["url": jobs[job].html.standardizedFileURL.absoluteString],
                                                          session: tabs[index].session)
            } catch {
                throw Self.failure(jobs[job], error.detail)
            }
        }
        func printPage(_ index: Int, job: Int) throws(ChromiumPrinter.Failure) {
            do {
                tabs[index].printing = try browser.send("Page.printToPDF", Self.printParameters, session: tabs[index].session)
            } catch {
                throw Self.failure(jobs[job], error.detail)
            }
        }
        for index in tabs.indices { try start(index) }

        while let busy = tabs.indices.filter({ tabs[$0].job != nil }).min(by: { tabs[$0].deadline < tabs[$1].deadline }) {
            let message: [String: Any]?
            do {
                message = try browser.receive(until: tabs[busy].deadline)
            } catch {
                throw Self.failure(jobs[tabs[busy].job ?? 0], error.detail)
            }
            guard let message else {
                throw Self.failure(jobs[tabs[busy].job ?? 0], "超过 \(Int(Self.timeoutSeconds)) 秒未完成")
            }
            if let id = message["id"] as? Int {
                guard let index = tabs.firstIndex(where: { $0.navigation == id || $0.printing == id }),
                      let job = tabs[index].job else { continue }
                if let error = message["error"] as? [String: Any] {
                    throw Self.failure(jobs[job], Self.text(of: error))
                }
                let result = message["result"] as? [String: Any] ?? [:]
                if tabs[index].navigation == id {
                    tabs[index].navigation = nil
                    if let problem = result["errorText"] as? String, !problem.isEmpty {
                        throw Self.failure(jobs[job], problem)
                    }
                    guard let loader = result["loaderId"] as? String else {
                        throw Self.failure(jobs[job], "浏览器没有打开新页面")
                    }
                    tabs[index].loader = loader
                    if tabs[index].loaded.contains(loader) { try printPage(index, job: job) }
                } else {
                    guard let encoded = result["data"] as? String, let pdf = Data(base64Encoded: encoded), !pdf.isEmpty else {
                        throw Self.failure(jobs[job], "浏览器没有返回 PDF")
                    }
                    do {
                        try pdf.write(to: jobs[job].pdf, options: .atomic)
                    } catch {
                        throw ChromiumPrinter.Failure(message: Messages.printWriteFailed(jobs[job].pdf.path, SystemErrorText.reason(of: error)))
                    }
                    try finished(job)
                    try start(index)
                }
            } else if message["method"] as? String == "Page.lifecycleEvent",
                      let session = message["sessionId"] as? String,
                      let parameters = message["params"] as? [String: Any],
                      parameters["name"] as? String == "load",
                      let index = tabs.firstIndex(where: { $0.session == session }),
                      parameters["frameId"] as? String == tabs[index].target,
                      let loader = parameters["loaderId"] as? String,
                      let job = tabs[index].job {
                tabs[index].loaded.insert(loader)
                if tabs[index].loader == loader && tabs[index].printing == nil { try printPage(index, job: job) }
            }
        }
    }

    /// Chromium's own choices for `--print-to-pdf --no-pdf-header-footer`.
    private static var printParameters: [String: Any] {
        [
            "printBackground": true, "preferCSSPageSize": true, "displayHeaderFooter": false, "generateTaggedPDF": true,
        ]
    }

    /// A new tab, attached (its events and commands travel with its session id) and reporting its
    /// page's `load`.
    private static func openTab(_ browser: DevToolsPipe) throws(DevToolsPipe.Failure) -> Tab {
        let target = try call(browser, "Target.createTarget", ["url": "about:blank"])["targetId"] as? String ?? ""
        let session = try call(browser, "Target.attachToTarget", ["targetId": target, "flatten": true])["sessionId"] as? String ?? ""
        guard !target.isEmpty, !session.isEmpty else { throw DevToolsPipe.Failure(detail: "浏览器没有打开新页面") }
        _ = try call(browser, "Page.enable", session: session)
        _ = try call(browser, "Page.setLifecycleEventsEnabled", ["enabled": true], session: session)
        return Tab(target: target, session: session)
    }

    /// Sends a command and waits for its answer; events meanwhile concern no job yet.
    private static func call(_ browser: DevToolsPipe, _ method: String, _ parameters: [String: Any] = [:],
                             session: String? = nil) throws(DevToolsPipe.Failure) -> [String: Any] {
        let id = try browser.send(method, parameters, session: session)
        let deadline = Date().addingTimeInterval(timeoutSeconds)
        while true {
            guard let message = try browser.receive(until: deadline) else {
                throw DevToolsPipe.Failure(detail: "超过 \(Int(timeoutSeconds)) 秒未完成")
            }
            guard message["id"] as? Int == id else { continue }
            if let error = message["error"] as? [String: Any] { throw DevToolsPipe.Failure(detail: text(of: error)) }
            return message["result"] as? [String: Any] ?? [:]
        }
    }

    private static func text(of error: [String: Any]) -> String {
        "DevTools：" + (error["message"] as? String ?? "未知错误")
    }

    private static func failure(_ job: Job, _ detail: String) -> ChromiumPrinter.Failure {
        ChromiumPrinter.Failure(message: Messages.chromiumFailed(job.html.path, detail: detail))
    }
}
