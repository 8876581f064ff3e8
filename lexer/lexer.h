/* lexer.h - turns Aster source text into tokens for the parser.
 *
 * The scanner itself is lexer.re (re2c). It works on a whole NUL-terminated
 * buffer (the REPL re-lexes its accumulated input), tracks indentation as
 * INDENT/DEDENT tokens, suppresses NEWLINE inside brackets, and splits
 * f-strings into FSTRING_* tokens so the parser sees the expressions inside.
 * Token kinds are the TK_* codes lemon generates in grammar.h. */
#ifndef ASTER_LEXER_H
#define ASTER_LEXER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"

#define LEX_MAX_INDENT 100    /* indentation levels (Python's limit too) */
#define LEX_MAX_BRACKETS 200  /* open (), [], {} at once (Python's limit too) */
#define LEX_MAX_FSTRING 20    /* f-strings nested inside f-string fields */

/* Returned by lexer_next() on a lexical error; lexer->error says what. */
#define TK_LEX_ERROR (-1)

typedef struct Token {
    int type;              /* TK_* from grammar.h (0 = end of input) */
    int line, col;         /* 1-based; col counts code points */
    const char *start;     /* the token's text in the source */
    uint32_t len;          /* its length in bytes */
    union {
        int64_t i;                          /* TK_INT */
        double f;                           /* TK_FLOAT */
        struct { char *s; size_t len; } str;/* TK_STRING, TK_BYTES, TK_FSTRING_MIDDLE: decoded bytes, in the arena
                                               TK_NAME: the identifier (NUL-terminated, in the arena)
                                               TK_FEQ: the expression text before '=' including the '=' and spaces */
        char conv;                          /* TK_FCONV: 'r', 's' or 'a' */
    } v;
} Token;

typedef struct LexError {
    int line, col;
    char msg[200];
} LexError;

typedef struct Lexer Lexer;

/* `src` must stay alive and be NUL-terminated at src[len]. */
Lexer *lexer_new(Arena *arena, const char *src, size_t len);

/* The next token. At the end: pending NEWLINE, one DEDENT per open level,
 * then type 0 forever. On error returns TK_LEX_ERROR and fills *err. */
int lexer_next(Lexer *lx, Token *tok, LexError *err);

/* True when the input ended inside brackets, a triple-quoted string or an
 * unfinished block header, i.e. more lines could complete it (REPL "..."). */
bool lexer_at_incomplete_eof(const Lexer *lx);

/* The text of line `line` (1-based) without its newline, for error carets. */
const char *lexer_line_text(const char *src, size_t len, int line, size_t *out_len);

#endif
