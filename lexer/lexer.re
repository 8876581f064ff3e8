/* lexer.re - the re2c scanner of Aster (implements lexer.h).
 *
 * Owns the token rules and the layout state machine: indentation
 * (INDENT/DEDENT), NEWLINE suppression inside brackets, the bracket stack
 * and the PEP 701 f-string mode stack. Two re2c conditions:
 *   INIT  ordinary tokens (also the expression inside an f-string field);
 *   STR   the body of a string literal, an f-string's literal text or a
 *         format spec; lx->str says which quotes and prefixes apply.
 * Numbers, identifiers, escapes and positions live in lex_*.c.
 *
 * f-string token stream, e.g. f"a{x!r:>{w}}b":
 *   FSTRING_START  FSTRING_MIDDLE("a")  FEXPR_START  NAME(x)  FCONV('r')
 *   FSPEC  FSTRING_MIDDLE(">")  FEXPR_START  NAME(w)  FEXPR_END  FEXPR_END
 *   FSTRING_MIDDLE("b")  FSTRING_END
 * FEQ (the `=` of f"{x = }") carries the text "x = ". FSTRING_MIDDLE is
 * never empty; `{{` and `}}` arrive decoded as `{` and `}`. */
#include <string.h>

#include "grammar.h"
#include "lexer_impl.h"

#define AGAIN LEX_AGAIN

/*!conditions:re2c*/

/*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:define:YYCURSOR = "lx->cur";
    re2c:define:YYMARKER = "lx->mar";
    re2c:define:YYLIMIT = "lx->lim";
    re2c:define:YYGETCONDITION = "lx->cond";
    re2c:define:YYGETCONDITION:naked = 1;
    re2c:define:YYSETCONDITION = "lx->cond = @@;";
    re2c:define:YYSETCONDITION:naked = 1;
    re2c:yyfill:enable = 0;
    re2c:eof = 0;

    eol = "\r\n" | "\n" | "\r";
    dig = [0-9];
    hexd = [0-9a-fA-F];
    digitpart = dig ("_"? dig)*;
    fraction = "." digitpart;
    exponent = [eE] [+-]? digitpart;
    pointfloat = digitpart? fraction | digitpart ".";
    floatnum = pointfloat | (digitpart | pointfloat) exponent;
    scalar = [\x00-\uD7FF\uE000-\U0010FFFF];     /* any code point but a surrogate */
    nonascii = [\u0080-\uD7FF\uE000-\U0010FFFF];
    sprefix = [rRuUbB] | [rR][bB] | [bB][rR];
    fprefix = [fF] | [fF][rR] | [rR][fF];
    quote = "'" | "\"" | "'''" | "\"\"\"";
*/

/* ---- small helpers -------------------------------------------------- */

static const StrKind *innermost_fstring(const Lexer *lx)
{
    for (int i = lx->nmodes - 1; i >= 0; i--)
        if (lx->modes[i].kind == MODE_FSTRING)
            return &lx->modes[i].str;
    return NULL;
}

static Mode *top_mode(Lexer *lx)
{
    return lx->nmodes > 0 ? &lx->modes[lx->nmodes - 1] : NULL;
}

/* In INIT directly inside an f-string field (not inside its brackets). */
static bool at_field_top(const Lexer *lx)
{
    return lx->depth > 0 && lx->brackets[lx->depth - 1].ch == FIELD_BRACKET;
}

static int emit_here(Lexer *lx, Token *tok, int type, const unsigned char *start)
{
    lex_emit(lx, tok, type, start, lx->line, lex_col(lx, start));
    return type;
}

/* Parse a literal's prefix and opening quote, [s, lx->cur). */
static StrKind string_kind(Lexer *lx, const unsigned char *s)
{
    StrKind k = {0};
    const unsigned char *q = s;
    for (; *q != '\'' && *q != '"'; q++) {
        switch (*q) {
        case 'r': case 'R': k.raw = true; break;
        case 'b': case 'B': k.bytes = true; break;
        case 'f': case 'F': k.fstring = true; break;
        default: break;                         /* u, U */
        }
    }
    k.quote = *q;
    k.triple = lx->cur - q == 3;
    k.line = lx->line;
    k.col = lex_col(lx, s);
    k.start = s;
    k.body = lx->cur;
    return k;
}

static int push_mode(Lexer *lx, LexError *err, const unsigned char *at, Mode m)
{
    if (lx->nmodes >= LEX_MAX_MODES)
        return lex_fail_here(lx, err, LEXERR_TOKEN, at, "f-string: expressions nested too deeply");
    lx->modes[lx->nmodes++] = m;
    return 0;
}

