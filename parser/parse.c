/* parse.c - parse_source(): drives the lexer and the lemon parser
 * (implements parse.h).
 *
 * Everything, the lexer, the parser object, tokens' values and the tree,
 * lives in the result's arena. Errors anywhere (lexer, grammar, builders,
 * out of memory) longjmp back here; the arena is then freed as a whole.
 *
 * Besides feeding tokens the driver:
 *  - turns the `(` after `with` into WLPAREN when its `)` is followed by
 *    `:` (parenthesized with-items), reading ahead into a small queue;
 *  - rejects what Aster leaves out (yield, decorators, async for);
 *  - remembers the context syntax errors are worded from (the first
 *    tokens of the logical line, the header whose block is due, bracket
 *    and f-string nesting);
 *  - after a syntax error, lexes the rest of the source: as in CPython,
 *    a later tokenizer error is what gets reported;
 *  - after a successful parse, rejects trees deeper than PARSE_MAX_DEPTH. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast_walk.h"
#include "grammar.h"
#include "parse_internal.h"

/* lemon's entry points (grammar.c) */
void AsterParseInit(void *parser, ParseCtx *ctx);
void AsterParse(void *parser, int major, PTok minor);
void AsterParseFinalize(void *parser);

enum { GUARD_OK = 0, GUARD_OOM = 1, GUARD_SYNTAX = 2 };

/* ---- errors ------------------------------------------------------------ */

static bool token_at_eof(const ParseCtx *ctx, const PTok *t)
{
    return t->t.type == 0 || (t->t.type == TK_DEDENT && t->t.start == ctx->src + ctx->len);
}

_Noreturn void ctx_error(ParseCtx *ctx, int line, int col, const char *fmt, ...)
{
    SyntaxError *e = ctx->err;
    const char *prefix = ctx->cur_in_fstring ? "f-string: " : "";
    size_t n = strlen(prefix);
    memcpy(e->msg, prefix, n);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->msg + n, sizeof e->msg - n, fmt, ap);
    va_end(ap);
    e->line = line;
    e->col = col;
    e->incomplete = token_at_eof(ctx, &ctx->cur);
    longjmp(*ctx->on_error, GUARD_SYNTAX);
}

static void set_lex_error(ParseCtx *ctx)
{
    SyntaxError *e = ctx->err;
    snprintf(e->msg, sizeof e->msg, "%s", ctx->lex_error.msg);
    e->line = ctx->lex_error.line;
    e->col = ctx->lex_error.col;
    e->incomplete = lexer_at_incomplete_eof(ctx->lx);
}

static _Noreturn void lex_error(ParseCtx *ctx)
{
    set_lex_error(ctx);
    ctx->err_from_lexer = true;
    longjmp(*ctx->on_error, GUARD_SYNTAX);
}

/* ---- tokens -------------------------------------------------------------- */

/* The end of a token from its text (strings may span lines). */
static Span token_span(const Token *t)
{
    Span sp = {t->line, t->col, t->line, t->col};
    const unsigned char *p = (const unsigned char *)t->start, *end = p + t->len;
    for (; p < end; p++) {
        if (*p == '\n' || (*p == '\r' && (p + 1 >= end || p[1] != '\n'))) {
            sp.end_line++;
            sp.end_col = 1;
        } else if (*p != '\r' && (*p & 0xC0) != 0x80) {
            sp.end_col++;
        }
    }
    return sp;
}

static PTok lex_one(ParseCtx *ctx)
{
    PTok pt;
    LexError e;
    int type = lexer_next(ctx->lx, &pt.t, &e);
    if (type == TK_LEX_ERROR) {
        ctx->lex_error = e;
        pt.t.type = TK_LEX_ERROR;
        return pt;
    }
    pt.sp = token_span(&pt.t);
    return pt;
}

/* The k-th token not yet handed to the parser (k = 0 is the next one). */
static PTok *peek(ParseCtx *ctx, int k)
{
    while (ctx->qlen - ctx->qhead <= k) {
        if (ctx->qlen > ctx->qhead) {
            int last = ctx->queue[ctx->qlen - 1].t.type;
            if (last == 0 || last == TK_LEX_ERROR)
                return &ctx->queue[ctx->qlen - 1];
        }
        if (ctx->qlen == ctx->qcap) {
            int cap = ctx->qcap ? ctx->qcap * 2 : 64;
            ctx->queue = arena_grow(ctx->arena, ctx->queue, sizeof(PTok) * (size_t)ctx->qcap, sizeof(PTok) * (size_t)cap);
            ctx->qcap = cap;
        }
        ctx->queue[ctx->qlen++] = lex_one(ctx);
    }
    return &ctx->queue[ctx->qhead + k];
}

