/* ast.c - AST constructors and kind names (implements part of ast.h;
 * the dump is in ast_dump.c, traversal in ast_walk.c). */
#include <string.h>

#include "ast.h"

Node *ast_node(Arena *a, NodeKind kind, int line, int col)
{
    Node *n = arena_alloc(a, sizeof *n);
    n->kind = (uint8_t)kind;
    n->line = line;
    n->col = col;
    return n;
}

NodeList *ast_list(Arena *a)
{
    return arena_alloc(a, sizeof(NodeList));
}

void ast_append(Arena *a, NodeList *list, Node *n)
{
    if (list->len == list->cap) {
        int cap = list->cap ? list->cap * 2 : 4;
        list->items = arena_grow(a, list->items, sizeof(Node *) * (size_t)list->cap, sizeof(Node *) * (size_t)cap);
        list->cap = cap;
    }
    list->items[list->len++] = n;
}

Ident ast_ident(Arena *a, const char *s, size_t len)
{
    return (Ident){arena_strdup(a, s, len), (uint32_t)len};
}

const char *ast_kind_name(NodeKind kind)
{
    static const char *const names[NODE_KIND_COUNT] = {
        [E_NAME] = "E_NAME", [E_NONE] = "E_NONE", [E_TRUE] = "E_TRUE", [E_FALSE] = "E_FALSE",
        [E_ELLIPSIS] = "E_ELLIPSIS", [E_INT] = "E_INT", [E_FLOAT] = "E_FLOAT", [E_STR] = "E_STR",
        [E_BYTES] = "E_BYTES", [E_FSTRING] = "E_FSTRING", [E_FORMATTED] = "E_FORMATTED",
        [E_LIST] = "E_LIST", [E_TUPLE] = "E_TUPLE", [E_SET] = "E_SET", [E_DICT] = "E_DICT",
        [E_LISTCOMP] = "E_LISTCOMP", [E_SETCOMP] = "E_SETCOMP", [E_GENEXP] = "E_GENEXP",
        [E_DICTCOMP] = "E_DICTCOMP", [E_COMPFOR] = "E_COMPFOR", [E_ATTR] = "E_ATTR",
        [E_SUBSCRIPT] = "E_SUBSCRIPT", [E_SLICE] = "E_SLICE", [E_CALL] = "E_CALL",
        [E_KEYWORD] = "E_KEYWORD", [E_BINOP] = "E_BINOP", [E_UNARY] = "E_UNARY", [E_BOOLOP] = "E_BOOLOP",
        [E_COMPARE] = "E_COMPARE", [E_IFEXP] = "E_IFEXP", [E_LAMBDA] = "E_LAMBDA", [E_AWAIT] = "E_AWAIT",
        [E_STARRED] = "E_STARRED", [E_WALRUS] = "E_WALRUS",
        [S_EXPR] = "S_EXPR", [S_ASSIGN] = "S_ASSIGN", [S_AUGASSIGN] = "S_AUGASSIGN",
        [S_ANNASSIGN] = "S_ANNASSIGN", [S_IF] = "S_IF", [S_WHILE] = "S_WHILE", [S_FOR] = "S_FOR",
        [S_BREAK] = "S_BREAK", [S_CONTINUE] = "S_CONTINUE", [S_PASS] = "S_PASS", [S_FUNCDEF] = "S_FUNCDEF",
        [S_CLASSDEF] = "S_CLASSDEF", [S_RETURN] = "S_RETURN", [S_GLOBAL] = "S_GLOBAL",
        [S_NONLOCAL] = "S_NONLOCAL", [S_DEL] = "S_DEL", [S_ASSERT] = "S_ASSERT", [S_TRY] = "S_TRY",
        [S_HANDLER] = "S_HANDLER", [S_RAISE] = "S_RAISE", [S_IMPORT] = "S_IMPORT",
        [S_IMPORTFROM] = "S_IMPORTFROM", [S_ALIAS] = "S_ALIAS", [S_WITH] = "S_WITH",
        [S_WITHITEM] = "S_WITHITEM", [N_PARAM] = "N_PARAM",
    };
    if ((unsigned)kind >= NODE_KIND_COUNT || !names[kind])
        return "?";
    return names[kind];
}
