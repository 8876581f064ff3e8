/* build_expr.c - builders for expressions: atoms, operators, displays,
 * comprehensions, calls and subscripts, plus the list and position
 * helpers every builder uses (see build.h). */
#include <string.h>

#include "build.h"
#include "grammar.h"

/* ---- positions and lists --------------------------------------------- */

_Noreturn void b_error_at(ParseCtx *ctx, const Span *at, const char *msg)
{
    ctx_error(ctx, at->line, at->col, "%s", msg);
}

_Noreturn void b_error_here(ParseCtx *ctx, const char *msg)
{
    b_error_at(ctx, &ctx->cur.sp, msg);
}

Span span_join(Span from, Span to)
{
    return (Span){from.line, from.col, to.end_line, to.end_col};
}

void node_set_span(Node *n, Span sp)
{
    n->line = sp.line;
    n->col = sp.col;
    n->end_line = sp.end_line;
    n->end_col = sp.end_col;
}

Span node_span(const Node *n)
{
    return (Span){n->line, n->col, n->end_line, n->end_col};
}

Node *b_node(ParseCtx *ctx, NodeKind kind, Span sp)
{
    Node *n = ast_node(ctx->arena, kind, sp.line, sp.col);
    node_set_span(n, sp);
    return n;
}

/* A new expression node whose extent runs from `left` (keeping its first
 * token) to `end`. */
static PExpr extend_from(ParseCtx *ctx, NodeKind kind, PExpr left, Span end)
{
    Span sp = span_join(left.sp, end);
    return (PExpr){b_node(ctx, kind, sp), sp, left.first, false};
}

/* A new expression node starting at token `t`. */
static PExpr start_at(ParseCtx *ctx, NodeKind kind, const PTok *t, Span end)
{
    Span sp = span_join(t->sp, end);
    return (PExpr){b_node(ctx, kind, sp), sp, t->t.type, false};
}

NodeList *b_one(ParseCtx *ctx, Node *n)
{
    NodeList *list = ast_list(ctx->arena);
    ast_append(ctx->arena, list, n);
    return list;
}

NodeList *b_add(ParseCtx *ctx, NodeList *list, Node *n)
{
    ast_append(ctx->arena, list, n);
    return list;
}

NodeList *b_extend(ParseCtx *ctx, NodeList *list, NodeList *more)
{
    for (int i = 0; i < more->len; i++)
        ast_append(ctx->arena, list, more->items[i]);
    return list;
}

PExpr b_nothing(void)
{
    return (PExpr){0};
}

PTok b_no_token(void)
{
    return (PTok){0};
}

PExpr b_wrap(Node *n)
{
    return (PExpr){n, node_span(n), 0, false};
}

PList b_list(ParseCtx *ctx, const PList *prev, PExpr e)
{
    if (!prev)
        return (PList){b_one(ctx, e.n), e.sp, e};
    PList l = *prev;
    ast_append(ctx->arena, l.items, e.n);
    l.sp = span_join(l.sp, e.sp);
    return l;
}

PList b_list2(ParseCtx *ctx, PExpr a, PExpr b)
{
    PList l = b_list(ctx, NULL, a);
    return b_list(ctx, &l, b);
}

PList b_parens_list(PList items, const PTok *open, const PTok *close)
{
    items.sp = span_join(open->sp, close->sp);
    return items;
}

/* ---- atoms ------------------------------------------------------------- */

PExpr b_name(ParseCtx *ctx, const PTok *t)
{
    PExpr e = start_at(ctx, E_NAME, t, t->sp);
    e.n->u.name = (Ident){t->t.v.str.s, (uint32_t)t->t.v.str.len};
    return e;
}

PExpr b_constant(ParseCtx *ctx, const PTok *t, NodeKind kind)
{
    PExpr e = start_at(ctx, kind, t, t->sp);
    if (kind == E_INT) {
        e.n->u.i = t->t.v.i;
        e.n->op = t->t.v.i == INT64_MIN ? INT_NEEDS_MINUS : 0;
    }
    else if (kind == E_FLOAT)
        e.n->u.f = t->t.v.f;
    return e;
}

static PExpr new_seq(ParseCtx *ctx, NodeKind kind, Span sp, int first, NodeList *elts)
{
    PExpr e = {b_node(ctx, kind, sp), sp, first, false};
    e.n->u.seq.elts = elts ? elts : ast_list(ctx->arena);
    return e;
}

