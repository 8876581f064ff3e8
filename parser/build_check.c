/* build_check.c - what may be assigned to or deleted, with CPython 3.11's
 * messages (the parser's invalid-target rules plus the compiler's starred
 * checks), the names CPython gives expressions in those messages, and a
 * small hash set of identifiers for duplicate detection. */
#include <string.h>

#include "build.h"
#include "grammar.h"

const char *b_expr_name(const Node *e)
{
    switch ((NodeKind)e->kind) {
    case E_ATTR: return "attribute";
    case E_SUBSCRIPT: return "subscript";
    case E_STARRED: return "starred";
    case E_NAME: return "name";
    case E_LIST: return "list";
    case E_TUPLE: return "tuple";
    case E_LAMBDA: return "lambda";
    case E_CALL: return "function call";
    case E_BOOLOP: case E_BINOP: case E_UNARY: return "expression";
    case E_GENEXP: return "generator expression";
    case E_AWAIT: return "await expression";
    case E_LISTCOMP: return "list comprehension";
    case E_SETCOMP: return "set comprehension";
    case E_DICTCOMP: return "dict comprehension";
    case E_DICT: return "dict literal";
    case E_SET: return "set display";
    case E_FSTRING: case E_FORMATTED: return "f-string expression";
    case E_NONE: return "None";
    case E_TRUE: return "True";
    case E_FALSE: return "False";
    case E_ELLIPSIS: return "ellipsis";
    case E_COMPARE: return "comparison";
    case E_IFEXP: return "conditional expression";
    case E_WALRUS: return "named expression";
    default: return "literal";
    }
}

/* CPython's _PyPegen_get_invalid_target: the first sub-expression that
 * cannot be a target, looking inside tuples, lists and starred items. */
static const Node *invalid_target(const Node *e, TargetKind kind)
{
    switch ((NodeKind)e->kind) {
    case E_LIST: case E_TUPLE:
        for (int i = 0; i < e->u.seq.elts->len; i++) {
            const Node *bad = invalid_target(e->u.seq.elts->items[i], kind);
            if (bad)
                return bad;
        }
        return NULL;
    case E_STARRED:
        return kind == TARGET_DEL ? e : invalid_target(e->u.unary.operand, kind);
    case E_COMPARE:
        /* `for a in b in c`: the target is the left side of the `in` */
        if (kind == TARGET_FOR && e->u.cmp.ops[0] == CMP_IN)
            return invalid_target(e->u.cmp.left, kind);
        return e;
    case E_NAME: case E_SUBSCRIPT: case E_ATTR:
        return NULL;
    default:
        return e;
    }
}

/* The compiler's rules for starred targets. */
static void check_starred(ParseCtx *ctx, const Node *t, bool top)
{
    if (t->kind == E_STARRED) {
        if (top)
            ctx_error(ctx, t->line, t->col, "starred assignment target must be in a list or tuple");
        check_starred(ctx, t->u.unary.operand, false);
        return;
    }
    if (t->kind != E_TUPLE && t->kind != E_LIST)
        return;
    int starred = 0;
    for (int i = 0; i < t->u.seq.elts->len; i++) {
        const Node *elt = t->u.seq.elts->items[i];
        starred += elt->kind == E_STARRED;
        check_starred(ctx, elt, false);
    }
    if (starred > 1)
        ctx_error(ctx, t->line, t->col, "multiple starred expressions in assignment");
}

void b_check_target(ParseCtx *ctx, const Node *target, TargetKind kind)
{
    const Node *bad = invalid_target(target, kind);
    if (bad)
        ctx_error(ctx, bad->line, bad->col, kind == TARGET_DEL ? "cannot delete %s" : "cannot assign to %s",
                  b_expr_name(bad));
    if (kind != TARGET_DEL)
        check_starred(ctx, target, true);
}

static const Node *leftmost_child(const Node *n)
{
    switch ((NodeKind)n->kind) {
    case E_BINOP: return n->u.bin.left;
    case E_CALL: return n->u.call.func;
    case E_ATTR: return n->u.attr.value;
    case E_SUBSCRIPT: return n->u.sub.value;
    case E_COMPARE: return n->u.cmp.left;
    case E_BOOLOP: return n->u.boolop.values->items[0];
    case E_IFEXP: return n->u.ifexp.body;
    default: return NULL;
    }
}

