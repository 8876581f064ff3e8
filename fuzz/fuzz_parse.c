/* fuzz_parse.c - libFuzzer harness for the front end: parses arbitrary
 * bytes (NUL-terminated copy, the lexer's contract), dumps the tree on
 * success, and checks a few invariants of the result. Built only with
 * -DASTER_FUZZ=ON under clang (see fuzz/CMakeLists.txt). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "parse.h"

static void discard(void *ud, const char *s, size_t n)
{
    size_t *total = ud;
    (void)s;
    *total += n;
}

static void check_node_positions(const NodeList *list)
{
    for (int i = 0; list && i < list->len; i++) {
        const Node *n = list->items[i];
        if (n->line < 1 || n->col < 1 || n->end_line < n->line)
            __builtin_trap();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *src = malloc(size + 1);
    if (!src)
        return 0;
    memcpy(src, data, size);
    src[size] = '\0';
    ParseResult result;
    SyntaxError err;
    if (parse_source(NULL, NULL, src, size, &result, &err)) {
        size_t total = 0;
        check_node_positions(result.body);
        ast_dump(result.body, discard, &total);
        parse_result_free(&result);
    } else if (err.msg[0] == '\0' || err.line < 1 || err.col < 1) {
        __builtin_trap();
    }
    free(src);
    return 0;
}