/* Continue with the literal text of the innermost f-string (or its spec). */
static void resume_string(Lexer *lx)
{
    lx->cond = yycSTR;
    lx->str = innermost_fstring(lx);
    lx->piece = lx->cur;
    lx->piece_line = lx->line;
    lx->piece_col = lex_col(lx, lx->cur);
    lex_buf_reset(lx);
}

/* Back to ordinary tokens after a literal or an f-string ends. */
static void resume_tokens(Lexer *lx)
{
    lx->cond = yycINIT;
    lx->in_plain = false;
    lx->str = innermost_fstring(lx);
}

/* ---- layout: newlines, indentation, end of input --------------------- */

static int unterminated(Lexer *lx, LexError *err, const StrKind *k, int detected_line)
{
    const StrKind *f = innermost_fstring(lx);
    if (lx->in_plain && f && f->quote == k->quote && f->triple == k->triple)
        return lex_fail(lx, err, LEXERR_TOKEN, k->line, k->col, "f-string: expecting '}'");
    if (k->triple) {
        lx->incomplete = lx->cur >= lx->lim;
        return lex_fail(lx, err, LEXERR_TOKEN, k->line, k->col,
                        "unterminated triple-quoted string literal (detected at line %d)", detected_line);
    }
    return lex_fail(lx, err, LEXERR_TOKEN, k->line, k->col,
                    "unterminated string literal (detected at line %d)", detected_line);
}

static int line_break(Lexer *lx, Token *tok, LexError *err, const unsigned char *s)
{
    int line = lx->line, col = lex_col(lx, s);
    lex_newline(lx);
    if (lx->nmodes > 0) {
        const StrKind *f = innermost_fstring(lx);
        if (!f->triple)
            return unterminated(lx, err, f, line);
    }
    if (lx->depth > 0)
        return AGAIN;
    lx->at_bol = true;
    if (!lx->line_has_tokens)
        return AGAIN;
    lx->line_has_tokens = false;
    lex_emit(lx, tok, TK_NEWLINE, s, line, col);
    return TK_NEWLINE;
}

static int continuation(Lexer *lx, LexError *err, const unsigned char *s)
{
    if (lx->nmodes > 0)
        return lex_fail_here(lx, err, LEXERR_TOKEN, s, "f-string expression part cannot include a backslash");
    lex_newline(lx);
    if (lx->cur >= lx->lim) {
        lx->incomplete = true;
        return lex_fail(lx, err, LEXERR_LAYOUT, lx->line, 1, "unexpected EOF while parsing");
    }
    return AGAIN;
}

static int stray_backslash(Lexer *lx, LexError *err)
{
    if (lx->cur >= lx->lim) {
        lx->incomplete = true;
        return lex_fail_here(lx, err, LEXERR_LAYOUT, lx->cur, "unexpected EOF while parsing");
    }
    return lex_fail_here(lx, err, LEXERR_LAYOUT, lx->cur, "unexpected character after line continuation character");
}

static int emit_dedent(Lexer *lx, Token *tok)
{
    lx->pending_dedents--;
    lex_emit(lx, tok, TK_DEDENT, lx->cur, lx->dedent_line, lx->dedent_col);
    return TK_DEDENT;
}

static int tab_error(Lexer *lx, LexError *err, int col)
{
    return lex_fail(lx, err, LEXERR_LAYOUT, lx->line, col, "inconsistent use of tabs and spaces in indentation");
}

/* Measure the indentation of a new logical line (Python's rules: tabs to
 * the next multiple of 8, form feed resets, and the same comparison with
 * tabs counting 1 to detect inconsistent mixing). Blank and comment-only
 * lines change nothing; the scanner then consumes them. */
