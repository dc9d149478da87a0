#ifndef GONGSHI_FREED_MEMORY_H
#define GONGSHI_FREED_MEMORY_H

/// glibc's malloc keeps what a program frees for its later allocations, and gives memory back to
/// the system only from the top of each heap. A build frees a great deal between its stages (the
/// parse buffers of half a million CSVs, the load memory once it is saved), spread over the
/// heaps of several threads, so the resident size stays high after it. malloc_trim(0) gives back
/// every whole free page of every heap. Swift's Glibc module does not declare <malloc.h>.
/// Returns 1 when memory was given back, 0 otherwise (and always 0 where there is no glibc).
#if defined(__linux__)
#include <malloc.h>
#endif

static inline int gongshi_give_back_freed_memory(void) {
#if defined(__GLIBC__)
    return malloc_trim(0);
#else
    return 0;
#endif
}

#endif
