/* parse.h - source text to AST: drives the lexer and the lemon parser.
 *
 * parse_source() never crashes and never leaks, whatever the input: on
 * failure it reports the first error with its position and releases the
 * arena itself. */
#ifndef ASTER_PARSE_H
#define ASTER_PARSE_H

#include <stdbool.h>

#include "ast.h"

typedef struct SyntaxError {
    int line, col;        /* 1-based position of the error */
    char msg[256];        /* Python-style message, e.g. "invalid syntax", "expected ':'" */
    bool incomplete;      /* the input ended too early: more lines could make it valid */
    bool out_of_memory;   /* not a syntax error: the allocator failed */
} SyntaxError;

typedef struct ParseResult {
    Arena arena;          /* owns every node of `body` */
    NodeList *body;       /* the module's statements (never NULL on success) */
} ParseResult;

/* Parse a whole module. `src` must be NUL-terminated at src[len].
 * On success returns true and fills *out (free it with parse_result_free).
 * On failure returns false, fills *err, and *out holds nothing to free. */
bool parse_source(AsterAllocFn alloc, void *ud, const char *src, size_t len,
                  ParseResult *out, SyntaxError *err);

void parse_result_free(ParseResult *result);

#endif