static int indentation(Lexer *lx, Token *tok, LexError *err)
{
    const unsigned char *p = lx->cur;
    int col = 0, alt = 0;
    for (;; p++) {
        if (*p == ' ') {
            col++;
            alt++;
        } else if (*p == '\t') {
            col = (col / 8 + 1) * 8;
            alt++;
        } else if (*p == '\f') {
            col = alt = 0;
        } else {
            break;
        }
    }
    lx->cur = p;
    if (*p == '#' || *p == '\n' || *p == '\r' || p >= lx->lim)
        return AGAIN;
    lx->at_bol = false;
    int first_col = lex_col(lx, p);
    int top = lx->indent_top;
    if (col == lx->indent[top])
        return alt == lx->alt_indent[top] ? AGAIN : tab_error(lx, err, first_col);
    if (col > lx->indent[top]) {
        if (top + 1 >= LEX_MAX_INDENT)
            return lex_fail(lx, err, LEXERR_LAYOUT, lx->line, first_col, "too many levels of indentation");
        if (alt <= lx->alt_indent[top])
            return tab_error(lx, err, first_col);
        lx->indent_top = ++top;
        lx->indent[top] = col;
        lx->alt_indent[top] = alt;
        lex_emit(lx, tok, TK_INDENT, p, lx->line, first_col);
        return TK_INDENT;
    }
    int dedents = 0;
    while (top > 0 && col < lx->indent[top]) {
        top--;
        dedents++;
    }
    lx->indent_top = top;
    if (col != lx->indent[top])
        return lex_fail(lx, err, LEXERR_LAYOUT, lx->line, first_col,
                        "unindent does not match any outer indentation level");
    if (alt != lx->alt_indent[top])
        return tab_error(lx, err, first_col);
    lx->pending_dedents = dedents;
    lx->dedent_line = lx->line;
    lx->dedent_col = first_col;
    return emit_dedent(lx, tok);
}

static int at_eof(Lexer *lx, Token *tok, LexError *err)
{
    if (lx->nmodes > 0)
        return unterminated(lx, err, innermost_fstring(lx), lex_line_of_last_byte(lx));
    if (lx->depth > 0) {
        const Bracket *b = &lx->brackets[lx->depth - 1];
        lx->incomplete = true;
        return lex_fail(lx, err, LEXERR_UNCLOSED, b->line, b->col, "'%c' was never closed", b->ch);
    }
    int col = lex_col(lx, lx->cur);
    if (!lx->eof_seen) {
        lx->eof_seen = true;
        if (lx->last_real_type == TK_COLON)
            lx->incomplete = true;
        lx->pending_dedents = lx->indent_top;
        lx->indent_top = 0;
        lx->dedent_line = lx->line;
        lx->dedent_col = col;
        if (lx->line_has_tokens) {
            lx->line_has_tokens = false;
            lex_emit(lx, tok, TK_NEWLINE, lx->cur, lx->line, col);
            return TK_NEWLINE;
        }
        if (lx->pending_dedents > 0)
            return emit_dedent(lx, tok);
    }
    lex_emit(lx, tok, 0, lx->cur, lx->line, col);
    return 0;
}

/* ---- brackets and f-string fields ------------------------------------ */

static int open_bracket(Lexer *lx, Token *tok, LexError *err, const unsigned char *s, int type)
{
    if (lx->depth >= LEX_MAX_BRACKETS)
        return lex_fail_here(lx, err, LEXERR_TOKEN, s, "too many nested parentheses");
    int col = lex_col(lx, s);
    lx->brackets[lx->depth++] = (Bracket){*s, lx->line, col};
    lex_emit(lx, tok, type, s, lx->line, col);
    return type;
}

static int end_field(Lexer *lx, Token *tok, const unsigned char *s)
{
    int line = lx->line, col = lex_col(lx, s);
    lx->depth--;
    lx->nmodes--;                              /* the MODE_FIELD */
    resume_string(lx);
    lex_emit(lx, tok, TK_FEXPR_END, s, line, col);
    return TK_FEXPR_END;
}