static PTok next_token(ParseCtx *ctx)
{
    PTok t = *peek(ctx, 0);
    if (t.t.type != 0 && t.t.type != TK_LEX_ERROR)
        ctx->qhead++;
    if (ctx->qhead == ctx->qlen)
        ctx->qhead = ctx->qlen = 0;
    return t;
}

/* After `with`, is this `(` the start of `( items ) :`? */
static bool with_items_in_parens(ParseCtx *ctx)
{
    int depth = 1;
    for (int k = 0;; k++) {
        int type = peek(ctx, k)->t.type;
        if (type == 0 || type == TK_LEX_ERROR)
            return false;
        if (type == TK_LPAREN)
            depth++;
        else if (type == TK_RPAREN && --depth == 0)
            return k > 0 && peek(ctx, k + 1)->t.type == TK_COLON;   /* `with ():` is an empty tuple */
    }
}

/* ---- feeding the parser -------------------------------------------------- */

static void reject_unsupported(ParseCtx *ctx, const PTok *t)
{
    int type = t->t.type;
    if (type == TK_YIELD)
        ctx_error(ctx, t->sp.line, t->sp.col, "'yield' is not supported");
    if (type == TK_AT && ctx->at_line_start)
        ctx_error(ctx, t->sp.line, t->sp.col, "decorators are not supported");
    if (type == TK_ASYNC && peek(ctx, 0)->t.type == TK_FOR)
        ctx_error(ctx, t->sp.line, t->sp.col, "'async for' is not supported");
}

static bool ends_expression(int type)
{
    switch (type) {
    case TK_NAME: case TK_INT: case TK_FLOAT: case TK_STRING: case TK_BYTES: case TK_FSTRING_END:
    case TK_RPAREN: case TK_RBRACKET: case TK_RBRACE: case TK_NONE: case TK_TRUE: case TK_FALSE:
    case TK_ELLIPSIS:
        return true;
    default:
        return false;
    }
}

bool token_starts_expression(int type)
{
    switch (type) {
    case TK_NAME: case TK_INT: case TK_FLOAT: case TK_STRING: case TK_BYTES: case TK_FSTRING_START:
    case TK_NONE: case TK_TRUE: case TK_FALSE: case TK_ELLIPSIS: case TK_LAMBDA: case TK_NOT:
    case TK_AWAIT: case TK_TILDE: case TK_LBRACE:
        return true;
    default:
        return false;
    }
}

/* Two expressions side by side inside brackets: CPython's "Perhaps you
 * forgot a comma?" (not after `name "string"`). Checked before the token
 * is fed, while the parser has not yet reduced what precedes it. */
static void reject_missing_comma(ParseCtx *ctx, const PTok *t)
{
    int prev = ctx->prev.t.type, type = t->t.type;
    if (ctx->bracket_depth == 0 || !ends_expression(prev) || !token_starts_expression(type))
        return;
    if (prev == TK_NAME && (type == TK_STRING || type == TK_BYTES || type == TK_FSTRING_START))
        return;
    if (!grammar_accepts_token(ctx->parser, type) && grammar_accepts_token(ctx->parser, TK_COMMA))
        ctx_error(ctx, ctx->prev.sp.line, ctx->prev.sp.col, "invalid syntax. Perhaps you forgot a comma?");
}

static bool opens_bracket(int type)
{
    return type == TK_LPAREN || type == TK_WLPAREN || type == TK_LBRACKET || type == TK_LBRACE ||
           type == TK_FEXPR_START;
}

static bool closes_bracket(int type)
{
    return type == TK_RPAREN || type == TK_RBRACKET || type == TK_RBRACE || type == TK_FEXPR_END;
}

static void before_feed(ParseCtx *ctx, const PTok *t)
{
    ctx->cur = *t;
    ctx->cur_in_fstring = ctx->fstring_depth > 0;
}

/* The first two tokens of each logical line, and the header whose block is
 * due once `: NEWLINE` has been fed. */
static void track_logical_line(ParseCtx *ctx, const PTok *t)
{
    int type = t->t.type;
    if (type == TK_NEWLINE) {
        if (ctx->prev.t.type == TK_COLON) {
            ctx->block_kw = ctx->line_first;
            ctx->block_kw2 = ctx->line_second;
            ctx->block_line = ctx->line_first_lineno;
        }
        ctx->at_line_start = true;
    } else if (type != TK_INDENT && type != TK_DEDENT) {
        if (ctx->at_line_start) {
            ctx->line_first = type;
            ctx->line_second = 0;
            ctx->line_first_lineno = t->sp.line;
            ctx->line_tokens = 0;
            ctx->at_line_start = false;
        } else if (ctx->line_tokens == 1) {
            ctx->line_second = type;
        }
        ctx->line_tokens++;
    }
}