PExpr b_tuple_or_single(ParseCtx *ctx, PList items)
{
    if (items.items->len == 1)
        return items.first;
    return new_seq(ctx, E_TUPLE, items.sp, items.first.first, items.items);
}

/* x[i]: a lone starred index is still a tuple (x[*a] is x[(*a,)]). */
PExpr b_index(ParseCtx *ctx, PList items)
{
    if (items.items->len == 1 && items.first.n->kind != E_STARRED)
        return items.first;
    return new_seq(ctx, E_TUPLE, items.sp, items.first.first, items.items);
}

PExpr b_tuple(ParseCtx *ctx, PList items, const PTok *comma)
{
    return new_seq(ctx, E_TUPLE, span_join(items.sp, comma->sp), items.first.first, items.items);
}

/* (x) is x with its parentheses remembered; (x, y) a tuple. */
PExpr b_group(ParseCtx *ctx, const PTok *l, PList items, const PTok *r)
{
    Span sp = span_join(l->sp, r->sp);
    if (items.items->len > 1)
        return new_seq(ctx, E_TUPLE, sp, TK_LPAREN, items.items);
    PExpr e = items.first;
    if (e.n->kind == E_STARRED)
        ctx_error(ctx, e.n->line, e.n->col, "cannot use starred expression here");
    return (PExpr){e.n, sp, TK_LPAREN, true};
}

PExpr b_display(ParseCtx *ctx, NodeKind kind, const PTok *l, const PList *items, const PTok *r)
{
    return new_seq(ctx, kind, span_join(l->sp, r->sp), l->t.type, items ? items->items : NULL);
}

PDict b_dict_items(ParseCtx *ctx, const PDict *prev, PPair pair)
{
    PDict d = prev ? *prev : (PDict){ast_list(ctx->arena), ast_list(ctx->arena)};
    ast_append(ctx->arena, d.keys, pair.key);
    ast_append(ctx->arena, d.values, pair.value);
    return d;
}

PExpr b_dict(ParseCtx *ctx, const PTok *l, const PDict *items, const PTok *r)
{
    PExpr e = start_at(ctx, E_DICT, l, r->sp);
    PDict d = items ? *items : (PDict){ast_list(ctx->arena), ast_list(ctx->arena)};
    e.n->u.dict.keys = d.keys;
    e.n->u.dict.values = d.values;
    return e;
}

/* ---- comprehensions ---------------------------------------------------- */

PExpr b_comp(ParseCtx *ctx, NodeKind kind, const PTok *l, PExpr elt, const PExpr *value, NodeList *gens,
             const PTok *r)
{
    PExpr e = start_at(ctx, kind, l, r->sp);
    e.n->u.comp.elt = elt.n;
    e.n->u.comp.value = value ? value->n : NULL;
    e.n->u.comp.gens = gens;
    return e;
}

Node *b_comp_for(ParseCtx *ctx, const PTok *t, PExpr target, PExpr iter)
{
    b_check_target(ctx, target.n, TARGET_FOR);
    Node *n = start_at(ctx, E_COMPFOR, t, iter.sp).n;
    n->u.compfor.target = target.n;
    n->u.compfor.iter = iter.n;
    return n;
}

NodeList *b_comp_if(ParseCtx *ctx, NodeList *gens, PExpr cond)
{
    Node *last = gens->items[gens->len - 1];
    if (!last->u.compfor.ifs)
        last->u.compfor.ifs = ast_list(ctx->arena);
    ast_append(ctx->arena, last->u.compfor.ifs, cond.n);
    last->end_line = cond.sp.end_line;
    last->end_col = cond.sp.end_col;
    return gens;
}

/* ---- operators ------------------------------------------------------- */

PExpr b_starred(ParseCtx *ctx, const PTok *star, PExpr e)
{
    PExpr s = start_at(ctx, E_STARRED, star, e.sp);
    s.n->u.unary.operand = e.n;
    return s;
}

PExpr b_walrus(ParseCtx *ctx, PExpr target, PExpr value)
{
    if (target.parens || target.n->kind != E_NAME)
        ctx_error(ctx, target.n->line, target.n->col, "cannot use assignment expressions with %s",
                  b_expr_name(target.n));
    PExpr e = extend_from(ctx, E_WALRUS, target, value.sp);
    e.n->u.walrus.target = target.n;
    e.n->u.walrus.value = value.n;
    return e;
}