static int close_bracket(Lexer *lx, Token *tok, LexError *err, const unsigned char *s, int type)
{
    unsigned char c = *s, want = c == ')' ? '(' : c == ']' ? '[' : '{';
    if (lx->depth == 0)
        return lex_fail_here(lx, err, LEXERR_TOKEN, s, "unmatched '%c'", c);
    const Bracket *b = &lx->brackets[lx->depth - 1];
    if (b->ch == FIELD_BRACKET) {
        if (c == '}')
            return end_field(lx, tok, s);
        return lex_fail_here(lx, err, LEXERR_TOKEN, s, "f-string: unmatched '%c'", c);
    }
    if (b->ch != want) {
        if (b->line != lx->line)
            return lex_fail_here(lx, err, LEXERR_TOKEN, s,
                                 "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                                 c, b->ch, b->line);
        return lex_fail_here(lx, err, LEXERR_TOKEN, s,
                             "closing parenthesis '%c' does not match opening parenthesis '%c'", c, b->ch);
    }
    lx->depth--;
    return emit_here(lx, tok, type, s);
}

/* `{` in an f-string's text or spec: a replacement field starts. */
static int begin_field(Lexer *lx, Token *tok, LexError *err, const unsigned char *s)
{
    const Mode *top = top_mode(lx);
    bool in_spec = top->kind == MODE_SPEC;
    if (in_spec && lx->modes[lx->nmodes - 2].in_spec)
        return lex_fail_here(lx, err, LEXERR_TOKEN, s, "f-string: expressions nested too deeply");
    if (lx->depth >= LEX_MAX_BRACKETS)
        return lex_fail_here(lx, err, LEXERR_TOKEN, s, "too many nested parentheses");
    Mode field = {.kind = MODE_FIELD, .bracket = lx->depth, .expr_start = lx->cur, .in_spec = in_spec};
    if (push_mode(lx, err, s, field))
        return TK_LEX_ERROR;
    int col = lex_col(lx, s);
    lx->brackets[lx->depth++] = (Bracket){FIELD_BRACKET, lx->line, col};
    lx->cond = yycINIT;
    lx->str = innermost_fstring(lx);

    const unsigned char *p = lx->cur;
    while (*p == ' ' || *p == '\t' || *p == '\f')
        p++;
    if (*p == '}')
        return lex_fail_here(lx, err, LEXERR_TOKEN, p, "f-string: empty expression not allowed");
    if ((*p == '!' && p[1] != '=') || *p == ':' || (*p == '=' && p[1] != '='))
        return lex_fail_here(lx, err, LEXERR_TOKEN, p, "f-string: expression required before '%c'", *p);
    lex_emit(lx, tok, TK_FEXPR_START, s, lx->line, col);
    return TK_FEXPR_START;
}

/* `:` at a field's top level starts its format spec. */
static int begin_spec(Lexer *lx, Token *tok, LexError *err, const unsigned char *s)
{
    lx->cur = s + 1;
    int col = lex_col(lx, s);
    if (push_mode(lx, err, s, (Mode){.kind = MODE_SPEC}))
        return TK_LEX_ERROR;
    resume_string(lx);
    lex_emit(lx, tok, TK_FSPEC, s, lx->line, col);
    return TK_FSPEC;
}

/* `=` at a field's top level: the self-documenting f"{x = }". */
static int field_equals(Lexer *lx, Token *tok, const unsigned char *s)
{
    while (*lx->cur == ' ' || *lx->cur == '\t' || *lx->cur == '\f')
        lx->cur++;
    const unsigned char *text = lx->modes[lx->nmodes - 1].expr_start;
    size_t n = (size_t)(lx->cur - text);
    emit_here(lx, tok, TK_FEQ, s);
    tok->v.str.s = arena_strdup(lx->arena, (const char *)text, n);
    tok->v.str.len = n;
    return TK_FEQ;
}

/* `!` at a field's top level: the conversion !r, !s or !a. */
static int field_conversion(Lexer *lx, Token *tok, LexError *err, const unsigned char *s)
{
    const unsigned char *p = lx->cur;
    const unsigned char *name = p;
    while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '_')
        p++;
    if (p - name != 1 || (*name != 'r' && *name != 's' && *name != 'a'))
        return lex_fail_here(lx, err, LEXERR_TOKEN, name,
                             "f-string: invalid conversion character: expected 's', 'r', or 'a'");
    if (*p != ':' && *p != '}')
        return lex_fail_here(lx, err, LEXERR_TOKEN, p, "f-string: expecting '}'");
    lx->cur = p;
    emit_here(lx, tok, TK_FCONV, s);
    tok->v.conv = (char)*name;
    return TK_FCONV;
}

/* ---- string literals ------------------------------------------------- */

static int begin_plain_string(Lexer *lx, const unsigned char *s)
{
    lx->plain = string_kind(lx, s);
    lx->str = &lx->plain;
    lx->in_plain = true;
    lx->cond = yycSTR;
    lex_buf_reset(lx);
    return AGAIN;
}

static int begin_fstring(Lexer *lx, Token *tok, LexError *err, const unsigned char *s)
{
    if (lx->fstring_depth >= LEX_MAX_FSTRING)
        return lex_fail_here(lx, err, LEXERR_TOKEN, s, "f-string: expressions nested too deeply");
    Mode m = {.kind = MODE_FSTRING, .str = string_kind(lx, s)};
    if (push_mode(lx, err, s, m))
        return TK_LEX_ERROR;
    lx->fstring_depth++;
    lex_emit(lx, tok, TK_FSTRING_START, s, m.str.line, m.str.col);
    resume_string(lx);
    return TK_FSTRING_START;
}

