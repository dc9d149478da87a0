import Foundation
@testable import GongshiSite

/// One headless Chromium tab driven over the DevTools protocol (`DevToolsPipe`), for tests that use
/// a page as a person does: at a phone's width, typing into a box, with its scripts running.
final class BrowserTab {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private let browser: DevToolsPipe
    private let session: String

    init(executable: String) throws {
        browser = try DevToolsPipe(executable: executable)
        let target = try Self.call(browser, "Target.createTarget", ["url": "about:blank"])["targetId"] as? String ?? ""
        session = try Self.call(browser, "Target.attachToTarget", ["targetId": target, "flatten": true])["sessionId"] as? String ?? ""
        guard !session.isEmpty else { throw Failure(description: "no tab") }
    }

    deinit {
        browser.close()
    }

    /// The viewport's width in CSS pixels (a phone below 600: `mobile`, so the viewport meta applies).
    func setWidth(_ width: Int, height: Int = 900) throws {
        _ = try call("Emulation.setDeviceMetricsOverride",
                     ["width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600])
    }

    /// Runs the page's scripts or not (a reader who turned them off), from the next page opened.
    func setScriptsEnabled(_ enabled: Bool) throws {
        _ = try call("Emulation.setScriptExecutionDisabled", ["value": !enabled])
    }

    /// Opens `url` and waits until the document and its scripts are done.
    /// - Parameter landing: where the page's scripts leave the address (default `url`).
    func open(_ url: URL, landing: URL? = nil) throws {
        _ = try call("Page.navigate", ["url": url.absoluteString])
        let deadline = Date().addingTimeInterval(20)
        let expected = (landing ?? url).absoluteString
        while Date() < deadline {
            if try evaluate("document.readyState") as? String == "complete", try evaluate("location.href") as? String == expected {
                return
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Failure(description: "\(url.path) did not load in 20 s")
    }

    /// A script's value (JSON-representable values only).
    func evaluate(_ expression: String) throws -> Any? {
        let result = try call("Runtime.evaluate", ["expression": expression, "returnByValue": true])
        if let exception = result["exceptionDetails"] as? [String: Any] {
            throw Failure(description: "\(expression): \(exception["text"] as? String ?? "exception")")
        }
        return (result["result"] as? [String: Any])?["value"]
    }

    /// A script's value once the promise it gives settles (JSON-representable values only), or
    /// a failure after 20 seconds.
    func evaluateAwaiting(_ expression: String) throws -> Any? {
        let bounded = "Promise.race([(\(expression)), new Promise((_, reject) => setTimeout(() => reject(new Error('no answer in 20 s')), 20000))])"
        let result = try call("Runtime.evaluate", ["expression": bounded, "returnByValue": true, "awaitPromise": true])
        if let exception = result["exceptionDetails"] as? [String: Any] {
            let thrown = (exception["exception"] as? [String: Any])?["description"] as? String
            throw Failure(description: "\(expression): \(thrown ?? exception["text"] as? String ?? "exception")")
        }
        return (result["result"] as? [String: Any])?["value"]
    }

    /// Types `text` into the focused element, as a keyboard or an input method does (one `input` event).
    func type(_ text: String) throws {
        _ = try call("Input.insertText", ["text": text])
    }

    /// A PNG of the viewport.
    func screenshot() throws -> Data {
        let result = try call("Page.captureScreenshot", ["format": "png"])
        guard let text = result["data"] as? String, let data = Data(base64Encoded: text) else {
            throw Failure(description: "no screenshot")
        }
        return data
    }

    /// The width and height of a PNG, from its IHDR chunk.
    static func pngSize(_ png: Data) -> (width: Int, height: Int)? {
        let bytes = [UInt8](png)
        guard bytes.count >= 24, bytes[12...15].elementsEqual(Array("IHDR".utf8)) else { return nil }
        func number(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (number(16), number(20))
    }

    private func call(_ method: String, _ parameters: [String: Any] = [:]) throws -> [String: Any] {
        try Self.call(browser, method, parameters, session: session)
    }

    private static func call(
        _ browser: DevToolsPipe, _ method: String, _ parameters: [String: Any], session: String? = nil
    ) throws -> [String: Any] {
        let id = try browser.send(method, parameters, session: session)
        let deadline = Date().addingTimeInterval(20)
        while true {
            guard let message = try browser.receive(until: deadline) else { throw Failure(description: "\(method): no answer in 20 s") }
            guard message["id"] as? Int == id else { continue }
            if let error = message["error"] as? [String: Any] {
                throw Failure(description: "\(method): \(error["message"] as? String ?? "error")")
            }
            return message["result"] as? [String: Any] ?? [:]
        }
    }
}
