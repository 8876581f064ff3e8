/* ast_walk.c - the children of every node kind, in dump order, and the
 * non-recursive depth measure the parser uses to reject trees too deep
 * for recursive consumers (implements ast_walk.h). */
#include "ast_walk.h"

static void one(AstChildFn fn, void *ud, const char *field, const Node *child)
{
    if (child)
        fn(ud, field, -1, child);
}

static void many(AstChildFn fn, void *ud, const char *field, const NodeList *list)
{
    if (!list)
        return;
    for (int i = 0; i < list->len; i++)
        fn(ud, field, i, list->items[i]);
}

static void expr_children(const Node *n, AstChildFn fn, void *ud)
{
    switch ((NodeKind)n->kind) {
    case E_FSTRING: many(fn, ud, "parts", n->u.fstr.parts); break;
    case E_FORMATTED: one(fn, ud, "value", n->u.fmt.value); one(fn, ud, "spec", n->u.fmt.spec); break;
    case E_LIST: case E_TUPLE: case E_SET: many(fn, ud, "elts", n->u.seq.elts); break;
    case E_DICT:
        for (int i = 0; n->u.dict.values && i < n->u.dict.values->len; i++) {
            fn(ud, "keys", i, n->u.dict.keys->items[i]);
            fn(ud, "values", i, n->u.dict.values->items[i]);
        }
        break;
    case E_LISTCOMP: case E_SETCOMP: case E_GENEXP: case E_DICTCOMP:
        one(fn, ud, n->kind == E_DICTCOMP ? "key" : "elt", n->u.comp.elt);
        one(fn, ud, "value", n->u.comp.value);
        many(fn, ud, "gens", n->u.comp.gens);
        break;
    case E_COMPFOR:
        one(fn, ud, "target", n->u.compfor.target);
        one(fn, ud, "iter", n->u.compfor.iter);
        many(fn, ud, "ifs", n->u.compfor.ifs);
        break;
    case E_ATTR: one(fn, ud, "value", n->u.attr.value); break;
    case E_SUBSCRIPT: one(fn, ud, "value", n->u.sub.value); one(fn, ud, "index", n->u.sub.index); break;
    case E_SLICE:
        one(fn, ud, "lo", n->u.slice.lo);
        one(fn, ud, "hi", n->u.slice.hi);
        one(fn, ud, "step", n->u.slice.step);
        break;
    case E_CALL:
        one(fn, ud, "func", n->u.call.func);
        many(fn, ud, "args", n->u.call.args);
        many(fn, ud, "keywords", n->u.call.keywords);
        break;
    case E_KEYWORD: one(fn, ud, "value", n->u.kw.value); break;
    case E_BINOP: one(fn, ud, "left", n->u.bin.left); one(fn, ud, "right", n->u.bin.right); break;
    case E_UNARY: case E_AWAIT: case E_STARRED: one(fn, ud, "operand", n->u.unary.operand); break;
    case E_BOOLOP: many(fn, ud, "values", n->u.boolop.values); break;
    case E_COMPARE: one(fn, ud, "left", n->u.cmp.left); many(fn, ud, "rest", n->u.cmp.rest); break;
    case E_IFEXP:
        one(fn, ud, "test", n->u.ifexp.test);
        one(fn, ud, "body", n->u.ifexp.body);
        one(fn, ud, "orelse", n->u.ifexp.orelse);
        break;
    case E_LAMBDA: many(fn, ud, "params", n->u.lambda.params); one(fn, ud, "body", n->u.lambda.body); break;
    case E_WALRUS: one(fn, ud, "target", n->u.walrus.target); one(fn, ud, "value", n->u.walrus.value); break;
    default: break;
    }
}

