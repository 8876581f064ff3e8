/* lex_number.c - numeric literals: validation with CPython's messages,
 * conversion to int64 (Aster's int) and double. The scanner has matched
 * the literal's shape; here we check what follows it and its value. */
#include <locale.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "grammar.h"
#include "lexer_impl.h"

static bool is_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

static bool is_potential_identifier_char(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '_' || c >= 0x80;
}

static bool followed_by(const unsigned char *p, const char *rest)
{
    for (; *rest; p++, rest++)
        if (*p != (unsigned char)*rest)
            return false;
    return true;
}

/* CPython's verify_end_of_number(): a literal may run straight into one of
 * the keywords that can follow it ("1if x else 2"); any other identifier
 * character right after it is an error. Returns 0 when the literal ends well. */
static int verify_end(Lexer *lx, LexError *err, const char *kind)
{
    const unsigned char *p = lx->cur;
    bool keyword;
    switch (*p) {
    case 'a': keyword = followed_by(p + 1, "nd"); break;
    case 'e': keyword = followed_by(p + 1, "lse"); break;
    case 'f': keyword = followed_by(p + 1, "or"); break;
    case 'i': keyword = p[1] == 'f' || p[1] == 'n' || p[1] == 's'; break;
    case 'o': keyword = followed_by(p + 1, "r"); break;
    case 'n': keyword = followed_by(p + 1, "ot"); break;
    default: keyword = false; break;
    }
    if (!keyword && is_potential_identifier_char(*p))
        return lex_fail_here(lx, err, LEXERR_TOKEN, p, "invalid %s literal", kind);
    return 0;
}

static int too_large(Lexer *lx, LexError *err, const unsigned char *start)
{
    return lex_fail_here(lx, err, LEXERR_TOKEN, start, "integer literal is too large");
}

/* Digits of `base` in [p, end), underscores skipped, into *out. The
 * magnitude may reach 2**63 so that `-9223372036854775808` can be written:
 * that one value arrives as INT64_MIN and the parser folds the minus sign
 * into it (an un-negated 2**63 is rejected by the compiler). */
static bool accumulate(const unsigned char *p, const unsigned char *end, unsigned base, int64_t *out)
{
    const uint64_t limit = (uint64_t)INT64_MAX + 1;
    uint64_t v = 0;
    for (; p < end; p++) {
        if (*p == '_')
            continue;
        unsigned d = is_digit(*p) ? (unsigned)(*p - '0') : (unsigned)((*p | 0x20) - 'a' + 10);
        if (v > (limit - d) / base)
            return false;
        v = v * base + d;
    }
    *out = v == limit ? INT64_MIN : (int64_t)v;
    return true;
}

static int emit_int(Lexer *lx, Token *tok, const unsigned char *start, int64_t v)
{
    lex_emit(lx, tok, TK_INT, start, lx->line, lex_col(lx, start));
    tok->v.i = v;
    return TK_INT;
}

int lex_decimal(Lexer *lx, Token *tok, LexError *err, const unsigned char *start)
{
    if (*start == '0') {
        for (const unsigned char *p = start; p < lx->cur; p++)
            if (*p != '0' && *p != '_')
                return lex_fail_here(lx, err, LEXERR_TOKEN, start,
                                     "leading zeros in decimal integer literals are not permitted; "
                                     "use an 0o prefix for octal integers");
    }
    if (verify_end(lx, err, "decimal"))
        return TK_LEX_ERROR;
    int64_t v;
    if (!accumulate(start, lx->cur, 10, &v))
        return too_large(lx, err, start);
    return emit_int(lx, tok, start, v);
}

static const char *base_name(int base)
{
    return base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary";
}

/* After 0o/0b digits, a decimal digit is "invalid digit 'N' in ... literal". */
static int check_base_end(Lexer *lx, LexError *err, int base)
{
    if (base != 16 && is_digit(*lx->cur))
        return lex_fail_here(lx, err, LEXERR_TOKEN, lx->cur, "invalid digit '%c' in %s literal", *lx->cur,
                             base_name(base));
    return verify_end(lx, err, base_name(base));
}

int lex_based(Lexer *lx, Token *tok, LexError *err, const unsigned char *start, int base)
{
    if (check_base_end(lx, err, base))
        return TK_LEX_ERROR;
    int64_t v;
    if (!accumulate(start + 2, lx->cur, (unsigned)base, &v))
        return too_large(lx, err, start);
    return emit_int(lx, tok, start, v);
}

/* "0x", "0o_", ... with no digits after the prefix. */
int lex_bad_base(Lexer *lx, LexError *err, const unsigned char *start)
{
    unsigned char c = start[1] | 0x20;
    int base = c == 'x' ? 16 : c == 'o' ? 8 : 2;
    if (check_base_end(lx, err, base) == 0)
        lex_fail_here(lx, err, LEXERR_TOKEN, lx->cur, "invalid %s literal", base_name(base));
    return TK_LEX_ERROR;
}

/* The literal without underscores, its '.' spelled as the current C
 * locale's decimal point: strtod() follows LC_NUMERIC, which a program
 * embedding Aster may have changed. */
static char *float_text(Lexer *lx, const unsigned char *start, char *small, size_t small_size)
{
    const char *point = localeconv()->decimal_point;
    size_t point_len = point && *point ? strlen(point) : 1;
    size_t n = (size_t)(lx->cur - start);
    size_t need = n * point_len + 1;
    char *out = need <= small_size ? small : arena_alloc(lx->arena, need);
    size_t k = 0;
    for (const unsigned char *p = start; p < lx->cur; p++) {
        if (*p == '_')
            continue;
        if (*p == '.' && point && *point) {
            memcpy(out + k, point, point_len);
            k += point_len;
        } else {
            out[k++] = (char)*p;
        }
    }
    out[k] = '\0';
    return out;
}

int lex_float(Lexer *lx, Token *tok, LexError *err, const unsigned char *start)
{
    if (verify_end(lx, err, "decimal"))
        return TK_LEX_ERROR;
    char small[64];
    char *text = float_text(lx, start, small, sizeof small);
    lex_emit(lx, tok, TK_FLOAT, start, lx->line, lex_col(lx, start));
    tok->v.f = strtod(text, NULL);
    return TK_FLOAT;
}

int lex_imaginary(Lexer *lx, LexError *err, const unsigned char *start)
{
    return lex_fail_here(lx, err, LEXERR_TOKEN, start, "complex numbers are not supported");
}
