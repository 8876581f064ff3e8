/* ast_dump.c - ast_dump(): one node per line, indented two spaces per
 * level, as `field: KIND details @line:col-end_line:end_col`.
 *
 * Details are the salient scalar fields (names, literal values, operator
 * names as in Python's ast module). Positions are left out for nodes whose
 * CPython counterpart has none worth comparing (comprehension clauses,
 * with-items, and the parts and specs of f-strings), so the output can be
 * checked against CPython by tests/front/gen_expected.py. */
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "ast.h"
#include "ast_walk.h"

/* Far beyond what the parser accepts; only guards hand-built trees. */
#define DUMP_MAX_DEPTH 5000

typedef struct Dump {
    void (*write)(void *ud, const char *s, size_t n);
    void *ud;
    int depth;
    bool in_fstring;       /* children are parts of an f-string */
} Dump;

static void put(Dump *d, const char *s)
{
    d->write(d->ud, s, strlen(s));
}

static void putf(Dump *d, const char *fmt, ...)
{
    char buf[128];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n > 0)
        d->write(d->ud, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
}

/* Printable ASCII as is (with \" and \\), \n \r \t, other bytes below 0x20
 * and 0x7F as \xNN; bytes from 0x80 raw in str (UTF-8), \xNN in bytes. */
static void put_quoted(Dump *d, const char *s, size_t len, bool bytes)
{
    put(d, bytes ? "b\"" : "\"");
    size_t run = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        bool plain = (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') || (c >= 0x80 && !bytes);
        if (plain)
            continue;
        d->write(d->ud, s + run, i - run);
        run = i + 1;
        switch (c) {
        case '"': put(d, "\\\""); break;
        case '\\': put(d, "\\\\"); break;
        case '\n': put(d, "\\n"); break;
        case '\r': put(d, "\\r"); break;
        case '\t': put(d, "\\t"); break;
        default: putf(d, "\\x%02x", c); break;
        }
    }
    d->write(d->ud, s + run, len - run);
    put(d, "\"");
}

static void put_ident(Dump *d, Ident id)
{
    put(d, " ");
    if (id.s)
        d->write(d->ud, id.s, id.len);
    else
        put(d, "-");
}

static const char *binop_name(unsigned op)
{
    static const char *const names[BINOP_COUNT] = {
        "Add", "Sub", "Mult", "Div", "FloorDiv", "Mod", "Pow",
        "LShift", "RShift", "BitAnd", "BitOr", "BitXor", "MatMult",
    };
    return op < BINOP_COUNT ? names[op] : "?";
}

static const char *unaryop_name(unsigned op)
{
    static const char *const names[] = {"USub", "UAdd", "Invert", "Not"};
    return op < 4 ? names[op] : "?";
}

static const char *cmpop_name(unsigned op)
{
    static const char *const names[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
    return op < 10 ? names[op] : "?";
}

static const char *param_kind_name(unsigned kind)
{
    static const char *const names[] = {"POSONLY", "NORMAL", "VARARGS", "KWONLY", "VARKW"};
    return kind < 5 ? names[kind] : "?";
}

static void put_names(Dump *d, const NodeList *names)
{
    for (int i = 0; names && i < names->len; i++)
        put_ident(d, names->items[i]->u.name);
}

static void put_details(Dump *d, const Node *n)
{
    switch ((NodeKind)n->kind) {
    case E_NAME: put_ident(d, n->u.name); break;
    case E_INT: putf(d, " %" PRId64, n->u.i); break;
    case E_FLOAT: putf(d, " %.17g", n->u.f); break;
    case E_STR: case E_BYTES:
        put(d, " ");
        put_quoted(d, n->u.str.bytes, n->u.str.len, n->kind == E_BYTES);
        break;
    case E_FORMATTED: if (n->u.fmt.conv) putf(d, " conv=%c", n->u.fmt.conv); break;
    case E_BINOP: case S_AUGASSIGN: putf(d, " %s", binop_name(n->op)); break;
    case E_UNARY: putf(d, " %s", unaryop_name(n->op)); break;
    case E_BOOLOP: put(d, n->op == BOOL_AND ? " And" : " Or"); break;
    case E_COMPARE:
        for (int i = 0; i < n->u.cmp.rest->len; i++)
            putf(d, " %s", cmpop_name(n->u.cmp.ops[i]));
        break;
    case E_ATTR: put_ident(d, n->u.attr.name); break;
    case E_KEYWORD: if (n->u.kw.name.s) put_ident(d, n->u.kw.name); else put(d, " **"); break;
    case S_FUNCDEF: put_ident(d, n->u.func.name); if (n->u.func.is_async) put(d, " async"); break;
    case S_CLASSDEF: put_ident(d, n->u.cls.name); break;
    case S_GLOBAL: case S_NONLOCAL: put_names(d, n->u.names.names); break;
    case S_HANDLER: if (n->u.handler.name.s) { put(d, " as"); put_ident(d, n->u.handler.name); } break;
    case S_IMPORTFROM:
        put(d, " module=");
        if (n->u.import.module.s) d->write(d->ud, n->u.import.module.s, n->u.import.module.len);
        else put(d, "-");
        putf(d, " level=%d", n->u.import.level);
        break;
    case S_ALIAS:
        put_ident(d, n->u.alias.name);
        if (n->u.alias.asname.s) { put(d, " as"); put_ident(d, n->u.alias.asname); }
        break;
    case S_WITH: if (n->u.with.is_async) put(d, " async"); break;
    case N_PARAM:
        put_ident(d, n->u.param.name);
        putf(d, " %s", param_kind_name(n->u.param.kind));
        break;
    default: break;
    }
}

static bool has_position(const Dump *d, const Node *n)
{
    return !d->in_fstring && n->kind != E_COMPFOR && n->kind != S_WITHITEM;
}

static void dump_node(Dump *d, const char *field, int index, const Node *n);

static void dump_child(void *ud, const char *field, int index, const Node *child)
{
    dump_node(ud, field, index, child);
}

static void dump_node(Dump *d, const char *field, int index, const Node *n)
{
    for (int i = 0; i < d->depth; i++)
        put(d, "  ");
    put(d, field);
    if (index >= 0)
        putf(d, "[%d]", index);
    put(d, ": ");
    if (!n) {
        put(d, "-\n");
        return;
    }
    put(d, ast_kind_name((NodeKind)n->kind));
    put_details(d, n);
    if (has_position(d, n))
        putf(d, " @%d:%d-%d:%d", n->line, n->col, n->end_line, n->end_col);
    put(d, "\n");
    if (d->depth >= DUMP_MAX_DEPTH) {
        put(d, "...\n");
        return;
    }
    bool saved = d->in_fstring;
    /* The parts of an f-string and its spec have no positions; anything
     * inside a replacement field has them again. */
    d->in_fstring = n->kind == E_FSTRING;
    d->depth++;
    if (n->kind == E_FORMATTED) {
        d->in_fstring = false;
        dump_node(d, "value", -1, n->u.fmt.value);
        d->in_fstring = true;
        if (n->u.fmt.spec)
            dump_node(d, "spec", -1, n->u.fmt.spec);
    } else {
        ast_children(n, dump_child, d);
    }
    d->depth--;
    d->in_fstring = saved;
}

void ast_dump(const NodeList *module, void (*write)(void *ud, const char *s, size_t n), void *ud)
{
    Dump d = {.write = write, .ud = ud};
    for (int i = 0; module && i < module->len; i++)
        dump_node(&d, "body", i, module->items[i]);
}
