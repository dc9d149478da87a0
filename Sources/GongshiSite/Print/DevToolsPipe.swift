#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import GongshiCore

/// One headless Chromium started with `--remote-debugging-pipe` and spoken to over the DevTools
/// protocol: JSON messages, each ended by a NUL byte, read by the browser from its descriptor 3 and
/// written to its descriptor 4. Starting Chromium costs about a second, printing a village sheet a
/// tenth of that: a browser kept open is what makes a county's 300 PDFs affordable.
///
/// Both descriptors are one end of a socket pair rather than pipes, so that a browser that dies turns
/// the next write into an error (`MSG_NOSIGNAL`) instead of a SIGPIPE that would end gongshi.
/// Used from one thread; not `Sendable`.
final class DevToolsPipe {
    /// What went wrong, in words for the clerk (the caller names the page).
    struct Failure: Error, Sendable {
        let detail: String
    }

    private let socket: Int32
    private let process: pid_t
    private let profile: URL
    private var exited = false
    private var buffer: [UInt8] = []
    /// Bytes of `buffer` already searched for the NUL that ends a message.
    private var scanned = 0
    private var lastID = 0

    /// Starts the browser with a profile folder of its own (removed by `close()`).
    init(executable: String) throws(Failure) {
        let fileManager = FileManager.default
        profile = fileManager.temporaryDirectory.appendingPathComponent("gongshi-chromium-\(UUID().uuidString)", isDirectory: true)
        do {
            try fileManager.createDirectory(at: profile, withIntermediateDirectories: true)
        } catch {
            throw Failure(detail: SystemErrorText.reason(of: error))
        }
        var ends: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Self.streamCloseOnExec, 0, &ends) == 0 else {
            try? fileManager.removeItem(at: profile)
            throw Failure(detail: SystemErrorText.reason(errno: errno))
        }
        // The browser's end goes to its descriptors 3 and 4: moved above them first, so that the
        // copies are never made from a descriptor onto itself (which would keep close-on-exec).
        let browserEnd = fcntl(ends[1], F_DUPFD_CLOEXEC, 10)
        let reason = errno
        Glibc_close(ends[1])
        socket = ends[0]
        defer { Glibc_close(browserEnd) }
        guard browserEnd >= 0 else {
            Glibc_close(socket)
            try? fileManager.removeItem(at: profile)
            throw Failure(detail: SystemErrorText.reason(errno: reason))
        }
        let arguments = [executable, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                         "--user-data-dir=\(profile.path)", "--remote-debugging-pipe", "about:blank"]
        var pid: pid_t = 0
        let spawned = Self.spawn(executable, arguments: arguments, pipe: browserEnd,
                                 stderr: profile.appendingPathComponent("stderr.txt").path, pid: &pid)
        guard spawned == 0 else {
            Glibc_close(socket)
            try? fileManager.removeItem(at: profile)
            throw Failure(detail: SystemErrorText.reason(errno: spawned))
        }
        process = pid
    }

    deinit {
        close()
    }

    /// Sends a command (to the browser, or to the page of `session`); returns its id.
    @discardableResult
    func send(_ method: String, _ parameters: [String: Any] = [:], session: String? = nil) throws(Failure) -> Int {
        lastID += 1
        var message: [String: Any] = ["id": lastID, "method": method, "params": parameters]
        if let session { message["sessionId"] = session }
        guard var bytes = try? JSONSerialization.data(withJSONObject: message) else {
            throw Failure(detail: "无法编码 DevTools 命令 \(method)")
        }
        bytes.append(0)
        let written = bytes.withUnsafeBytes { raw -> Bool in
            guard let base = raw.baseAddress else { return false }
            var offset = 0
            while offset < raw.count {
                let count = Glibc_send(socket, base + offset, raw.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += count
            }
            return true
        }
        guard written else { throw endedFailure() }
        return lastID
    }

    /// The next message from the browser (a response with `id`, or an event with `method`), or nil
    /// when none came before `deadline`.
    func receive(until deadline: Date) throws(Failure) -> [String: Any]? {
        while true {
            if let end = buffer[scanned...].firstIndex(of: 0) {
                let bytes = Data(buffer[..<end])
                buffer.removeSubrange(...end)
                scanned = 0
                guard let message = (try? JSONSerialization.jsonObject(with: bytes)) as? [String: Any] else {
                    throw Failure(detail: "浏览器返回了无法解析的 DevTools 消息")
                }
                return message
            }
            scanned = buffer.count
            let milliseconds = Int32(clamping: Int(max(0, deadline.timeIntervalSinceNow) * 1000))
            var poller = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, milliseconds)
            if ready < 0 {
                if errno == EINTR { continue }
                throw Failure(detail: SystemErrorText.reason(errno: errno))
            }
            guard ready > 0 else { return nil }
            var chunk = [UInt8](repeating: 0, count: 1 << 20)
            let count = chunk.withUnsafeMutableBytes { raw in raw.baseAddress.map { Glibc_read(socket, $0, raw.count) } ?? -1 }
            if count < 0 {
                if errno == EINTR { continue }
                // A browser that ended without reading what it was sent resets the connection.
                if errno == ECONNRESET { throw endedFailure() }
                throw Failure(detail: SystemErrorText.reason(errno: errno))
            }
            guard count > 0 else { throw endedFailure() }
            buffer.append(contentsOf: chunk[..<count])
        }
    }

    /// Asks the browser to quit, gives it a few seconds, then ends it; removes its profile.
    func close() {
        guard !exited else { return }
        _ = try? send("Browser.close")
        let deadline = Date().addingTimeInterval(5)
        while exitStatus() == nil {
            if Date() > deadline {
                kill(process, SIGKILL)
                var status: Int32 = 0
                _ = waitpid(process, &status, 0)
                break
            }
            usleep(10_000)
        }
        exited = true
        Glibc_close(socket)
        try? FileManager.default.removeItem(at: profile)
    }

    /// The browser's exit status once it has ended (reaped here), or nil while it runs.
    private func exitStatus() -> Int32? {
        var status: Int32 = 0
        let reaped = waitpid(process, &status, WNOHANG)
        guard reaped == process else { return reaped < 0 ? -1 : nil }
        // WIFEXITED / WEXITSTATUS, which Swift does not import.
        return status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    /// The browser closed its end: its exit code and the last lines it printed worth showing.
    private func endedFailure() -> Failure {
        let deadline = Date().addingTimeInterval(2)
        var status = exitStatus()
        while status == nil && Date() < deadline {
            usleep(10_000)
            status = exitStatus()
        }
        if status == nil {
            kill(process, SIGKILL)
            var ignored: Int32 = 0
            _ = waitpid(process, &ignored, 0)
        }
        exited = true
        Glibc_close(socket)
        let log = (try? String(contentsOf: profile.appendingPathComponent("stderr.txt"), encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(at: profile)
        let shown = log.split(separator: "\n").filter(ChromiumPrinter.isWorthShowing).suffix(5).joined(separator: "\n")
        let code = status.map { "浏览器意外退出，退出码 \($0)" } ?? "浏览器不再响应"
        return Failure(detail: code + (shown.isEmpty ? "" : "\n" + shown))
    }

    // MARK: System calls

    private static func spawn(_ executable: String, arguments: [String], pipe: Int32, stderr: String, pid: inout pid_t) -> Int32 {
        #if canImport(Glibc)
        var actions = posix_spawn_file_actions_t()
        #else
        var actions: posix_spawn_file_actions_t?
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, pipe, 3)
        posix_spawn_file_actions_adddup2(&actions, pipe, 4)
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        return posix_spawn(&pid, executable, &actions, nil, argv, environ)
    }

    #if canImport(Glibc)
    private static let streamCloseOnExec = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
    #else
    private static let streamCloseOnExec = SOCK_STREAM
    #endif
}

// The C functions under names that the methods above (`close`, `send`) do not hide.
private func Glibc_close(_ descriptor: Int32) {
    if descriptor >= 0 { _ = close(descriptor) }
}

private func Glibc_read(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

private func Glibc_send(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    send(descriptor, buffer, count, Int32(MSG_NOSIGNAL))
    #else
    write(descriptor, buffer, count)
    #endif
}
