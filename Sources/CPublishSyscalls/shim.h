#ifndef GONGSHI_PUBLISH_SYSCALLS_H
#define GONGSHI_PUBLISH_SYSCALLS_H

#include <errno.h>
#include <fcntl.h>

/// Swift's Glibc module does not declare renameat2 or syncfs (they need _GNU_SOURCE) and `syscall`
/// is variadic, so Swift cannot call them. These wrappers give the publish stage an atomic
/// exchange of two folders (Linux RENAME_EXCHANGE, macOS RENAME_SWAP) and a rename that never
/// replaces. They return 0, or -1 with errno set (ENOSYS or EINVAL where the kernel or the
/// filesystem has no such rename).
#if defined(__linux__)
#include <unistd.h>
#include <sys/syscall.h>

static inline int gongshi_rename_flags(const char *from, const char *to, unsigned int flags) {
#ifdef SYS_renameat2
    return (int)syscall(SYS_renameat2, AT_FDCWD, from, AT_FDCWD, to, flags);
#else
    errno = ENOSYS;
    return -1;
#endif
}
/// RENAME_EXCHANGE and RENAME_NOREPLACE from <linux/fs.h>.
static inline int gongshi_exchange(const char *a, const char *b) { return gongshi_rename_flags(a, b, 2u); }
static inline int gongshi_rename_noreplace(const char *from, const char *to) { return gongshi_rename_flags(from, to, 1u); }

/// Flushes the whole filesystem holding `fd` (one call for a staging tree of any size).
static inline int gongshi_syncfs(int fd) {
#ifdef SYS_syncfs
    return (int)syscall(SYS_syncfs, fd);
#else
    errno = ENOSYS;
    return -1;
#endif
}

#elif defined(__APPLE__)
#include <stdio.h>

static inline int gongshi_exchange(const char *a, const char *b) { return renamex_np(a, b, RENAME_SWAP); }
static inline int gongshi_rename_noreplace(const char *from, const char *to) { return renamex_np(from, to, RENAME_EXCL); }

#else
static inline int gongshi_exchange(const char *a, const char *b) { (void)a; (void)b; errno = ENOSYS; return -1; }
static inline int gongshi_rename_noreplace(const char *from, const char *to) { (void)from; (void)to; errno = ENOSYS; return -1; }
#endif

#endif
