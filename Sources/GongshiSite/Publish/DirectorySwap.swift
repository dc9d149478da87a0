#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CPublishSyscalls

/// The renames that put a new site in place. The exchange swaps two folders in one step
/// (`renameat2(RENAME_EXCHANGE)` on Linux, `renamex_np(RENAME_SWAP)` on macOS), so the output path
/// always holds a complete site; the plain renames are the fallback where it is not available.
/// Each returns nil on success, or the errno.
enum DirectorySwap {
    static func exchange(_ a: String, _ b: String) -> Int32? {
        if PublishFaults.exchangeUnavailable { return EINVAL }
        return gongshi_exchange(a, b) == 0 ? nil : errno
    }

    /// A rename that fails with EEXIST instead of replacing an existing (empty) folder.
    static func renameNoReplace(_ from: String, _ to: String) -> Int32? {
        if PublishFaults.exchangeUnavailable { return EINVAL }
        return gongshi_rename_noreplace(from, to) == 0 ? nil : errno
    }

    static func plainRename(_ from: String, _ to: String) -> Int32? {
        rename(from, to) == 0 ? nil : errno
    }

    /// The kernel or the filesystem has no such rename (old kernels, some network and FUSE
    /// filesystems): fall back to plain renames.
    static func isUnsupported(_ code: Int32) -> Bool {
        code == EINVAL || code == ENOSYS || code == ENOTSUP || code == EOPNOTSUPP
    }
}
