/* build_params.c - def and lambda parameter lists. Parameters and the
 * markers `/` and bare `*` are checked one by one as they are parsed, with
 * CPython's rules and messages; b_params_done() then drops the markers,
 * rejects duplicate names and leaves every N_PARAM with its ParamKind. */
#include "build.h"

static Node *param_node(ParseCtx *ctx, Span sp, ParamKind kind)
{
    Node *n = b_node(ctx, N_PARAM, sp);
    n->u.param.kind = (uint8_t)kind;
    return n;
}

static bool is_marker(const Node *p)
{
    return p->u.param.name.s == NULL;
}

Node *b_param_name(ParseCtx *ctx, const PTok *name, const PExpr *annotation)
{
    Node *n = param_node(ctx, annotation ? span_join(name->sp, annotation->sp) : name->sp, PARAM_NORMAL);
    n->u.param.name = (Ident){name->t.v.str.s, (uint32_t)name->t.v.str.len};
    n->u.param.annotation = annotation ? annotation->n : NULL;
    return n;
}

Node *b_param_default(ParseCtx *ctx, Node *param, PExpr def)
{
    (void)ctx;
    param->u.param.default_ = def.n;
    return param;
}

PParam b_param(Node *param)
{
    return (PParam){param, node_span(param)};
}

/* *args / **kwargs (param given) or a bare `*` (param NULL). */
PParam b_param_star(ParseCtx *ctx, const PTok *star, ParamKind kind, Node *param)
{
    if (!param)
        return (PParam){param_node(ctx, star->sp, PARAM_VARARGS), star->sp};
    param->u.param.kind = (uint8_t)kind;
    return (PParam){param, star->sp};
}

PParam b_param_slash(ParseCtx *ctx, const PTok *slash)
{
    return (PParam){param_node(ctx, slash->sp, PARAM_POSONLY), slash->sp};
}

static _Noreturn void param_error(ParseCtx *ctx, Span at, const char *msg)
{
    b_error_at(ctx, &at, msg);
}

static void add_slash(ParseCtx *ctx, PParams *ps, const PParam *p)
{
    if (ps->slash)
        param_error(ctx, p->at, "/ may appear only once");
    if (ps->star)
        param_error(ctx, p->at, "/ must be ahead of *");
    if (ps->positional == 0)
        param_error(ctx, p->at, "at least one argument must precede /");
    ps->slash = true;
}

static void add_star(ParseCtx *ctx, PParams *ps, const PParam *p)
{
    if (ps->star)
        param_error(ctx, p->at, "* argument may appear only once");
    ps->star = true;
    if (is_marker(p->node))
        ps->bare_star = p->node;
}

static void add_named(ParseCtx *ctx, PParams *ps, const PParam *p)
{
    Node *n = p->node;
    if (ps->star) {
        n->u.param.kind = PARAM_KWONLY;
        ps->bare_star = NULL;
        return;
    }
    ps->positional++;
    if (n->u.param.default_)
        ps->default_seen = true;
    else if (ps->default_seen)
        param_error(ctx, p->at, "non-default argument follows default argument");
}

PParams b_params(ParseCtx *ctx, const PParams *prev, const PParam *p)
{
    PParams ps = prev ? *prev : (PParams){.items = ast_list(ctx->arena)};
    if (!p)
        return ps;
    if (ps.varkw)
        param_error(ctx, p->at, "arguments cannot follow var-keyword argument");
    switch ((ParamKind)p->node->u.param.kind) {
    case PARAM_POSONLY: add_slash(ctx, &ps, p); break;
    case PARAM_VARARGS: add_star(ctx, &ps, p); break;
    case PARAM_VARKW:
        if (ps.bare_star)
            param_error(ctx, node_span(ps.bare_star), "named arguments must follow bare *");
        ps.varkw = true;
        break;
    default: add_named(ctx, &ps, p); break;
    }
    ast_append(ctx->arena, ps.items, p->node);
    return ps;
}

/* The final list: markers dropped, parameters before `/` positional-only. */
NodeList *b_params_done(ParseCtx *ctx, PParams ps)
{
    NodeList *out = ast_list(ctx->arena);
    if (!ps.items)
        return out;
    if (ps.bare_star)
        param_error(ctx, node_span(ps.bare_star), "named arguments must follow bare *");
    NameSet *names = name_set_new(ctx);
    for (int i = 0; i < ps.items->len; i++) {
        Node *p = ps.items->items[i];
        if (is_marker(p)) {
            if (p->u.param.kind == PARAM_POSONLY)
                for (int j = 0; j < out->len; j++)
                    out->items[j]->u.param.kind = PARAM_POSONLY;
            continue;
        }
        if (!name_set_add(ctx, names, p->u.param.name))
            ctx_error(ctx, p->line, p->col, "duplicate argument '%s' in function definition", p->u.param.name.s);
        ast_append(ctx->arena, out, p);
    }
    return out;
}