static char *buf_copy(Lexer *lx)
{
    return arena_strdup(lx->arena, lx->buf ? lx->buf : "", lx->buf_len);
}

static int finish_plain_string(Lexer *lx, Token *tok)
{
    const StrKind *k = &lx->plain;
    int type = k->bytes ? TK_BYTES : TK_STRING;
    lex_emit(lx, tok, type, k->start, k->line, k->col);
    tok->v.str.s = buf_copy(lx);
    tok->v.str.len = lx->buf_len;
    resume_tokens(lx);
    return type;
}

/* The literal text collected so far becomes an FSTRING_MIDDLE; the
 * delimiter at `at` is scanned again by the next call. */
static int emit_middle(Lexer *lx, Token *tok, const unsigned char *at)
{
    lx->cur = at;
    lex_emit(lx, tok, TK_FSTRING_MIDDLE, lx->piece, lx->piece_line, lx->piece_col);
    tok->v.str.s = buf_copy(lx);
    tok->v.str.len = lx->buf_len;
    lex_buf_reset(lx);
    lx->piece = at;
    return TK_FSTRING_MIDDLE;
}

static int end_fstring(Lexer *lx, Token *tok, const unsigned char *q)
{
    int col = lex_col(lx, q);
    lx->nmodes--;
    lx->fstring_depth--;
    resume_tokens(lx);
    lex_emit(lx, tok, TK_FSTRING_END, q, lx->line, col);
    return TK_FSTRING_END;
}

static int string_quote(Lexer *lx, Token *tok, LexError *err, const unsigned char *q)
{
    const StrKind *k = lx->str;
    bool closes = *q == k->quote && (!k->triple || (lx->cur[0] == k->quote && lx->cur[1] == k->quote));
    if (!closes)
        return lex_append_source(lx, err, q, lx->cur);
    if (lx->in_plain) {
        lx->cur += k->triple ? 2 : 0;
        return finish_plain_string(lx, tok);
    }
    if (top_mode(lx)->kind == MODE_SPEC)
        return lex_fail_here(lx, err, LEXERR_TOKEN, q, "f-string: expecting '}'");
    if (lx->buf_len > 0)
        return emit_middle(lx, tok, q);
    lx->cur += k->triple ? 2 : 0;
    return end_fstring(lx, tok, q);
}

static int string_open_brace(Lexer *lx, Token *tok, LexError *err, const unsigned char *s)
{
    if (lx->in_plain)
        return lex_append_source(lx, err, s, lx->cur);
    if (top_mode(lx)->kind == MODE_FSTRING && *lx->cur == '{') {
        lx->cur++;
        lex_buf_put(lx, "{", 1);
        return AGAIN;
    }
    if (lx->buf_len > 0)
        return emit_middle(lx, tok, s);
    return begin_field(lx, tok, err, s);
}

static int string_close_brace(Lexer *lx, Token *tok, LexError *err, const unsigned char *s)
{
    if (lx->in_plain)
        return lex_append_source(lx, err, s, lx->cur);
    if (top_mode(lx)->kind == MODE_FSTRING) {
        if (*lx->cur != '}')
            return lex_fail_here(lx, err, LEXERR_TOKEN, s, "f-string: single '}' is not allowed");
        lx->cur++;
        lex_buf_put(lx, "}", 1);
        return AGAIN;
    }
    if (lx->buf_len > 0)
        return emit_middle(lx, tok, s);
    lx->nmodes--;                              /* the MODE_SPEC */
    return end_field(lx, tok, s);
}

static int string_newline(Lexer *lx, LexError *err)
{
    if (!lx->str->triple)
        return unterminated(lx, err, lx->str, lx->line);
    lex_buf_put(lx, "\n", 1);
    lex_newline(lx);
    return AGAIN;
}

/* Backslash-newline inside a literal: dropped, or kept (as \ and \n) when raw. */
static void string_continuation(Lexer *lx)
{
    if (lx->str->raw)
        lex_buf_put(lx, "\\\n", 2);
    lex_newline(lx);
}

static int string_eof(Lexer *lx, LexError *err)
{
    return unterminated(lx, err, lx->str, lex_line_of_last_byte(lx));
}

/* ---- the scanner ----------------------------------------------------- */

