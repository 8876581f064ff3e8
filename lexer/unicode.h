/* unicode.h - Unicode facts shared by the lexer (its error messages) and
 * the runtime (repr, str.isprintable), from utf8proc's tables. */
#ifndef ASTER_UNICODE_H
#define ASTER_UNICODE_H

#include <stdbool.h>
#include <stdint.h>
#include <utf8proc.h>

/* Python's str.isprintable() for one code point: not a control, format,
 * surrogate, private-use, unassigned or separator character (the space
 * excepted). */
static inline bool unicode_printable(int32_t cp) {
    if (cp == ' ') return true;
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF: case UTF8PROC_CATEGORY_CS:
    case UTF8PROC_CATEGORY_CO: case UTF8PROC_CATEGORY_CN: case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_ZS:
        return false;
    default:
        return true;
    }
}

#endif
