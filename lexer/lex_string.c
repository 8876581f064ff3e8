/* lex_string.c - the decoded value of string literals: the growing arena
 * buffer, source text copied verbatim, and backslash escapes (Python's set;
 * unknown escapes stay as written; \N{...} is rejected). */
#include <string.h>

#include "grammar.h"
#include "lexer_impl.h"

void lex_buf_reset(Lexer *lx)
{
    lx->buf_len = 0;
}

void lex_buf_put(Lexer *lx, const void *bytes, size_t n)
{
    if (n == 0)
        return;
    if (lx->buf_cap - lx->buf_len < n) {
        size_t cap = lx->buf_cap ? lx->buf_cap : 64;
        while (cap - lx->buf_len < n)
            cap *= 2;
        lx->buf = arena_grow(lx->arena, lx->buf, lx->buf_cap, cap);
        lx->buf_cap = cap;
    }
    memcpy(lx->buf + lx->buf_len, bytes, n);
    lx->buf_len += n;
}

void lex_buf_put_cp(Lexer *lx, uint32_t cp)
{
    unsigned char out[4];
    size_t n;
    if (cp < 0x80) {
        out[0] = (unsigned char)cp;
        n = 1;
    } else if (cp < 0x800) {
        out[0] = (unsigned char)(0xC0 | (cp >> 6));
        out[1] = (unsigned char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        out[0] = (unsigned char)(0xE0 | (cp >> 12));
        out[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (unsigned char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        out[0] = (unsigned char)(0xF0 | (cp >> 18));
        out[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
        out[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        out[3] = (unsigned char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    lex_buf_put(lx, out, n);
}

/* Source text copied into the literal as is; bytes literals take ASCII only. */
int lex_append_source(Lexer *lx, LexError *err, const unsigned char *from, const unsigned char *to)
{
    if (lx->str->bytes) {
        for (const unsigned char *p = from; p < to; p++)
            if (*p >= 0x80)
                return lex_fail(lx, err, LEXERR_TOKEN, lx->str->line, lx->str->col,
                                "bytes can only contain ASCII literal characters");
    }
    lex_buf_put(lx, from, (size_t)(to - from));
    return LEX_AGAIN;
}

static uint32_t digits_value(const unsigned char *p, const unsigned char *end, int base)
{
    uint32_t v = 0;
    for (; p < end; p++) {
        unsigned d = *p <= '9' ? *p - '0' : (*p | 0x20) - 'a' + 10;
        v = v * (uint32_t)base + d;
    }
    return v;
}

/* Errors name the escape by its byte offsets in the literal's body, as
 * CPython's codec errors do. */
static int escape_error(Lexer *lx, LexError *err, const unsigned char *start, const char *what)
{
    const StrKind *k = lx->str;
    long from = (long)(start - k->body), to = (long)(lx->cur - k->body) - 1;
    if (k->bytes)
        return lex_fail(lx, err, LEXERR_TOKEN, k->line, k->col, "(value error) invalid \\x escape at position %ld",
                        from);
    return lex_fail(lx, err, LEXERR_TOKEN, k->line, k->col,
                    "(unicode error) 'unicodeescape' codec can't decode bytes in position %ld-%ld: %s", from, to,
                    what);
}

static int hex_escape(Lexer *lx, LexError *err, const unsigned char *start, int want)
{
    const unsigned char *digits = start + 2;
    if (lx->cur - digits < want) {
        const char *what = want == 2 ? "truncated \\xXX escape"
                         : want == 4 ? "truncated \\uXXXX escape"
                                     : "truncated \\UXXXXXXXX escape";
        return escape_error(lx, err, start, what);
    }
    uint32_t cp = digits_value(digits, lx->cur, 16);
    if (lx->str->bytes) {
        unsigned char byte = (unsigned char)cp;
        lex_buf_put(lx, &byte, 1);
        return LEX_AGAIN;
    }
    if (cp > 0x10FFFF)
        return escape_error(lx, err, start, "illegal Unicode character");
    if (cp >= 0xD800 && cp <= 0xDFFF)
        return escape_error(lx, err, start, "surrogate code points are not supported");
    lex_buf_put_cp(lx, cp);
    return LEX_AGAIN;
}

static char simple_escape(unsigned char c)
{
    switch (c) {
    case '\\': return '\\';
    case '\'': return '\'';
    case '"': return '"';
    case 'a': return '\a';
    case 'b': return '\b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    case 'v': return '\v';
    default: return 0;
    }
}

/* One escape sequence [start, lx->cur) as matched by the scanner: a
 * backslash and either 1-3 octal digits, x/u/U and up to 2/4/8 hex digits,
 * or any other single character. */
int lex_escape(Lexer *lx, LexError *err, const unsigned char *start)
{
    const StrKind *k = lx->str;
    unsigned char c = start[1];
    if (k->raw)
        return lex_append_source(lx, err, start, lx->cur);
    if (c >= '0' && c <= '7') {
        uint32_t v = digits_value(start + 1, lx->cur, 8);
        if (k->bytes) {
            unsigned char byte = (unsigned char)v;
            lex_buf_put(lx, &byte, 1);
        } else {
            lex_buf_put_cp(lx, v);
        }
        return LEX_AGAIN;
    }
    if (c == 'x')
        return hex_escape(lx, err, start, 2);
    if ((c == 'u' || c == 'U') && !k->bytes)
        return hex_escape(lx, err, start, c == 'u' ? 4 : 8);
    if (c == 'N' && !k->bytes)
        return lex_fail(lx, err, LEXERR_TOKEN, k->line, k->col, "\\N{...} escapes are not supported");
    char decoded = simple_escape(c);
    if (decoded) {
        lex_buf_put(lx, &decoded, 1);
        return LEX_AGAIN;
    }
    return lex_append_source(lx, err, start, lx->cur);
}
