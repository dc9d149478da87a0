#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Reads one input file under the rules every read of the tool follows: only a regular file is
/// opened (opening a FIFO blocks the build for ever, a device never ends), its size is checked
/// against the limit from `stat` before a byte is read, and every failure is an error naming the
/// file as the clerk knows it, with the reason in Chinese. `SiteFiles` uses it for the site's
/// files; `gongshi import` for the raw export, which may live anywhere.
package enum InputFileReader {
    package static func read(path: String, displayPath: String, limits: InputLimits) throws(ContentErrors) -> Data {
        var info = stat()
        guard stat(path, &info) == 0 else { throw failure(displayPath, Messages.cannotReadFile(SystemErrorText.currentReason())) }
        try check(info, displayPath: displayPath, limits: limits)
        // O_NONBLOCK: should a FIFO have been put in its place since `stat`, open does not wait.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else { throw failure(displayPath, Messages.cannotReadFile(SystemErrorText.currentReason())) }
        defer { close(descriptor) }
        guard fstat(descriptor, &info) == 0 else { throw failure(displayPath, Messages.cannotReadFile(SystemErrorText.currentReason())) }
        try check(info, displayPath: displayPath, limits: limits)
        return try readAll(descriptor, expected: Int(info.st_size), displayPath: displayPath, limits: limits)
    }

    /// A regular file within the limit, or the error that says why not.
    static func check(_ info: stat, displayPath: String, limits: InputLimits) throws(ContentErrors) {
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw failure(displayPath, Messages.folderExpectedIsFile)
        default: throw failure(displayPath, Messages.specialFileRefused(kindName(info.st_mode)))
        }
        if Int64(info.st_size) > limits.maxFileSize { throw tooLarge(Int64(info.st_size), displayPath: displayPath, limits: limits) }
    }

    static func kindName(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: return Messages.fileKindFIFO
        case S_IFCHR, S_IFBLK: return Messages.fileKindDevice
        case S_IFSOCK: return Messages.fileKindSocket
        default: return Messages.fileKindOther
        }
    }

    /// Reads to the end, never more than the limit (a file that grows while it is read stops there).
    private static func readAll(_ descriptor: Int32, expected: Int, displayPath: String, limits: InputLimits) throws(ContentErrors) -> Data {
        let limit = Int(limits.maxFileSize)
        var data = Data(count: min(expected, limit) + 1)
        var total = 0
        while true {
            if total == data.count {
                if total > limit { throw tooLarge(Int64(total), displayPath: displayPath, limits: limits) }
                data.count = min(data.count + (1 << 20), limit + 1)
            }
            let offset = total
            let count = data.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return systemRead(descriptor, base + offset, buffer.count - offset)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(displayPath, Messages.cannotReadFile(SystemErrorText.currentReason()))
            }
            if count == 0 { break }
            total += count
        }
        if total > limit { throw tooLarge(Int64(total), displayPath: displayPath, limits: limits) }
        data.count = total
        return data
    }

    private static func tooLarge(_ size: Int64, displayPath: String, limits: InputLimits) -> ContentErrors {
        let size = InputLimits.describe(bytes: size), limit = InputLimits.describe(bytes: limits.maxFileSize)
        return failure(displayPath, limits.isDocumentLimit
            ? Messages.documentTooLarge(size: size, limit: limit) : Messages.fileTooLarge(size: size, limit: limit))
    }

    static func failure(_ displayPath: String, _ message: Message) -> ContentErrors {
        ContentErrors([.error(SourceLocation(file: displayPath), message)])
    }
}

/// `read(2)`, named apart from `InputFileReader.read`.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.read(descriptor, buffer, count)
    #else
    return Darwin.read(descriptor, buffer, count)
    #endif
}