static int keyword(Lexer *lx, Token *tok, const unsigned char *s, int type)
{
    return emit_here(lx, tok, type, s);
}

static int ascii_name(Lexer *lx, Token *tok, const unsigned char *s)
{
    emit_here(lx, tok, TK_NAME, s);
    tok->v.str.len = tok->len;
    tok->v.str.s = arena_strdup(lx->arena, (const char *)s, tok->len);
    return TK_NAME;
}

static int colon(Lexer *lx, Token *tok, LexError *err, const unsigned char *s)
{
    if (at_field_top(lx))
        return begin_spec(lx, tok, err, s);
    return emit_here(lx, tok, TK_COLON, s);
}

static int colon_equal(Lexer *lx, Token *tok, LexError *err, const unsigned char *s)
{
    if (at_field_top(lx))
        return begin_spec(lx, tok, err, s);
    return emit_here(lx, tok, TK_COLONEQ, s);
}

static int equal(Lexer *lx, Token *tok, const unsigned char *s)
{
    if (at_field_top(lx))
        return field_equals(lx, tok, s);
    return emit_here(lx, tok, TK_ASSIGN, s);
}

static int bang(Lexer *lx, Token *tok, LexError *err, const unsigned char *s)
{
    if (at_field_top(lx))
        return field_conversion(lx, tok, err, s);
    return lex_fail_here(lx, err, LEXERR_LAYOUT, s, "invalid syntax");
}

static int comment(Lexer *lx, LexError *err, const unsigned char *s)
{
    if (lx->nmodes > 0)
        return lex_fail_here(lx, err, LEXERR_TOKEN, s, "f-string expression part cannot include '#'");
    return AGAIN;
}

