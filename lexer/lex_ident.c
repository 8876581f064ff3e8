/* lex_ident.c - non-ASCII identifiers and characters that start no token.
 *
 * Identifiers follow Python: the first code point is a letter (L*), a
 * letter number (Nl), '_' or Other_ID_Start; the rest may also be marks
 * (Mn Mc), digits (Nd), connectors (Pc) or Other_ID_Continue. The name is
 * stored NFKC-normalized (utf8proc working in arena buffers, so no malloc).
 * Anything else gets CPython's "invalid character" messages. */
#include <string.h>
#include <utf8proc.h>

#include "grammar.h"
#include "lexer_impl.h"
#include "unicode.h"

static bool is_other_id_start(int32_t cp)
{
    return cp == 0x1885 || cp == 0x1886 || cp == 0x2118 || cp == 0x212E || cp == 0x309B || cp == 0x309C;
}

static bool is_other_id_continue(int32_t cp)
{
    return cp == 0x00B7 || cp == 0x0387 || (cp >= 0x1369 && cp <= 0x1371) || cp == 0x19DA;
}

static bool is_id_start(int32_t cp)
{
    if (cp == '_' || is_other_id_start(cp))
        return true;
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_NL:
        return true;
    default:
        return false;
    }
}

static bool is_id_continue(int32_t cp)
{
    if (is_id_start(cp) || is_other_id_continue(cp))
        return true;
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_PC:
        return true;
    default:
        return false;
    }
}


static int invalid_code_point(Lexer *lx, LexError *err, const unsigned char *at, int32_t cp, size_t n)
{
    if (unicode_printable(cp))
        return lex_fail_here(lx, err, LEXERR_TOKEN, at, "invalid character '%.*s' (U+%04X)", (int)n,
                             (const char *)at, (unsigned)cp);
    return lex_fail_here(lx, err, LEXERR_TOKEN, at, "invalid non-printable character U+%04X", (unsigned)cp);
}

/* A byte the scanner matched with its catch-all rule: a NUL, an ASCII
 * character Python has no token for, or a byte of invalid UTF-8. */
int lex_invalid_char(Lexer *lx, LexError *err, const unsigned char *at)
{
    unsigned char c = *at;
    if (c >= 0x80)
        return lex_fail_here(lx, err, LEXERR_TOKEN, at, "invalid UTF-8 byte 0x%02X", c);
    if (c > ' ' && c < 0x7F)
        return lex_fail_here(lx, err, LEXERR_LAYOUT, at, "invalid syntax");
    return invalid_code_point(lx, err, at, c, 1);
}

/* NFKC of [s, s+n) into the arena, NUL-terminated. */
static char *nfkc(Lexer *lx, const unsigned char *s, size_t n, size_t *out_len)
{
    utf8proc_option_t options = UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE;   /* NFKC */
    utf8proc_ssize_t count = utf8proc_decompose(s, (utf8proc_ssize_t)n, NULL, 0, options);
    if (count < 0) {
        *out_len = n;
        return arena_strdup(lx->arena, (const char *)s, n);
    }
    utf8proc_int32_t *cps = arena_alloc(lx->arena, ((size_t)count + 1) * sizeof *cps);
    count = utf8proc_decompose(s, (utf8proc_ssize_t)n, cps, count, options);
    utf8proc_ssize_t bytes = utf8proc_reencode(cps, count, options);
    if (bytes < 0) {
        *out_len = n;
        return arena_strdup(lx->arena, (const char *)s, n);
    }
    *out_len = (size_t)bytes;
    return (char *)cps;
}

int lex_unicode_name(Lexer *lx, Token *tok, LexError *err, const unsigned char *start)
{
    const unsigned char *p = start;
    bool first = true;
    while (p < lx->cur) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate(p, lx->cur - p, &cp);
        if (n <= 0)
            return lex_invalid_char(lx, err, p);
        if (!(first ? is_id_start(cp) : is_id_continue(cp)))
            return invalid_code_point(lx, err, p, cp, (size_t)n);
        p += n;
        first = false;
    }
    lex_emit(lx, tok, TK_NAME, start, lx->line, lex_col(lx, start));
    tok->v.str.s = nfkc(lx, start, (size_t)(lx->cur - start), &tok->v.str.len);
    return TK_NAME;
}
