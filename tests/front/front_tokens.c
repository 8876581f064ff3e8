/* front_tokens.c - prints the token stream of a file, one token per line
 * (`line:col KIND value`), for debugging the lexer and for golden tests. */
#include <inttypes.h>
#include <stdio.h>

#include "grammar.h"
#include "lexer_impl.h"
#include "tool_util.h"

static void print_bytes(const char *s, size_t n)
{
    putchar('"');
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            printf("\\%c", c);
        else if (c == '\n')
            fputs("\\n", stdout);
        else if (c < 0x20 || c == 0x7F)
            printf("\\x%02x", c);
        else
            putchar(c);
    }
    putchar('"');
}

static void print_token(const Token *t)
{
    printf("%d:%d %s", t->line, t->col, lexer_token_name(t->type));
    switch (t->type) {
    case TK_INT: printf(" %" PRId64, t->v.i); break;
    case TK_FLOAT: printf(" %.17g", t->v.f); break;
    case TK_FCONV: printf(" %c", t->v.conv); break;
    case TK_NAME: case TK_STRING: case TK_BYTES: case TK_FSTRING_MIDDLE: case TK_FEQ:
        putchar(' ');
        print_bytes(t->v.str.s, t->v.str.len);
        break;
    default: break;
    }
    putchar('\n');
}

int main(int argc, char **argv)
{
    size_t len;
    char *src = tool_read(argc > 1 ? argv[1] : "-", &len);
    if (!src) {
        perror(argv[1]);
        return 2;
    }
    Arena arena;
    arena_init(&arena, tool_alloc, NULL);
    Lexer *lx = lexer_new(&arena, src, len);
    int rc = 0;
    for (;;) {
        Token t;
        LexError e;
        int type = lexer_next(lx, &t, &e);
        if (type == TK_LEX_ERROR) {
            printf("%d:%d error: %s%s\n", e.line, e.col, e.msg, lexer_at_incomplete_eof(lx) ? " (incomplete)" : "");
            rc = 1;
            break;
        }
        print_token(&t);
        if (type == 0)
            break;
    }
    arena_free(&arena);
    free(src);
    return rc;
}
