/* lex_text.c - positions and diagnostics for the lexer: code-point columns,
 * line bookkeeping, token emission, error reports, and lexer_line_text(). */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "grammar.h"
#include "lexer_impl.h"

static bool is_continuation_byte(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

/* Columns count code points (bytes that do not continue a UTF-8 sequence).
 * Tokens arrive left to right, so counting from the previous answer keeps
 * the total work linear in the line length. */
int lex_col(Lexer *lx, const unsigned char *p)
{
    if (lx->col_ptr < lx->line_start || lx->col_ptr > p) {
        lx->col_ptr = lx->line_start;
        lx->col_at = 1;
    }
    int col = lx->col_at;
    for (const unsigned char *q = lx->col_ptr; q < p; q++)
        col += !is_continuation_byte(*q);
    lx->col_ptr = p;
    lx->col_at = col;
    return col;
}

void lex_newline(Lexer *lx)
{
    lx->line++;
    lx->line_start = lx->cur;
}

void lex_emit(Lexer *lx, Token *tok, int type, const unsigned char *start, int line, int col)
{
    tok->type = type;
    tok->line = line;
    tok->col = col;
    tok->start = (const char *)start;
    tok->len = (uint32_t)(lx->cur - start);
    if (type != TK_NEWLINE && type != TK_INDENT && type != TK_DEDENT && type != 0) {
        lx->line_has_tokens = true;
        lx->last_real_type = type;
    }
}

static int fail_v(Lexer *lx, LexError *err, LexErrorClass cls, int line, int col, const char *fmt, va_list ap)
{
    lx->failed = true;
    lx->error_class = cls;
    lx->error.line = line;
    lx->error.col = col;
    vsnprintf(lx->error.msg, sizeof lx->error.msg, fmt, ap);
    *err = lx->error;
    return TK_LEX_ERROR;
}

int lex_fail(Lexer *lx, LexError *err, LexErrorClass cls, int line, int col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = fail_v(lx, err, cls, line, col, fmt, ap);
    va_end(ap);
    return r;
}

/* An error at `at`, which lies on the current line. */
int lex_fail_here(Lexer *lx, LexError *err, LexErrorClass cls, const unsigned char *at, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = fail_v(lx, err, cls, lx->line, lex_col(lx, at), fmt, ap);
    va_end(ap);
    return r;
}

/* The line holding the last byte of the source (CPython's "detected at"). */
int lex_line_of_last_byte(const Lexer *lx)
{
    int line = lx->line;
    if (lx->lim > lx->src && lx->line_start == lx->lim && lx->line > 1)
        line--;
    return line;
}

const char *lexer_line_text(const char *src, size_t len, int line, size_t *out_len)
{
    const char *p = src, *end = src + len;
    for (int n = 1; n < line && p < end; p++) {
        if (*p == '\n' || (*p == '\r' && (p + 1 >= end || p[1] != '\n')))
            n++;
    }
    const char *q = p;
    while (q < end && *q != '\n' && *q != '\r')
        q++;
    *out_len = (size_t)(q - p);
    return p;
}
