/* parse_internal.h - state shared by the parse driver (parse.c), the
 * grammar's actions (grammar.y) and the AST builders (build_*.c).
 *
 * The grammar's semantic values are small structs passed by value: an
 * expression travels with its source extent (parentheses included), so a
 * parent node can start at the leftmost token like CPython's col_offset,
 * while the child keeps its own position. */
#ifndef ASTER_PARSE_INTERNAL_H
#define ASTER_PARSE_INTERNAL_H

#include <setjmp.h>
#include <stdbool.h>

#include "ast.h"
#include "lexer_impl.h"
#include "parse.h"

/* Trees deeper than this are rejected with "too many nested expressions",
 * so recursive consumers (ast_dump, the compiler) need only a bounded C
 * stack. A module's statements are at depth 1. */
#define PARSE_MAX_DEPTH 1000

typedef struct Span {
    int line, col;            /* first character */
    int end_line, end_col;    /* just after the last character */
} Span;

/* A terminal as the grammar sees it: the lexer's token and its extent. */
typedef struct PTok {
    Token t;
    Span sp;
} PTok;

/* An expression with its extent; `first` is the TK_* of its first token
 * and `parens` says the extent is a parenthesized group around n. */
typedef struct PExpr {
    Node *n;
    Span sp;
    int first;
    bool parens;
} PExpr;

/* Comma-separated items being collected; `first` keeps the first item
 * whole (a one-element group is that element, parentheses and all). */
typedef struct PList {
    NodeList *items;
    Span sp;
    PExpr first;
} PList;

typedef struct PPair {
    Node *key;                /* NULL for **value */
    Node *value;
} PPair;

typedef struct PDict {
    NodeList *keys, *values;
} PDict;

typedef enum ArgKind { ARG_POS, ARG_STAR, ARG_KW, ARG_DSTAR, ARG_GENEXP } ArgKind;

typedef struct PArg {
    ArgKind kind;
    Node *node;               /* the argument as stored in E_CALL */
    Span sp;
} PArg;

typedef struct NameSet NameSet;

typedef struct PArgs {
    NodeList *args, *keywords;
    Node *genexp;             /* an unparenthesized generator argument */
    int count;
    bool seen_keyword, seen_dstar;
    NameSet *names;           /* keyword names so far (repeats are errors) */
} PArgs;

/* `a = b = value`: every right-hand side in order; the last is the value. */
typedef struct PChain {
    NodeList *values;
    PExpr last;
} PChain;

/* if/elif chain: the outer S_IF and the innermost one, whose orelse the
 * next elif or else fills. */
typedef struct PIfChain {
    Node *root, *last;
} PIfChain;

/* A dotted module name: its NAME pieces, joined once when complete. */
typedef struct PDotted {
    NodeList *parts;
    Span sp;
} PDotted;

typedef struct PFrom {
    Ident module;
    int level;
} PFrom;

/* Adjacent string literals being concatenated. */
typedef struct PStr {
    NodeList *parts;          /* E_STR / E_BYTES / E_FORMATTED pieces */
    Span sp;
    bool bytes, text, fstring;
} PStr;

/* One parameter as written: an N_PARAM, or a marker for a bare `*` or a
 * `/` (an N_PARAM without a name); `at` is where it starts (its `*`). */
typedef struct PParam {
    Node *node;
    Span at;
} PParam;

/* A parameter list being parsed, checked item by item as CPython does;
 * markers are kept until b_params_done() assigns the final kinds. */
typedef struct PParams {
    NodeList *items;
    bool slash, star, varkw, default_seen;
    int positional;
    const Node *bare_star;    /* a bare `*` still waiting for a named parameter */
} PParams;

typedef struct ParseCtx {
    Arena *arena;
    const char *src;
    size_t len;
    Lexer *lx;
    SyntaxError *err;
    bool err_from_lexer;
    jmp_buf *on_error;
    void *parser;             /* lemon's parser object */
    NodeList *module;

    /* the token being fed to the parser and what came before it */
    PTok cur;
    bool cur_in_fstring;      /* cur lies inside an f-string's replacement field */
    int fstring_depth;
    int bracket_depth;
    PTok prev, prev2;

    /* the current logical line: its first two tokens; and the header
     * (if/def/...) whose indented block is due after `: NEWLINE` */
    bool at_line_start;
    int line_tokens;
    int line_first, line_second, line_first_lineno;
    int block_kw, block_kw2, block_line;

    /* tokens read ahead of the parser (the `with (` check) */
    PTok *queue;
    int qhead, qlen, qcap;
    LexError lex_error;
} ParseCtx;

/* Report a syntax error at (line, col) and abandon the parse (longjmp). */
_Noreturn void ctx_error(ParseCtx *ctx, int line, int col, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* Size of lemon's parser object, for allocating it in the arena. */
size_t grammar_parser_size(void);

/* Can a token of this type begin an expression (a name, a literal...)? */
bool token_starts_expression(int type);

/* Would the parser accept `token` next (after any reductions)? */
bool grammar_accepts_token(void *parser, int token);

#endif
