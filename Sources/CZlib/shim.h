#include <zlib.h>

/// `inflateInit2` is a macro Swift cannot call; this wrapper passes the library's own version and
/// struct size, as the macro does. windowBits: 15 zlib, -15 raw deflate, 31 gzip.
static inline int gongshi_inflateInit2(z_streamp stream, int windowBits) {
    return inflateInit2(stream, windowBits);
}
