/* build_stmt.c - builders for statements. A compound statement ends where
 * the last statement of its last block ends, as in CPython's ast. */
#include <string.h>

#include "build.h"
#include "grammar.h"

static Span last_span(const NodeList *list)
{
    return node_span(list->items[list->len - 1]);
}

/* From token `t` to the end of the last non-empty block given. */
static Span block_span(const PTok *t, NodeList *const *blocks, int n)
{
    for (int i = n - 1; i >= 0; i--)
        if (blocks[i] && blocks[i]->len > 0)
            return span_join(t->sp, last_span(blocks[i]));
    return t->sp;
}

/* ---- simple statements ----------------------------------------------- */

Node *b_keyword_stmt(ParseCtx *ctx, NodeKind kind, const PTok *t)
{
    return b_node(ctx, kind, t->sp);
}

Node *b_expr_stmt(ParseCtx *ctx, PExpr e)
{
    b_check_not_starred(ctx, e.n);
    Node *n = b_node(ctx, S_EXPR, e.sp);
    n->u.expr.value = e.n;
    return n;
}

PChain b_chain(ParseCtx *ctx, const PChain *prev, PExpr value)
{
    PChain c = prev ? *prev : (PChain){ast_list(ctx->arena), value};
    ast_append(ctx->arena, c.values, value.n);
    c.last = value;
    return c;
}

/* t1 = t2 = ... = value: the chain holds t2 ... value. */
Node *b_assign(ParseCtx *ctx, PExpr first, PChain chain)
{
    NodeList *rhs = chain.values;
    b_check_assign(ctx, first, rhs->len == 1 ? &chain.last : NULL);
    NodeList *targets = b_one(ctx, first.n);
    for (int i = 0; i < rhs->len - 1; i++) {
        b_check_target(ctx, rhs->items[i], TARGET_STORE);
        ast_append(ctx->arena, targets, rhs->items[i]);
    }
    b_check_not_starred(ctx, chain.last.n);
    Node *n = b_node(ctx, S_ASSIGN, span_join(first.sp, chain.last.sp));
    n->u.assign.targets = targets;
    n->u.assign.value = chain.last.n;
    return n;
}

Node *b_augassign(ParseCtx *ctx, PExpr target, int op, PExpr value)
{
    NodeKind k = (NodeKind)target.n->kind;
    if (k != E_NAME && k != E_ATTR && k != E_SUBSCRIPT)
        ctx_error(ctx, target.n->line, target.n->col, "'%s' is an illegal expression for augmented assignment",
                  b_expr_name(target.n));
    b_check_not_starred(ctx, value.n);
    Node *n = b_node(ctx, S_AUGASSIGN, span_join(target.sp, value.sp));
    n->op = (uint8_t)op;
    n->u.aug.target = target.n;
    n->u.aug.value = value.n;
    return n;
}

Node *b_annassign(ParseCtx *ctx, PExpr target, PExpr annotation, const PExpr *value)
{
    const Node *t = target.n;
    if (t->kind == E_TUPLE || t->kind == E_LIST)
        ctx_error(ctx, t->line, t->col, "only single target (not %s) can be annotated",
                  t->kind == E_TUPLE ? "tuple" : "list");
    if (t->kind != E_NAME && t->kind != E_ATTR && t->kind != E_SUBSCRIPT)
        ctx_error(ctx, t->line, t->col, "illegal target for annotation");
    if (value)
        b_check_not_starred(ctx, value->n);
    Node *n = b_node(ctx, S_ANNASSIGN, span_join(target.sp, value ? value->sp : annotation.sp));
    n->u.ann.target = target.n;
    n->u.ann.annotation = annotation.n;
    n->u.ann.value = value ? value->n : NULL;
    return n;
}

Node *b_return(ParseCtx *ctx, const PTok *t, const PExpr *value)
{
    if (value)
        b_check_not_starred(ctx, value->n);
    Node *n = b_node(ctx, S_RETURN, value ? span_join(t->sp, value->sp) : t->sp);
    n->u.ret.value = value ? value->n : NULL;
    return n;
}

Node *b_raise(ParseCtx *ctx, const PTok *t, const PExpr *exc, const PExpr *cause)
{
    Span sp = cause ? span_join(t->sp, cause->sp) : exc ? span_join(t->sp, exc->sp) : t->sp;
    Node *n = b_node(ctx, S_RAISE, sp);
    n->u.raise.exc = exc ? exc->n : NULL;
    n->u.raise.cause = cause ? cause->n : NULL;
    return n;
}