static int scan(Lexer *lx, Token *tok, LexError *err)
{
    for (;;) {
        const unsigned char *s = lx->cur;
        int r;
    /*!re2c
        <INIT> $                { return at_eof(lx, tok, err); }
        <INIT> [ \t\f]+         { continue; }
        <INIT> "\\" eol         { return continuation(lx, err, s); }
        <INIT> "\\"             { return stray_backslash(lx, err); }
        <INIT> eol              { return line_break(lx, tok, err, s); }
        <INIT> "#" (scalar \ [\r\n\x00])*  { r = comment(lx, err, s); if (r == AGAIN) continue; return r; }

        <INIT> "False"          { return keyword(lx, tok, s, TK_FALSE); }
        <INIT> "None"           { return keyword(lx, tok, s, TK_NONE); }
        <INIT> "True"           { return keyword(lx, tok, s, TK_TRUE); }
        <INIT> "and"            { return keyword(lx, tok, s, TK_AND); }
        <INIT> "as"             { return keyword(lx, tok, s, TK_AS); }
        <INIT> "assert"         { return keyword(lx, tok, s, TK_ASSERT); }
        <INIT> "async"          { return keyword(lx, tok, s, TK_ASYNC); }
        <INIT> "await"          { return keyword(lx, tok, s, TK_AWAIT); }
        <INIT> "break"          { return keyword(lx, tok, s, TK_BREAK); }
        <INIT> "class"          { return keyword(lx, tok, s, TK_CLASS); }
        <INIT> "continue"       { return keyword(lx, tok, s, TK_CONTINUE); }
        <INIT> "def"            { return keyword(lx, tok, s, TK_DEF); }
        <INIT> "del"            { return keyword(lx, tok, s, TK_DEL); }
        <INIT> "elif"           { return keyword(lx, tok, s, TK_ELIF); }
        <INIT> "else"           { return keyword(lx, tok, s, TK_ELSE); }
        <INIT> "except"         { return keyword(lx, tok, s, TK_EXCEPT); }
        <INIT> "finally"        { return keyword(lx, tok, s, TK_FINALLY); }
        <INIT> "for"            { return keyword(lx, tok, s, TK_FOR); }
        <INIT> "from"           { return keyword(lx, tok, s, TK_FROM); }
        <INIT> "global"         { return keyword(lx, tok, s, TK_GLOBAL); }
        <INIT> "if"             { return keyword(lx, tok, s, TK_IF); }
        <INIT> "import"         { return keyword(lx, tok, s, TK_IMPORT); }
        <INIT> "in"             { return keyword(lx, tok, s, TK_IN); }
        <INIT> "is"             { return keyword(lx, tok, s, TK_IS); }
        <INIT> "lambda"         { return keyword(lx, tok, s, TK_LAMBDA); }
        <INIT> "nonlocal"       { return keyword(lx, tok, s, TK_NONLOCAL); }
        <INIT> "not"            { return keyword(lx, tok, s, TK_NOT); }
        <INIT> "or"             { return keyword(lx, tok, s, TK_OR); }
        <INIT> "pass"           { return keyword(lx, tok, s, TK_PASS); }
        <INIT> "raise"          { return keyword(lx, tok, s, TK_RAISE); }
        <INIT> "return"         { return keyword(lx, tok, s, TK_RETURN); }
        <INIT> "try"            { return keyword(lx, tok, s, TK_TRY); }
        <INIT> "while"          { return keyword(lx, tok, s, TK_WHILE); }
        <INIT> "with"           { return keyword(lx, tok, s, TK_WITH); }
        <INIT> "yield"          { return keyword(lx, tok, s, TK_YIELD); }
        <INIT> [a-zA-Z_] [a-zA-Z0-9_]*  { return ascii_name(lx, tok, s); }
        <INIT> ([a-zA-Z_] | nonascii) ([a-zA-Z0-9_] | nonascii)*  { return lex_unicode_name(lx, tok, err, s); }

        <INIT> digitpart                        { return lex_decimal(lx, tok, err, s); }
        <INIT> "0" [xX] ("_"? hexd)+            { return lex_based(lx, tok, err, s, 16); }
        <INIT> "0" [oO] ("_"? [0-7])+           { return lex_based(lx, tok, err, s, 8); }
        <INIT> "0" [bB] ("_"? [01])+            { return lex_based(lx, tok, err, s, 2); }
        <INIT> "0" [xXoObB] "_"?                { return lex_bad_base(lx, err, s); }
        <INIT> floatnum                         { return lex_float(lx, tok, err, s); }
        <INIT> (floatnum | digitpart) [jJ]      { return lex_imaginary(lx, err, s); }

        <INIT> sprefix? quote   { begin_plain_string(lx, s); continue; }
        <INIT> fprefix quote    { return begin_fstring(lx, tok, err, s); }

        <INIT> "("      { return open_bracket(lx, tok, err, s, TK_LPAREN); }
        <INIT> "["      { return open_bracket(lx, tok, err, s, TK_LBRACKET); }
        <INIT> "{"      { return open_bracket(lx, tok, err, s, TK_LBRACE); }
        <INIT> ")"      { return close_bracket(lx, tok, err, s, TK_RPAREN); }
        <INIT> "]"      { return close_bracket(lx, tok, err, s, TK_RBRACKET); }
        <INIT> "}"      { return close_bracket(lx, tok, err, s, TK_RBRACE); }
        <INIT> ":"      { return colon(lx, tok, err, s); }
        <INIT> ":="     { return colon_equal(lx, tok, err, s); }
        <INIT> "="      { return equal(lx, tok, s); }
        <INIT> "!"      { return bang(lx, tok, err, s); }
        <INIT> "+"      { return emit_here(lx, tok, TK_PLUS, s); }
        <INIT> "-"      { return emit_here(lx, tok, TK_MINUS, s); }
        <INIT> "*"      { return emit_here(lx, tok, TK_STAR, s); }
        <INIT> "/"      { return emit_here(lx, tok, TK_SLASH, s); }
        <INIT> "//"     { return emit_here(lx, tok, TK_DSLASH, s); }
        <INIT> "%"      { return emit_here(lx, tok, TK_PERCENT, s); }
        <INIT> "**"     { return emit_here(lx, tok, TK_DSTAR, s); }
        <INIT> "@"      { return emit_here(lx, tok, TK_AT, s); }
        <INIT> "~"      { return emit_here(lx, tok, TK_TILDE, s); }
        <INIT> "&"      { return emit_here(lx, tok, TK_AMP, s); }
        <INIT> "|"      { return emit_here(lx, tok, TK_PIPE, s); }
        <INIT> "^"      { return emit_here(lx, tok, TK_CARET, s); }
        <INIT> "<<"     { return emit_here(lx, tok, TK_LSHIFT, s); }
        <INIT> ">>"     { return emit_here(lx, tok, TK_RSHIFT, s); }
        <INIT> "<"      { return emit_here(lx, tok, TK_LT, s); }
        <INIT> ">"      { return emit_here(lx, tok, TK_GT, s); }
        <INIT> "<="     { return emit_here(lx, tok, TK_LE, s); }
        <INIT> ">="     { return emit_here(lx, tok, TK_GE, s); }
        <INIT> "=="     { return emit_here(lx, tok, TK_EQEQ, s); }
        <INIT> "!="     { return emit_here(lx, tok, TK_NE, s); }
        <INIT> "+="     { return emit_here(lx, tok, TK_PLUSEQ, s); }
        <INIT> "-="     { return emit_here(lx, tok, TK_MINUSEQ, s); }
        <INIT> "*="     { return emit_here(lx, tok, TK_STAREQ, s); }
        <INIT> "/="     { return emit_here(lx, tok, TK_SLASHEQ, s); }
        <INIT> "//="    { return emit_here(lx, tok, TK_DSLASHEQ, s); }
        <INIT> "%="     { return emit_here(lx, tok, TK_PERCENTEQ, s); }
        <INIT> "**="    { return emit_here(lx, tok, TK_DSTAREQ, s); }
        <INIT> "@="     { return emit_here(lx, tok, TK_ATEQ, s); }
        <INIT> "&="     { return emit_here(lx, tok, TK_AMPEQ, s); }
        <INIT> "|="     { return emit_here(lx, tok, TK_PIPEEQ, s); }
        <INIT> "^="     { return emit_here(lx, tok, TK_CARETEQ, s); }
        <INIT> "<<="    { return emit_here(lx, tok, TK_LSHIFTEQ, s); }
        <INIT> ">>="    { return emit_here(lx, tok, TK_RSHIFTEQ, s); }
        <INIT> ","      { return emit_here(lx, tok, TK_COMMA, s); }
        <INIT> "."      { return emit_here(lx, tok, TK_DOT, s); }
        <INIT> ";"      { return emit_here(lx, tok, TK_SEMI, s); }
        <INIT> "->"     { return emit_here(lx, tok, TK_ARROW, s); }
        <INIT> "..."    { return emit_here(lx, tok, TK_ELLIPSIS, s); }
        <INIT> *        { return lex_invalid_char(lx, err, s); }

        <STR> $         { return string_eof(lx, err); }
        <STR> ['"]      { r = string_quote(lx, tok, err, s); if (r == AGAIN) continue; return r; }
        <STR> "{"       { r = string_open_brace(lx, tok, err, s); if (r == AGAIN) continue; return r; }
        <STR> "}"       { r = string_close_brace(lx, tok, err, s); if (r == AGAIN) continue; return r; }
        <STR> eol       { r = string_newline(lx, err); if (r == AGAIN) continue; return r; }
        <STR> "\\" eol  { string_continuation(lx); continue; }
        <STR> "\\" ([0-7]{1,3} | "x" hexd{0,2} | "u" hexd{0,4} | "U" hexd{0,8} | (scalar \ [{}\r\n\x00]))
                        { r = lex_escape(lx, err, s); if (r == AGAIN) continue; return r; }
        <STR> "\\"      { lex_buf_put(lx, "\\", 1); continue; }
        <STR> (scalar \ ['"\\{}\r\n\x00])+
                        { r = lex_append_source(lx, err, s, lx->cur); if (r == AGAIN) continue; return r; }
        <STR> *         { return lex_invalid_char(lx, err, s); }
    */
    }
}