static void after_feed(ParseCtx *ctx, const PTok *t)
{
    int type = t->t.type;
    ctx->fstring_depth += (type == TK_FSTRING_START) - (type == TK_FSTRING_END);
    ctx->bracket_depth += opens_bracket(type) - closes_bracket(type);
    track_logical_line(ctx, t);
    ctx->prev2 = ctx->prev;
    ctx->prev = *t;
}

static void run_parser(ParseCtx *ctx)
{
    ctx->lx = lexer_new(ctx->arena, ctx->src, ctx->len);
    ctx->parser = arena_alloc(ctx->arena, grammar_parser_size());
    AsterParseInit(ctx->parser, ctx);
    for (;;) {
        PTok t = next_token(ctx);
        if (t.t.type == TK_LEX_ERROR)
            lex_error(ctx);
        if (t.t.type == TK_LPAREN && ctx->prev.t.type == TK_WITH && with_items_in_parens(ctx))
            t.t.type = TK_WLPAREN;
        before_feed(ctx, &t);
        reject_unsupported(ctx, &t);
        reject_missing_comma(ctx, &t);
        AsterParse(ctx->parser, t.t.type, t);
        after_feed(ctx, &t);
        if (t.t.type == 0)
            break;
    }
    AsterParseFinalize(ctx->parser);
}

/* CPython reports a tokenizer error found after a syntax error instead of
 * it, except for indentation errors; an unclosed bracket wins when the
 * syntax error lies inside it. */
static void prefer_later_lex_error(ParseCtx *ctx)
{
    for (;;) {
        PTok t = next_token(ctx);
        if (t.t.type == 0)
            return;
        if (t.t.type != TK_LEX_ERROR)
            continue;
        LexErrorClass cls = ctx->lx->error_class;
        const LexError *le = &ctx->lex_error;
        bool inside = le->line < ctx->err->line || (le->line == ctx->err->line && le->col < ctx->err->col);
        if (cls == LEXERR_TOKEN || (cls == LEXERR_UNCLOSED && inside))
            set_lex_error(ctx);
        return;
    }
}

static void check_depth(ParseCtx *ctx)
{
    const Node *deepest = NULL;
    if (ast_depth(ctx->arena, ctx->module, PARSE_MAX_DEPTH, &deepest) > PARSE_MAX_DEPTH) {
        ctx->cur_in_fstring = false;
        ctx_error(ctx, deepest->line, deepest->col, "too many nested expressions");
    }
}

/* Run one step with errors and out-of-memory landing here. */
static int guarded(ParseCtx *ctx, void (*step)(ParseCtx *))
{
    jmp_buf jb;
    ctx->on_error = &jb;
    ctx->arena->on_oom = &jb;
    int r = setjmp(jb);
    if (r == 0) {
        step(ctx);
        r = GUARD_OK;
    }
    ctx->on_error = NULL;
    ctx->arena->on_oom = NULL;
    return r;
}

/* ---- public interface ---------------------------------------------------- */

static void *libc_alloc(void *ud, void *ptr, size_t old_size, size_t new_size)
{
    (void)ud;
    (void)old_size;
    if (new_size == 0) {
        free(ptr);
        return NULL;
    }
    return realloc(ptr, new_size);
}

bool parse_source(AsterAllocFn alloc, void *ud, const char *src, size_t len, ParseResult *out, SyntaxError *err)
{
    memset(out, 0, sizeof *out);
    memset(err, 0, sizeof *err);
    arena_init(&out->arena, alloc ? alloc : libc_alloc, ud);
    ParseCtx ctx = {.arena = &out->arena, .src = src, .len = len, .err = err, .at_line_start = true};
    int r = guarded(&ctx, run_parser);
    if (r == GUARD_OK)
        r = guarded(&ctx, check_depth);
    if (r == GUARD_SYNTAX && !ctx.err_from_lexer && guarded(&ctx, prefer_later_lex_error) == GUARD_OOM)
        r = GUARD_OOM;
    if (r == GUARD_OOM) {
        memset(err, 0, sizeof *err);
        snprintf(err->msg, sizeof err->msg, "out of memory");
        err->out_of_memory = true;
    }
    if (r != GUARD_OK) {
        arena_free(&out->arena);
        memset(out, 0, sizeof *out);
        return false;
    }
    out->body = ctx.module;
    return true;
}

void parse_result_free(ParseResult *result)
{
    arena_free(&result->arena);
    result->body = NULL;
}