PExpr b_ifexp(ParseCtx *ctx, PExpr body, PExpr test, PExpr orelse)
{
    PExpr e = extend_from(ctx, E_IFEXP, body, orelse.sp);
    e.n->u.ifexp.body = body.n;
    e.n->u.ifexp.test = test.n;
    e.n->u.ifexp.orelse = orelse.n;
    return e;
}

PExpr b_lambda(ParseCtx *ctx, const PTok *t, const PParams *params, PExpr body)
{
    PExpr e = start_at(ctx, E_LAMBDA, t, body.sp);
    e.n->u.lambda.params = b_params_done(ctx, params ? *params : (PParams){.items = NULL});
    e.n->u.lambda.body = body.n;
    return e;
}

PExpr b_boolop(ParseCtx *ctx, PList values, BoolOpKind op)
{
    PExpr e = extend_from(ctx, E_BOOLOP, values.first, values.sp);
    e.n->op = (uint8_t)op;
    e.n->u.boolop.values = values.items;
    return e;
}

static void compare_append(ParseCtx *ctx, Node *cmp, int op, Node *right)
{
    NodeList *rest = cmp->u.cmp.rest;
    int old_cap = rest->cap;
    ast_append(ctx->arena, rest, right);
    if (rest->cap != old_cap)
        cmp->u.cmp.ops = arena_grow(ctx->arena, cmp->u.cmp.ops, (size_t)old_cap, (size_t)rest->cap);
    cmp->u.cmp.ops[rest->len - 1] = (uint8_t)op;
}

/* a < b < c is one E_COMPARE; a parenthesized comparison on the left is
 * an operand (an unparenthesized E_COMPARE can only come from the chain). */
PExpr b_compare(ParseCtx *ctx, PExpr left, int op, PExpr right)
{
    PExpr e;
    if (left.n->kind == E_COMPARE && !left.parens) {
        e = left;
        e.sp = span_join(left.sp, right.sp);
        node_set_span(e.n, e.sp);
    } else {
        e = extend_from(ctx, E_COMPARE, left, right.sp);
        e.n->u.cmp.left = left.n;
        e.n->u.cmp.rest = ast_list(ctx->arena);
    }
    compare_append(ctx, e.n, op, right.n);
    return e;
}

PExpr b_binop(ParseCtx *ctx, PExpr left, BinOp op, PExpr right)
{
    PExpr e = extend_from(ctx, E_BINOP, left, right.sp);
    e.n->op = (uint8_t)op;
    e.n->u.bin.left = left.n;
    e.n->u.bin.right = right.n;
    return e;
}

PExpr b_unary(ParseCtx *ctx, const PTok *op, UnaryOp uop, PExpr operand)
{
    if (uop == UOP_NEG && operand.n->kind == E_INT && operand.n->op == INT_NEEDS_MINUS) {
        PExpr folded = start_at(ctx, E_INT, op, operand.sp);
        folded.n->u.i = INT64_MIN;
        return folded;
    }
    PExpr e = start_at(ctx, E_UNARY, op, operand.sp);
    e.n->op = (uint8_t)uop;
    e.n->u.unary.operand = operand.n;
    return e;
}

PExpr b_await(ParseCtx *ctx, const PTok *t, PExpr operand)
{
    PExpr e = start_at(ctx, E_AWAIT, t, operand.sp);
    e.n->u.unary.operand = operand.n;
    return e;
}

/* ---- trailers ---------------------------------------------------------- */

PExpr b_attr(ParseCtx *ctx, PExpr value, const PTok *name)
{
    PExpr e = extend_from(ctx, E_ATTR, value, name->sp);
    e.n->u.attr.value = value.n;
    e.n->u.attr.name = (Ident){name->t.v.str.s, (uint32_t)name->t.v.str.len};
    return e;
}

PExpr b_call(ParseCtx *ctx, PExpr func, const PTok *l, const PArgs *args, const PTok *r)
{
    PExpr e = extend_from(ctx, E_CALL, func, r->sp);
    e.n->u.call.func = func.n;
    if (args) {
        e.n->u.call.args = args->args->len ? args->args : NULL;
        e.n->u.call.keywords = args->keywords->len ? args->keywords : NULL;
        if (args->genexp)            /* f(x for x in y): the call's parentheses are the genexp's */
            node_set_span(args->genexp, span_join(l->sp, r->sp));
    }
    return e;
}

PExpr b_subscript(ParseCtx *ctx, PExpr value, PExpr index, const PTok *r)
{
    PExpr e = extend_from(ctx, E_SUBSCRIPT, value, r->sp);
    e.n->u.sub.value = value.n;
    e.n->u.sub.index = index.n;
    return e;
}