/* ---- public interface ------------------------------------------------ */

Lexer *lexer_new(Arena *arena, const char *src, size_t len)
{
    Lexer *lx = arena_alloc(arena, sizeof *lx);
    lx->arena = arena;
    lx->src = (const unsigned char *)src;
    lx->cur = lx->src;
    lx->lim = lx->src + len;
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0)
        lx->cur += 3;
    lx->cond = yycINIT;
    lx->line = 1;
    lx->line_start = lx->cur;
    lx->col_ptr = lx->cur;
    lx->col_at = 1;
    lx->at_bol = true;
    return lx;
}

int lexer_next(Lexer *lx, Token *tok, LexError *err)
{
    memset(tok, 0, sizeof *tok);
    if (lx->failed) {
        *err = lx->error;
        return TK_LEX_ERROR;
    }
    if (lx->pending_dedents > 0)
        return emit_dedent(lx, tok);
    for (;;) {
        if (lx->at_bol && lx->depth == 0 && lx->nmodes == 0 && lx->cond == yycINIT) {
            int r = indentation(lx, tok, err);
            if (r != AGAIN)
                return r;
        }
        int r = scan(lx, tok, err);
        if (r != AGAIN)
            return r;
    }
}

bool lexer_at_incomplete_eof(const Lexer *lx)
{
    return lx->incomplete;
}