Node *b_names_stmt(ParseCtx *ctx, NodeKind kind, const PTok *t, NodeList *names)
{
    Node *n = b_node(ctx, kind, span_join(t->sp, last_span(names)));
    n->u.names.names = names;
    return n;
}

Node *b_del(ParseCtx *ctx, const PTok *t, PList targets, const PTok *comma)
{
    for (int i = 0; i < targets.items->len; i++)
        b_check_target(ctx, targets.items->items[i], TARGET_DEL);
    Node *n = b_node(ctx, S_DEL, span_join(t->sp, comma ? comma->sp : targets.sp));
    n->u.del.targets = targets.items;
    return n;
}

Node *b_assert(ParseCtx *ctx, const PTok *t, PExpr test, const PExpr *msg)
{
    Node *n = b_node(ctx, S_ASSERT, span_join(t->sp, msg ? msg->sp : test.sp));
    n->u.assert_.test = test.n;
    n->u.assert_.msg = msg ? msg->n : NULL;
    return n;
}

/* ---- imports ----------------------------------------------------------- */

PDotted b_dotted(ParseCtx *ctx, const PDotted *prev, const PTok *name)
{
    Node *part = b_name(ctx, name).n;
    if (!prev)
        return (PDotted){b_one(ctx, part), name->sp};
    PDotted d = *prev;
    ast_append(ctx->arena, d.parts, part);
    d.sp = span_join(d.sp, name->sp);
    return d;
}

static Ident join_dotted(ParseCtx *ctx, const NodeList *parts)
{
    size_t len = (size_t)parts->len - 1;
    for (int i = 0; i < parts->len; i++)
        len += parts->items[i]->u.name.len;
    char *s = arena_alloc(ctx->arena, len + 1);
    size_t at = 0;
    for (int i = 0; i < parts->len; i++) {
        if (i > 0)
            s[at++] = '.';
        memcpy(s + at, parts->items[i]->u.name.s, parts->items[i]->u.name.len);
        at += parts->items[i]->u.name.len;
    }
    return (Ident){s, (uint32_t)len};
}

PFrom b_from_module(ParseCtx *ctx, int level, const PDotted *name)
{
    return (PFrom){name ? join_dotted(ctx, name->parts) : (Ident){NULL, 0}, level};
}

Node *b_alias(ParseCtx *ctx, PDotted name, const PTok *asname)
{
    Node *n = b_node(ctx, S_ALIAS, asname ? span_join(name.sp, asname->sp) : name.sp);
    n->u.alias.name = join_dotted(ctx, name.parts);
    if (asname)
        n->u.alias.asname = (Ident){asname->t.v.str.s, (uint32_t)asname->t.v.str.len};
    return n;
}

Node *b_alias_star(ParseCtx *ctx, const PTok *star)
{
    Node *n = b_node(ctx, S_ALIAS, star->sp);
    n->u.alias.name = ast_ident(ctx->arena, "*", 1);
    return n;
}

Node *b_import(ParseCtx *ctx, const PTok *t, NodeList *aliases)
{
    Node *n = b_node(ctx, S_IMPORT, span_join(t->sp, last_span(aliases)));
    n->u.import.names = aliases;
    return n;
}

Node *b_import_from(ParseCtx *ctx, const PTok *t, PFrom from, PList names)
{
    Node *n = b_node(ctx, S_IMPORTFROM, span_join(t->sp, names.sp));
    n->u.import.module = from.module;
    n->u.import.level = from.level;
    n->u.import.names = names.items;
    return n;
}

/* ---- compound statements ----------------------------------------------- */

PIfChain b_if(ParseCtx *ctx, const PIfChain *prev, const PTok *t, PExpr test, NodeList *body)
{
    Node *n = b_node(ctx, S_IF, span_join(t->sp, last_span(body)));
    n->u.ifs.test = test.n;
    n->u.ifs.body = body;
    if (!prev)
        return (PIfChain){n, n};
    prev->last->u.ifs.orelse = b_one(ctx, n);
    return (PIfChain){prev->root, n};
}

