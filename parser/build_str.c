/* build_str.c - string literals: adjacent STRING, BYTES and f-string
 * tokens join into one E_STR, E_BYTES or E_FSTRING (CPython's implicit
 * concatenation), and f-string replacement fields become E_FORMATTED.
 *
 * An E_FSTRING's parts alternate like CPython's JoinedStr values: adjacent
 * literal text is merged into one E_STR and empty text is dropped. The
 * debug form f"{x = }" adds the E_STR "x = " before its field, whose
 * conversion defaults to 'r' unless a format spec is given. */
#include <string.h>

#include "build.h"
#include "grammar.h"

static Node *text_node(ParseCtx *ctx, NodeKind kind, Span sp, const char *bytes, size_t len)
{
    Node *n = b_node(ctx, kind, sp);
    n->u.str.bytes = (char *)bytes;
    n->u.str.len = len;
    return n;
}

PStr b_str_literal(ParseCtx *ctx, const PTok *t)
{
    bool bytes = t->t.type == TK_BYTES;
    PStr s = {b_one(ctx, text_node(ctx, bytes ? E_BYTES : E_STR, t->sp, t->t.v.str.s, t->t.v.str.len)),
              t->sp, bytes, !bytes, false};
    return s;
}

PStr b_fstring(ParseCtx *ctx, const PTok *start, NodeList *parts, const PTok *end)
{
    (void)ctx;
    Span sp = span_join(start->sp, end->sp);
    return (PStr){parts, sp, false, true, true};
}

PStr b_str_concat(ParseCtx *ctx, PStr a, PStr b)
{
    b_extend(ctx, a.parts, b.parts);
    a.sp = span_join(a.sp, b.sp);
    a.bytes |= b.bytes;
    a.text |= b.text;
    a.fstring |= b.fstring;
    return a;
}

/* The texts of parts[from, to) (all E_STR or E_BYTES) as one string. */
static Node *join_texts(ParseCtx *ctx, NodeList *parts, int from, int to, NodeKind kind)
{
    size_t total = 0;
    for (int i = from; i < to; i++)
        total += parts->items[i]->u.str.len;
    char *buf = arena_alloc(ctx->arena, total + 1);
    size_t at = 0;
    for (int i = from; i < to; i++) {
        memcpy(buf + at, parts->items[i]->u.str.bytes, parts->items[i]->u.str.len);
        at += parts->items[i]->u.str.len;
    }
    Span sp = span_join(node_span(parts->items[from]), node_span(parts->items[to - 1]));
    return text_node(ctx, kind, sp, buf, total);
}

static bool is_text(const Node *n)
{
    return n->kind == E_STR;
}

/* Merge runs of literal text; drop empty text. */
static NodeList *merge_parts(ParseCtx *ctx, NodeList *parts)
{
    NodeList *out = ast_list(ctx->arena);
    int i = 0;
    while (i < parts->len) {
        if (!is_text(parts->items[i])) {
            ast_append(ctx->arena, out, parts->items[i++]);
            continue;
        }
        int j = i;
        while (j < parts->len && is_text(parts->items[j]))
            j++;
        Node *text = j - i == 1 ? parts->items[i] : join_texts(ctx, parts, i, j, E_STR);
        if (text->u.str.len > 0)
            ast_append(ctx->arena, out, text);
        i = j;
    }
    return out;
}

/* Checked once the whole run of literals is known, as CPython does (so
 * the error points just past the last literal). */
PExpr b_strings(ParseCtx *ctx, PStr s)
{
    if (s.bytes && s.text)
        b_error_here(ctx, "cannot mix bytes and nonbytes literals");
    Node *n;
    if (s.fstring) {
        n = b_node(ctx, E_FSTRING, s.sp);
        n->u.fstr.parts = merge_parts(ctx, s.parts);
    } else {
        n = s.parts->len == 1 ? s.parts->items[0] : join_texts(ctx, s.parts, 0, s.parts->len, s.bytes ? E_BYTES : E_STR);
        node_set_span(n, s.sp);
    }
    return (PExpr){n, s.sp, s.fstring ? TK_FSTRING_START : TK_STRING, false};
}

NodeList *b_fpart_text(ParseCtx *ctx, NodeList *parts, const PTok *t)
{
    return b_add(ctx, parts, text_node(ctx, E_STR, t->sp, t->t.v.str.s, t->t.v.str.len));
}

NodeList *b_fpart_field(ParseCtx *ctx, NodeList *parts, const PTok *open, PExpr value, const PTok *feq,
                        const PTok *conv, Node *spec, const PTok *close)
{
    bool debug = feq->t.type == TK_FEQ;
    if (debug) {
        Span sp = span_join(value.sp, feq->sp);
        b_add(ctx, parts, text_node(ctx, E_STR, sp, feq->t.v.str.s, feq->t.v.str.len));
    }
    Node *n = b_node(ctx, E_FORMATTED, span_join(open->sp, close->sp));
    n->u.fmt.value = value.n;
    n->u.fmt.spec = spec;
    if (conv->t.type == TK_FCONV)
        n->u.fmt.conv = conv->t.v.conv;
    else if (debug && !spec)
        n->u.fmt.conv = 'r';
    return b_add(ctx, parts, n);
}

PExpr b_field_value(ParseCtx *ctx, PExpr e)
{
    b_check_not_starred(ctx, e.n);
    return e;
}

Node *b_fspec(ParseCtx *ctx, const PTok *colon, NodeList *parts)
{
    Span sp = colon->sp;
    if (parts->len > 0)
        sp = span_join(sp, node_span(parts->items[parts->len - 1]));
    Node *n = b_node(ctx, E_FSTRING, sp);
    n->u.fstr.parts = merge_parts(ctx, parts);
    return n;
}