PExpr b_slice(ParseCtx *ctx, PExpr lo, const PTok *colon1, PExpr hi, const PTok *colon2, PExpr step)
{
    Span start = lo.n ? lo.sp : colon1->sp;
    Span end = step.n ? step.sp : colon2 ? colon2->sp : hi.n ? hi.sp : colon1->sp;
    Span sp = span_join(start, end);
    PExpr e = {b_node(ctx, E_SLICE, sp), sp, lo.n ? lo.first : TK_COLON, false};
    e.n->u.slice.lo = lo.n;
    e.n->u.slice.hi = hi.n;
    e.n->u.slice.step = step.n;
    return e;
}

/* ---- call arguments -------------------------------------------------- */

PArg b_arg(ParseCtx *ctx, ArgKind kind, const PTok *star, PExpr e)
{
    if (kind == ARG_POS)
        return (PArg){kind, e.n, e.sp};
    PExpr wrapped = start_at(ctx, kind == ARG_STAR ? E_STARRED : E_KEYWORD, star, e.sp);
    if (kind == ARG_STAR)
        wrapped.n->u.unary.operand = e.n;
    else
        wrapped.n->u.kw.value = e.n;
    return (PArg){kind, wrapped.n, wrapped.sp};
}

PArg b_arg_keyword(ParseCtx *ctx, PExpr key, PExpr value)
{
    const Node *k = key.n;
    if (key.parens || k->kind != E_NAME) {
        if (!key.parens && (k->kind == E_TRUE || k->kind == E_FALSE || k->kind == E_NONE))
            ctx_error(ctx, key.sp.line, key.sp.col, "cannot assign to %s", b_expr_name(k));
        ctx_error(ctx, key.sp.line, key.sp.col, "expression cannot contain assignment, perhaps you meant \"==\"?");
    }
    PExpr e = extend_from(ctx, E_KEYWORD, key, value.sp);
    e.n->u.kw.name = k->u.name;
    e.n->u.kw.value = value.n;
    return (PArg){ARG_KW, e.n, e.sp};
}

PArg b_arg_genexp(ParseCtx *ctx, PExpr elt, NodeList *gens)
{
    Node *last = gens->items[gens->len - 1];
    PExpr e = extend_from(ctx, E_GENEXP, elt, node_span(last));
    e.n->u.comp.elt = elt.n;
    e.n->u.comp.gens = gens;
    return (PArg){ARG_GENEXP, e.n, e.sp};
}

/* Arguments in CPython's order rules: positional (and *iterable) before
 * keywords, nothing positional after **mapping. */
PArgs b_args(ParseCtx *ctx, const PArgs *prev, PArg arg)
{
    PArgs a = prev ? *prev
                   : (PArgs){ast_list(ctx->arena), ast_list(ctx->arena), NULL, 0, false, false, NULL};
    const Span *at = &arg.sp;
    switch (arg.kind) {
    case ARG_POS: case ARG_GENEXP:
        if (a.seen_dstar)
            b_error_here(ctx, "positional argument follows keyword argument unpacking");
        if (a.seen_keyword)
            b_error_here(ctx, "positional argument follows keyword argument");
        if (arg.kind == ARG_GENEXP)
            a.genexp = arg.node;
        ast_append(ctx->arena, a.args, arg.node);
        break;
    case ARG_STAR:
        if (a.seen_dstar)
            b_error_at(ctx, at, "iterable argument unpacking follows keyword argument unpacking");
        ast_append(ctx->arena, a.args, arg.node);
        break;
    case ARG_KW:
        if (!a.names)
            a.names = name_set_new(ctx);
        if (!name_set_add(ctx, a.names, arg.node->u.kw.name))
            ctx_error(ctx, at->line, at->col, "keyword argument repeated: %s", arg.node->u.kw.name.s);
        a.seen_keyword = true;
        ast_append(ctx->arena, a.keywords, arg.node);
        break;
    case ARG_DSTAR:
        a.seen_dstar = true;
        ast_append(ctx->arena, a.keywords, arg.node);
        break;
    }
    a.count++;
    return a;
}

PArgs b_args_end(ParseCtx *ctx, PArgs args, bool trailing_comma)
{
    if (args.genexp && (args.count > 1 || trailing_comma))
        ctx_error(ctx, args.genexp->line, args.genexp->col, "Generator expression must be parenthesized");
    return args;
}
