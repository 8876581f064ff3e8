/* tool_util.h - shared bits of the front-end test tools: reading a whole
 * file NUL-terminated, and the C library as an AsterAllocFn. */
#ifndef ASTER_FRONT_TOOL_UTIL_H
#define ASTER_FRONT_TOOL_UTIL_H

#include <stdio.h>
#include <stdlib.h>

#include "aster.h"

static void *tool_alloc(void *ud, void *ptr, size_t old_size, size_t new_size)
{
    (void)ud;
    (void)old_size;
    if (new_size == 0) {
        free(ptr);
        return NULL;
    }
    return realloc(ptr, new_size);
}

/* The whole of `path` ("-" for stdin) in malloc(len + 1) with a NUL after it. */
static char *tool_read(const char *path, size_t *len)
{
    FILE *f = path[0] == '-' && !path[1] ? stdin : fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (cap - n < 2) {
            cap *= 2;
            buf = realloc(buf, cap);
        }
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        if (got == 0)
            break;
        n += got;
    }
    if (f != stdin)
        fclose(f);
    buf[n] = '\0';
    *len = n;
    return buf;
}

#endif
