/* lexer_impl.h - the Lexer's state, shared by lexer.re and its helpers
 * (lex_number.c, lex_ident.c, lex_text.c) and read by the parse driver.
 *
 * Private to the front end: nothing outside lexer/ and parser/ includes it. */
#ifndef ASTER_LEXER_IMPL_H
#define ASTER_LEXER_IMPL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lexer.h"

/* How to read the body of the string literal being scanned. */
typedef struct StrKind {
    unsigned char quote;   /* ' or " */
    bool triple;
    bool raw;
    bool bytes;
    bool fstring;
    int line, col;         /* where the literal starts (prefix included) */
    const unsigned char *start;
    const unsigned char *body;  /* just after the opening quote(s) */
} StrKind;

/* The f-string mode stack (PEP 701): an f-string's literal text, one of its
 * replacement fields (ordinary tokens), or a field's format spec. */
typedef enum ModeKind { MODE_FSTRING, MODE_FIELD, MODE_SPEC } ModeKind;

typedef struct Mode {
    ModeKind kind;
    StrKind str;                      /* MODE_FSTRING: its quotes and prefix */
    int bracket;                      /* MODE_FIELD: index of its '{' on the bracket stack */
    const unsigned char *expr_start;  /* MODE_FIELD: just after '{' (text of FEQ) */
    bool in_spec;                     /* MODE_FIELD: the field sits in a format spec */
} Mode;

/* An open bracket; ch is '(', '[', '{' or FIELD_BRACKET for an f-string field. */
typedef struct Bracket {
    unsigned char ch;
    int line, col;
} Bracket;

#define FIELD_BRACKET 'F'

/* Internal result of scanner helpers: no token yet, keep scanning. */
#define LEX_AGAIN (-100)
#define LEX_MAX_MODES (LEX_MAX_FSTRING * 4 + 4)

/* What kind of failure the lexer reported: the parse driver lets a later
 * lexical error replace an earlier syntax error only for some kinds, as
 * CPython does. */
typedef enum LexErrorClass {
    LEXERR_NONE,
    LEXERR_TOKEN,        /* bad character, literal, bracket: replaces parser errors */
    LEXERR_UNCLOSED,     /* EOF inside brackets: replaces errors on later lines only */
    LEXERR_LAYOUT        /* indentation, continuation, stray ASCII: never replaces */
} LexErrorClass;

struct Lexer {
    Arena *arena;
    const unsigned char *src, *cur, *lim, *mar;
    int cond;                          /* re2c condition (yycINIT / yycSTR) */

    /* position: line of `cur`, its first byte, and a column cache so that
     * computing a column is linear in the distance from the previous one */
    int line;
    const unsigned char *line_start;
    const unsigned char *col_ptr;
    int col_at;

    /* indentation */
    bool at_bol;                       /* the next token starts a logical line */
    bool line_has_tokens;              /* a NEWLINE is due at the end of this line */
    int indent_top;
    int indent[LEX_MAX_INDENT + 1];    /* columns, tabs to multiples of 8 */
    int alt_indent[LEX_MAX_INDENT + 1];/* the same with tabs counting 1 (TabError) */
    int pending_dedents;
    int dedent_line, dedent_col;
    bool eof_seen;

    /* brackets and f-string modes */
    int depth;
    Bracket brackets[LEX_MAX_BRACKETS];
    int nmodes;
    int fstring_depth;
    Mode modes[LEX_MAX_MODES];

    /* the string literal being scanned: its kind and decoded bytes so far */
    StrKind plain;                     /* kind of a non-f string literal */
    const StrKind *str;                /* &plain or the innermost MODE_FSTRING's */
    bool in_plain;                     /* scanning a non-f literal (maybe inside a field) */
    char *buf;
    size_t buf_len, buf_cap;
    const unsigned char *piece;        /* start of the pending FSTRING_MIDDLE */
    int piece_line, piece_col;

    /* results */
    int last_real_type;                /* last token other than NEWLINE/INDENT/DEDENT */
    bool incomplete;                   /* see lexer_at_incomplete_eof() */
    bool failed;                       /* errors are sticky: `error` again */
    LexErrorClass error_class;
    LexError error;
};

/* ---- lex_tokname.c ---- */
const char *lexer_token_name(int type);        /* "NAME", "INDENT", ...; "EOF" for 0 */

/* ---- lex_text.c: positions ---- */
int lex_col(Lexer *lx, const unsigned char *p);           /* 1-based code-point column of p on the current line */
void lex_newline(Lexer *lx);                              /* cur just passed a line break */
int lex_fail(Lexer *lx, LexError *err, LexErrorClass cls, int line, int col, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 6, 7)))
#endif
    ;
int lex_fail_here(Lexer *lx, LexError *err, LexErrorClass cls, const unsigned char *at, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;
int lex_line_of_last_byte(const Lexer *lx);
void lex_emit(Lexer *lx, Token *tok, int type, const unsigned char *start, int line, int col);

/* ---- lex_ident.c: identifiers and stray characters ---- */
int lex_unicode_name(Lexer *lx, Token *tok, LexError *err, const unsigned char *start);
int lex_invalid_char(Lexer *lx, LexError *err, const unsigned char *at);

/* ---- lex_number.c: numeric literals ---- */
int lex_decimal(Lexer *lx, Token *tok, LexError *err, const unsigned char *start);
int lex_based(Lexer *lx, Token *tok, LexError *err, const unsigned char *start, int base);
int lex_bad_base(Lexer *lx, LexError *err, const unsigned char *start);
int lex_float(Lexer *lx, Token *tok, LexError *err, const unsigned char *start);
int lex_imaginary(Lexer *lx, LexError *err, const unsigned char *start);

/* ---- lex_string.c: decoded literal text ---- */
void lex_buf_reset(Lexer *lx);
void lex_buf_put(Lexer *lx, const void *bytes, size_t n);
void lex_buf_put_cp(Lexer *lx, uint32_t cp);
int lex_escape(Lexer *lx, LexError *err, const unsigned char *start);  /* LEX_AGAIN or TK_LEX_ERROR */
int lex_append_source(Lexer *lx, LexError *err, const unsigned char *from, const unsigned char *to);

#endif
