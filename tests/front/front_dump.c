/* front_dump.c - parses a file and prints its AST (ast_dump), or the
 * syntax error as `error: LINE:COL: MESSAGE`. Used by the golden tests. */
#include <stdio.h>

#include "parse.h"
#include "tool_util.h"

static void write_stdout(void *ud, const char *s, size_t n)
{
    fwrite(s, 1, n, ud);
}

int main(int argc, char **argv)
{
    size_t len;
    const char *path = argc > 1 ? argv[1] : "-";
    char *src = tool_read(path, &len);
    if (!src) {
        perror(path);
        return 2;
    }
    ParseResult result;
    SyntaxError err;
    if (parse_source(tool_alloc, NULL, src, len, &result, &err)) {
        ast_dump(result.body, write_stdout, stdout);
        parse_result_free(&result);
    } else {
        printf("error: %d:%d: %s\n", err.line, err.col, err.msg);
    }
    free(src);
    return 0;   /* a syntax error is output too; any other status means a crash */
}
