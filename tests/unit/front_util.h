/* front_util.h - helpers shared by the front-end unit tests: an allocator
 * that counts live bytes (and can be told to fail), and renderings of a
 * token stream and of a parse as strings that tests compare. */
#ifndef ASTER_FRONT_UTIL_H
#define ASTER_FRONT_UTIL_H

#include <inttypes.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "grammar.h"
#include "lexer_impl.h"
#include "parse.h"

/* ---- a growable string ---- */

typedef struct Text {
    char *s;
    size_t len, cap;
} Text;

static inline void text_add(Text *t, const char *s, size_t n)
{
    if (t->len + n + 1 > t->cap) {
        t->cap = (t->len + n + 1) * 2;
        t->s = realloc(t->s, t->cap);
    }
    memcpy(t->s + t->len, s, n);
    t->len += n;
    t->s[t->len] = '\0';
}

static inline void text_printf(Text *t, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    text_add(t, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
}

static inline void text_quoted(Text *t, const char *s, size_t n)
{
    text_add(t, "\"", 1);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            text_printf(t, "\\%c", c);
        else if (c == '\n')
            text_add(t, "\\n", 2);
        else if (c < 0x20 || c == 0x7F)
            text_printf(t, "\\x%02x", c);
        else
            text_add(t, (const char *)&c, 1);
    }
    text_add(t, "\"", 1);
}

/* ---- a counting allocator ---- */

typedef struct CountingAlloc {
    long live_blocks;
    size_t live_bytes;
    long allocations;
    long fail_after;        /* fail the allocation with this index (-1: never) */
} CountingAlloc;

static inline void *counting_alloc(void *ud, void *ptr, size_t old_size, size_t new_size)
{
    CountingAlloc *c = ud;
    if (new_size == 0) {
        if (ptr) {
            c->live_blocks--;
            c->live_bytes -= old_size;
        }
        free(ptr);
        return NULL;
    }
    if (c->fail_after >= 0 && c->allocations >= c->fail_after)
        return NULL;
    c->allocations++;
    void *p = realloc(ptr, new_size);
    if (p) {
        if (!ptr)
            c->live_blocks++;
        c->live_bytes += new_size - old_size;
    }
    return p;
}

/* ---- token streams ---- */

/* "NAME:x ASSIGN INT:1 NEWLINE EOF"; a lexical error ends the stream as
 * "ERROR(line:col: message)". */
static inline char *lex_string(const char *src, size_t len, bool positions)
{
    CountingAlloc counter = {.fail_after = -1};
    Arena arena;
    arena_init(&arena, counting_alloc, &counter);
    Lexer *lx = lexer_new(&arena, src, len);
    Text out = {0};
    for (int guard = 0; guard < 10000000; guard++) {
        Token t;
        LexError e;
        int type = lexer_next(lx, &t, &e);
        if (out.len)
            text_add(&out, " ", 1);
        if (type == TK_LEX_ERROR) {
            text_printf(&out, "ERROR(%d:%d: %s)", e.line, e.col, e.msg);
            break;
        }
        if (positions)
            text_printf(&out, "%d:%d:", t.line, t.col);
        text_printf(&out, "%s", lexer_token_name(type));
        switch (type) {
        case TK_INT: text_printf(&out, ":%" PRId64, t.v.i); break;
        case TK_FLOAT: text_printf(&out, ":%.17g", t.v.f); break;
        case TK_FCONV: text_printf(&out, ":%c", t.v.conv); break;
        case TK_NAME: text_printf(&out, ":%s", t.v.str.s); break;
        case TK_STRING: case TK_BYTES: case TK_FSTRING_MIDDLE: case TK_FEQ:
            text_add(&out, ":", 1);
            text_quoted(&out, t.v.str.s, t.v.str.len);
            break;
        default: break;
        }
        if (type == 0)
            break;
    }
    arena_free(&arena);
    assert_int_equal(counter.live_blocks, 0);
    return out.s;
}

#define assert_tokens(src, expected)                                   \
    do {                                                               \
        char *got_ = lex_string((src), strlen(src), false);            \
        assert_string_equal(got_, (expected));                         \
        free(got_);                                                    \
    } while (0)

#define assert_tokens_n(src, n, expected)                              \
    do {                                                               \
        char *got_ = lex_string((src), (n), false);                    \
        assert_string_equal(got_, (expected));                         \
        free(got_);                                                    \
    } while (0)

#define assert_token_positions(src, expected)                          \
    do {                                                               \
        char *got_ = lex_string((src), strlen(src), true);             \
        assert_string_equal(got_, (expected));                         \
        free(got_);                                                    \
    } while (0)

/* ---- parses ---- */

static inline void text_write(void *ud, const char *s, size_t n)
{
    text_add(ud, s, n);
}

/* The ast_dump of src, or "error: line:col: message". No leaks either way. */
static inline char *parse_string_n(const char *src, size_t len, SyntaxError *err_out)
{
    CountingAlloc counter = {.fail_after = -1};
    ParseResult result;
    SyntaxError err;
    Text out = {0};
    text_add(&out, "", 0);
    if (parse_source(counting_alloc, &counter, src, len, &result, &err)) {
        ast_dump(result.body, text_write, &out);
        parse_result_free(&result);
    } else {
        text_printf(&out, "error: %d:%d: %s", err.line, err.col, err.msg);
    }
    if (err_out)
        *err_out = err;
    assert_int_equal(counter.live_blocks, 0);
    assert_int_equal(counter.live_bytes, 0);
    return out.s;
}

static inline char *parse_string(const char *src, SyntaxError *err_out)
{
    return parse_string_n(src, strlen(src), err_out);
}

#define assert_parse_error(src, expected)                              \
    do {                                                               \
        char *got_ = parse_string((src), NULL);                        \
        assert_string_equal(got_, (expected));                         \
        free(got_);                                                    \
    } while (0)

#define assert_parses(src)                                             \
    do {                                                               \
        char *got_ = parse_string((src), NULL);                        \
        if (strncmp(got_, "error:", 6) == 0)                           \
            fail_msg("%s", got_);                                      \
        free(got_);                                                    \
    } while (0)

/* A repeated string, for torture inputs. */
static inline char *repeat(const char *prefix, const char *unit, size_t n, const char *suffix)
{
    size_t lp = strlen(prefix), lu = strlen(unit), ls = strlen(suffix);
    char *s = malloc(lp + lu * n + ls + 1);
    memcpy(s, prefix, lp);
    for (size_t i = 0; i < n; i++)
        memcpy(s + lp + i * lu, unit, lu);
    memcpy(s + lp + lu * n, suffix, ls + 1);
    return s;
}

#endif