static void stmt_children(const Node *n, AstChildFn fn, void *ud)
{
    switch ((NodeKind)n->kind) {
    case S_EXPR: one(fn, ud, "value", n->u.expr.value); break;
    case S_ASSIGN: many(fn, ud, "targets", n->u.assign.targets); one(fn, ud, "value", n->u.assign.value); break;
    case S_AUGASSIGN: one(fn, ud, "target", n->u.aug.target); one(fn, ud, "value", n->u.aug.value); break;
    case S_ANNASSIGN:
        one(fn, ud, "target", n->u.ann.target);
        one(fn, ud, "annotation", n->u.ann.annotation);
        one(fn, ud, "value", n->u.ann.value);
        break;
    case S_IF:
        one(fn, ud, "test", n->u.ifs.test);
        many(fn, ud, "body", n->u.ifs.body);
        many(fn, ud, "orelse", n->u.ifs.orelse);
        break;
    case S_WHILE: case S_FOR:
        one(fn, ud, "test", n->u.loop.test);
        one(fn, ud, "target", n->u.loop.target);
        one(fn, ud, "iter", n->u.loop.iter);
        many(fn, ud, "body", n->u.loop.body);
        many(fn, ud, "orelse", n->u.loop.orelse);
        break;
    case S_FUNCDEF:
        many(fn, ud, "params", n->u.func.params);
        one(fn, ud, "returns", n->u.func.returns);
        many(fn, ud, "body", n->u.func.body);
        break;
    case S_CLASSDEF:
        many(fn, ud, "bases", n->u.cls.bases);
        many(fn, ud, "keywords", n->u.cls.keywords);
        many(fn, ud, "body", n->u.cls.body);
        break;
    case S_RETURN: one(fn, ud, "value", n->u.ret.value); break;
    case S_DEL: many(fn, ud, "targets", n->u.del.targets); break;
    case S_ASSERT: one(fn, ud, "test", n->u.assert_.test); one(fn, ud, "msg", n->u.assert_.msg); break;
    case S_TRY:
        many(fn, ud, "body", n->u.try_.body);
        many(fn, ud, "handlers", n->u.try_.handlers);
        many(fn, ud, "orelse", n->u.try_.orelse);
        many(fn, ud, "finalbody", n->u.try_.finalbody);
        break;
    case S_HANDLER: one(fn, ud, "type", n->u.handler.type); many(fn, ud, "body", n->u.handler.body); break;
    case S_RAISE: one(fn, ud, "exc", n->u.raise.exc); one(fn, ud, "cause", n->u.raise.cause); break;
    case S_IMPORT: case S_IMPORTFROM: many(fn, ud, "names", n->u.import.names); break;
    case S_WITH: many(fn, ud, "items", n->u.with.items); many(fn, ud, "body", n->u.with.body); break;
    case S_WITHITEM:
        one(fn, ud, "context", n->u.withitem.context);
        one(fn, ud, "target", n->u.withitem.target);
        break;
    case N_PARAM:
        one(fn, ud, "annotation", n->u.param.annotation);
        one(fn, ud, "default", n->u.param.default_);
        break;
    default: break;
    }
}

void ast_children(const Node *n, AstChildFn fn, void *ud)
{
    if (n->kind < S_EXPR)
        expr_children(n, fn, ud);
    else
        stmt_children(n, fn, ud);
}

/* ---- depth ------------------------------------------------------------- */

typedef struct DepthEntry {
    const Node *node;
    int depth;
} DepthEntry;

typedef struct DepthStack {
    Arena *arena;
    DepthEntry *items;
    size_t len, cap;
    int child_depth;       /* depth given to children being pushed */
} DepthStack;

static void push(DepthStack *st, const Node *n, int depth)
{
    if (st->len == st->cap) {
        size_t cap = st->cap ? st->cap * 2 : 256;
        st->items = arena_grow(st->arena, st->items, st->cap * sizeof *st->items, cap * sizeof *st->items);
        st->cap = cap;
    }
    st->items[st->len++] = (DepthEntry){n, depth};
}

static void push_child(void *ud, const char *field, int index, const Node *child)
{
    (void)field;
    (void)index;
    DepthStack *st = ud;
    if (child)
        push(st, child, st->child_depth);
}

int ast_depth(Arena *a, const NodeList *module, int limit, const Node **deepest)
{
    DepthStack st = {.arena = a};
    int max = 0;
    for (int i = 0; module && i < module->len; i++)
        push(&st, module->items[i], 1);
    while (st.len > 0) {
        DepthEntry e = st.items[--st.len];
        if (e.depth > max)
            max = e.depth;
        if (e.depth > limit) {
            *deepest = e.node;
            return limit + 1;
        }
        st.child_depth = e.depth + 1;
        ast_children(e.node, push_child, &st);
    }
    return max;
}