/* Does the expression start with a list or tuple display, a generator
 * expression, True, None or False (CPython's lookahead excluding those
 * from the "Maybe you meant '=='" message)? A parenthesized group in
 * front shows up as a child starting after its parent. */
static bool starts_with_excluded_atom(PExpr e)
{
    if (e.parens)
        return false;
    const Node *n = e.n;
    for (const Node *child; (child = leftmost_child(n)) != NULL; n = child)
        if (child->line != n->line || child->col != n->col)
            return false;
    switch ((NodeKind)n->kind) {
    case E_LIST: case E_TUPLE: case E_GENEXP: case E_TRUE: case E_NONE: case E_FALSE: return true;
    default: return false;
    }
}

/* Could CPython parse the target as a bitwise_or expression? */
static bool is_bitwise_or_level(PExpr e)
{
    if (e.parens)
        return true;
    switch ((NodeKind)e.n->kind) {
    case E_BOOLOP: case E_COMPARE: case E_IFEXP: case E_LAMBDA: case E_STARRED: case E_WALRUS: case E_TUPLE:
        return false;
    case E_UNARY:
        return e.n->op != UOP_NOT;
    default:
        return true;
    }
}

/* CPython's invalid_named_expression: `target = value` with one target,
 * both at bitwise_or level, reads like a mistyped comparison. */
static bool looks_like_comparison(PExpr target, PExpr value)
{
    return is_bitwise_or_level(target) && !starts_with_excluded_atom(target) && value.first != TK_LAMBDA &&
           value.first != TK_NOT && value.first != TK_STAR && value.first != TK_YIELD;
}

void b_check_assign(ParseCtx *ctx, PExpr target, const PExpr *single_value)
{
    const Node *bad = invalid_target(target.n, TARGET_STORE);
    if (bad && single_value && looks_like_comparison(target, *single_value))
        ctx_error(ctx, target.n->line, target.n->col, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                  b_expr_name(target.n));
    b_check_target(ctx, target.n, TARGET_STORE);
}

void b_check_not_starred(ParseCtx *ctx, const Node *e)
{
    if (e->kind == E_STARRED)
        ctx_error(ctx, e->line, e->col, "can't use starred expression here");
}

/* ---- NameSet ----------------------------------------------------------- */

struct NameSet {
    Ident *slots;
    size_t cap, count;
};

static size_t name_hash(Ident name)
{
    size_t h = 2166136261u;
    for (uint32_t i = 0; i < name.len; i++)
        h = (h ^ (unsigned char)name.s[i]) * 16777619u;
    return h;
}

static Ident *find_slot(Ident *slots, size_t cap, Ident name)
{
    size_t i = name_hash(name) & (cap - 1);
    while (slots[i].s && !(slots[i].len == name.len && memcmp(slots[i].s, name.s, name.len) == 0))
        i = (i + 1) & (cap - 1);
    return &slots[i];
}

NameSet *name_set_new(ParseCtx *ctx)
{
    NameSet *set = arena_alloc(ctx->arena, sizeof *set);
    set->cap = 16;
    set->slots = arena_alloc(ctx->arena, set->cap * sizeof *set->slots);
    return set;
}

static void grow(ParseCtx *ctx, NameSet *set)
{
    size_t cap = set->cap * 2;
    Ident *slots = arena_alloc(ctx->arena, cap * sizeof *slots);
    for (size_t i = 0; i < set->cap; i++)
        if (set->slots[i].s)
            *find_slot(slots, cap, set->slots[i]) = set->slots[i];
    set->slots = slots;
    set->cap = cap;
}

bool name_set_add(ParseCtx *ctx, NameSet *set, Ident name)
{
    if ((set->count + 1) * 2 > set->cap)
        grow(ctx, set);
    Ident *slot = find_slot(set->slots, set->cap, name);
    if (slot->s)
        return false;
    *slot = name;
    set->count++;
    return true;
}