/* Every S_IF of an if/elif chain ends where the whole statement ends. */
Node *b_if_end(ParseCtx *ctx, PIfChain chain, NodeList *orelse)
{
    (void)ctx;
    chain.last->u.ifs.orelse = orelse;
    Span end = orelse ? last_span(orelse) : last_span(chain.last->u.ifs.body);
    for (Node *n = chain.root;; n = n->u.ifs.orelse->items[0]) {
        n->end_line = end.end_line;
        n->end_col = end.end_col;
        if (n == chain.last)
            break;
    }
    return chain.root;
}

Node *b_while(ParseCtx *ctx, const PTok *t, PExpr test, NodeList *body, NodeList *orelse)
{
    Node *n = b_node(ctx, S_WHILE, block_span(t, (NodeList *const[]){body, orelse}, 2));
    n->u.loop.test = test.n;
    n->u.loop.body = body;
    n->u.loop.orelse = orelse;
    return n;
}

Node *b_for(ParseCtx *ctx, const PTok *t, PExpr target, PExpr iter, NodeList *body, NodeList *orelse)
{
    b_check_target(ctx, target.n, TARGET_FOR);
    Node *n = b_node(ctx, S_FOR, block_span(t, (NodeList *const[]){body, orelse}, 2));
    n->u.loop.target = target.n;
    n->u.loop.iter = iter.n;
    n->u.loop.body = body;
    n->u.loop.orelse = orelse;
    return n;
}

Node *b_try(ParseCtx *ctx, const PTok *t, NodeList *body, NodeList *handlers, NodeList *orelse,
            NodeList *finalbody)
{
    Node *n = b_node(ctx, S_TRY, block_span(t, (NodeList *const[]){body, handlers, orelse, finalbody}, 4));
    n->u.try_.body = body;
    n->u.try_.handlers = handlers;
    n->u.try_.orelse = orelse;
    n->u.try_.finalbody = finalbody;
    return n;
}

Node *b_handler(ParseCtx *ctx, const PTok *t, const PExpr *type, const PTok *name, NodeList *body)
{
    Node *n = b_node(ctx, S_HANDLER, span_join(t->sp, last_span(body)));
    n->u.handler.type = type ? type->n : NULL;
    if (name)
        n->u.handler.name = (Ident){name->t.v.str.s, (uint32_t)name->t.v.str.len};
    n->u.handler.body = body;
    return n;
}

Node *b_withitem(ParseCtx *ctx, PExpr context, const PExpr *target)
{
    if (target)
        b_check_target(ctx, target->n, TARGET_STORE);
    Node *n = b_node(ctx, S_WITHITEM, target ? span_join(context.sp, target->sp) : context.sp);
    n->u.withitem.context = context.n;
    n->u.withitem.target = target ? target->n : NULL;
    return n;
}

Node *b_with(ParseCtx *ctx, const PTok *t, NodeList *items, NodeList *body)
{
    Node *n = b_node(ctx, S_WITH, span_join(t->sp, last_span(body)));
    n->u.with.items = items;
    n->u.with.body = body;
    return n;
}

Node *b_async(ParseCtx *ctx, const PTok *t, Node *stmt)
{
    (void)ctx;
    stmt->line = t->sp.line;
    stmt->col = t->sp.col;
    if (stmt->kind == S_FUNCDEF)
        stmt->u.func.is_async = true;
    else
        stmt->u.with.is_async = true;
    return stmt;
}

Node *b_funcdef(ParseCtx *ctx, const PTok *t, const PTok *name, PParams params, const PExpr *returns,
                NodeList *body)
{
    Node *n = b_node(ctx, S_FUNCDEF, span_join(t->sp, last_span(body)));
    n->u.func.name = (Ident){name->t.v.str.s, (uint32_t)name->t.v.str.len};
    n->u.func.params = b_params_done(ctx, params);
    n->u.func.returns = returns ? returns->n : NULL;
    n->u.func.body = body;
    return n;
}

Node *b_classdef(ParseCtx *ctx, const PTok *t, const PTok *name, const PArgs *args, NodeList *body)
{
    if (args && args->genexp)
        ctx_error(ctx, args->genexp->line, args->genexp->col, "invalid syntax");
    Node *n = b_node(ctx, S_CLASSDEF, span_join(t->sp, last_span(body)));
    n->u.cls.name = (Ident){name->t.v.str.s, (uint32_t)name->t.v.str.len};
    n->u.cls.bases = args ? args->args : ast_list(ctx->arena);
    n->u.cls.keywords = args ? args->keywords : ast_list(ctx->arena);
    n->u.cls.body = body;
    return n;
}
