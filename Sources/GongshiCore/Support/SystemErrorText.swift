#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// What a failed system call means, said in Chinese for a clerk. `strerror` and Foundation speak
/// English ("No space left on device", "NSCocoaErrorDomain error 256"); every reason the tool
/// prints goes through here instead. The text never contains a path: the caller names the file,
/// relative to the site folder.
package enum SystemErrorText {
    /// The reason for an `errno` value.
    package static func reason(errno code: Int32) -> String {
        switch code {
        case ENOENT: return "文件或目录不存在"
        case EACCES, EPERM: return "没有访问权限（请检查文件或目录的权限）"
        case ENOSPC: return "磁盘空间不足"
        case EDQUOT: return "磁盘配额已用完"
        case EROFS: return "所在磁盘是只读的"
        case ENOTDIR: return "路径中有一项不是目录"
        case EISDIR: return "这是一个目录，不是文件"
        case EEXIST: return "同名文件或目录已存在"
        case ENOTEMPTY: return "目录不是空的"
        case ELOOP: return "符号链接层数过多（可能是循环链接）"
        case ENAMETOOLONG: return "路径或文件名过长"
        case EMFILE, ENFILE: return "同时打开的文件过多"
        case EIO: return "磁盘读写出错（请检查磁盘或 U 盘）"
        case EBUSY: return "文件或目录正被占用"
        case EXDEV: return "不能跨磁盘移动"
        case ENOMEM: return "内存不足"
        case EFBIG: return "文件过大"
        case ETXTBSY: return "文件正被占用"
        case EINVAL: return "参数无效"
        case ENXIO, ENODEV: return "设备不存在"
        case EAGAIN: return "资源暂时不可用，请稍后再试"
        case EINTR: return "操作被中断"
        case EADDRINUSE: return "端口已被占用"
        case EADDRNOTAVAIL: return "本机没有这个地址"
        case EPIPE: return "输出管道已关闭"
        default: return "系统错误（代码 \(code)）"
        }
    }

    /// The reason for the current `errno`.
    package static func currentReason() -> String { reason(errno: errno) }

    /// The reason for an error Foundation threw: its POSIX code when it has one, never its
    /// English description.
    package static func reason(of error: any Error) -> String {
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return reason(errno: Int32(ns.code)) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return reason(errno: Int32(underlying.code))
        }
        if ns.domain == NSCocoaErrorDomain {
            switch ns.code {
            case NSFileNoSuchFileError, NSFileReadNoSuchFileError: return reason(errno: ENOENT)
            case NSFileReadNoPermissionError, NSFileWriteNoPermissionError: return reason(errno: EACCES)
            case NSFileWriteOutOfSpaceError: return reason(errno: ENOSPC)
            case NSFileWriteVolumeReadOnlyError: return reason(errno: EROFS)
            case NSFileWriteFileExistsError: return reason(errno: EEXIST)
            case NSFileReadTooLargeError: return reason(errno: EFBIG)
            case NSFileReadCorruptFileError, NSFileReadInapplicableStringEncodingError: return "文件内容无法读取"
            default: break
            }
        }
        if let code = errnoCode(in: error) { return reason(errno: code) }
        return "系统错误（\(ns.domain) \(ns.code)）"
    }

    /// The `errno` a library error carries without bridging to NSError (SwiftNIO's `IOError`
    /// keeps it in a case named `errno`), found by reflection so that this module needs no
    /// dependency on the library.
    static func errnoCode(in value: Any, depth: Int = 0) -> Int32? {
        guard depth < 4 else { return nil }
        for child in Mirror(reflecting: value).children {
            if child.label == "errno", let code = child.value as? Int32 { return code }
            if let code = errnoCode(in: child.value, depth: depth + 1) { return code }
        }
        return nil
    }
}
