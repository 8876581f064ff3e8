/* ast.h - the abstract syntax tree the parser builds and the compiler reads.
 *
 * Every node lives in one Arena owned by the parse result, so freeing a tree,
 * a half-built tree after a syntax error, or a REPL buffer abandoned mid-parse
 * is one arena_free(): no node ever needs its own destructor.
 *
 * Positions are 1-based; columns count code points, not bytes. */
#ifndef ASTER_AST_H
#define ASTER_AST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "operators.h"

typedef struct Node Node;

/* A growable array of nodes, allocated in the arena. */
typedef struct NodeList {
    Node **items;
    int len, cap;
} NodeList;

/* An identifier: NUL-terminated UTF-8 bytes in the arena. */
typedef struct Ident {
    const char *s;
    uint32_t len;
} Ident;

typedef enum NodeKind {
    /* ---- expressions ---- */
    E_NAME,       /* name */
    E_NONE, E_TRUE, E_FALSE, E_ELLIPSIS,
    E_INT,        /* i */
    E_FLOAT,      /* f */
    E_STR,        /* str: decoded UTF-8 (may contain NUL bytes) */
    E_BYTES,      /* str: raw bytes of a b'...' literal */
    E_FSTRING,    /* fstr.parts: E_STR and E_FORMATTED nodes, in order */
    E_FORMATTED,  /* fmt: one {value!conv:spec} replacement field */
    E_LIST, E_TUPLE, E_SET, /* seq.elts; elements may be E_STARRED */
    E_DICT,       /* dict.keys / dict.values; a NULL key means **value */
    E_LISTCOMP, E_SETCOMP, E_GENEXP, /* comp.elt, comp.gens */
    E_DICTCOMP,   /* comp.elt (key), comp.value, comp.gens */
    E_COMPFOR,    /* compfor: one `for target in iter if ... if ...` clause */
    E_ATTR,       /* attr.value . attr.name */
    E_SUBSCRIPT,  /* sub.value [ sub.index ]; index may be E_SLICE or E_TUPLE */
    E_SLICE,      /* slice.lo : slice.hi : slice.step (each may be NULL) */
    E_CALL,       /* call.func ( call.args (E_STARRED allowed), call.keywords (E_KEYWORD) ) */
    E_KEYWORD,    /* kw.name = kw.value; kw.name.s == NULL means **value */
    E_BINOP,      /* bin.left op bin.right; op is a BinOp */
    E_UNARY,      /* op unary.operand; op is a UnaryOp */
    E_BOOLOP,     /* boolop.values joined by op (BOOL_AND / BOOL_OR), at least 2 */
    E_COMPARE,    /* cmp.left, then cmp.ops[i] cmp.rest->items[i] for each i */
    E_IFEXP,      /* ifexp.body if ifexp.test else ifexp.orelse */
    E_LAMBDA,     /* lambda.params : lambda.body */
    E_AWAIT,      /* await unary.operand */
    E_STARRED,    /* *unary.operand (in calls, displays, assignment targets) */
    E_WALRUS,     /* walrus.target := walrus.value  (target is an E_NAME) */

    /* ---- statements ---- */
    S_EXPR,       /* expr.value */
    S_ASSIGN,     /* assign.targets (len >= 1, a = b = v) = assign.value */
    S_AUGASSIGN,  /* aug.target op= aug.value; op is a BinOp */
    S_ANNASSIGN,  /* ann.target : ann.annotation [= ann.value (may be NULL)] */
    S_IF,         /* ifs.test, ifs.body, ifs.orelse (NULL, or a list; elif is a nested S_IF) */
    S_WHILE,      /* loop.test, loop.body, loop.orelse */
    S_FOR,        /* loop.target, loop.iter, loop.body, loop.orelse */
    S_BREAK, S_CONTINUE, S_PASS,
    S_FUNCDEF,    /* func: name, params, body, is_async, returns (annotation, may be NULL) */
    S_CLASSDEF,   /* cls: name, bases (E_* list, may be empty), keywords, body */
    S_RETURN,     /* ret.value (may be NULL) */
    S_GLOBAL, S_NONLOCAL, /* names.names: list of E_NAME */
    S_DEL,        /* del.targets */
    S_ASSERT,     /* assert_.test, assert_.msg (may be NULL) */
    S_TRY,        /* try_: body, handlers (S_HANDLER list), orelse, finalbody (each may be NULL) */
    S_HANDLER,    /* handler: type (NULL for bare except), name (s == NULL if none), body */
    S_RAISE,      /* raise: exc (may be NULL), cause (may be NULL) */
    S_IMPORT,     /* import: names (S_ALIAS list) */
    S_IMPORTFROM, /* import: module (dotted), level (leading dots), names (S_ALIAS list, or one alias named "*") */
    S_ALIAS,      /* alias: name (dotted, e.g. "a.b"), asname (s == NULL if none) */
    S_WITH,       /* with: items (S_WITHITEM list), body, is_async */
    S_WITHITEM,   /* withitem: context, target (may be NULL) */

    /* ---- other ---- */
    N_PARAM,      /* param: name, kind, default_ (may be NULL), annotation (may be NULL) */

    NODE_KIND_COUNT
} NodeKind;

typedef enum ParamKind {
    PARAM_POSONLY,   /* before a '/' */
    PARAM_NORMAL,    /* positional or keyword */
    PARAM_VARARGS,   /* *args */
    PARAM_KWONLY,    /* after *args or a bare '*' */
    PARAM_VARKW      /* **kwargs */
} ParamKind;

/* Node.op of an E_INT holding 2**63 as INT64_MIN: valid only under a unary
 * minus, which the parser folds away; the compiler rejects it otherwise. */
#define INT_NEEDS_MINUS 1

struct Node {
    uint8_t kind;      /* NodeKind */
    uint8_t op;        /* BinOp / UnaryOp / BoolOpKind, when the kind has one; INT_NEEDS_MINUS */
    int line, col;     /* where the construct starts */
    int end_line, end_col; /* where it ends (exclusive column); 0 if unknown */
    union {
        Ident name;                                        /* E_NAME */
        int64_t i;                                         /* E_INT */
        double f;                                          /* E_FLOAT */
        struct { char *bytes; size_t len; } str;           /* E_STR, E_BYTES */
        struct { NodeList *parts; } fstr;                  /* E_FSTRING */
        struct { Node *value; char conv; Node *spec; } fmt; /* E_FORMATTED: conv 0,'r','s','a'; spec is E_FSTRING or NULL */
        struct { NodeList *elts; } seq;                    /* E_LIST E_TUPLE E_SET */
        struct { NodeList *keys, *values; } dict;          /* E_DICT */
        struct { Node *elt, *value; NodeList *gens; } comp;/* comprehensions */
        struct { Node *target, *iter; NodeList *ifs; } compfor; /* E_COMPFOR; ifs may be NULL */
        struct { Node *value; Ident name; } attr;          /* E_ATTR */
        struct { Node *value, *index; } sub;               /* E_SUBSCRIPT */
        struct { Node *lo, *hi, *step; } slice;            /* E_SLICE */
        struct { Node *func; NodeList *args, *keywords; } call; /* E_CALL; lists may be NULL */
        struct { Ident name; Node *value; } kw;            /* E_KEYWORD */
        struct { Node *left, *right; } bin;                /* E_BINOP */
        struct { Node *operand; } unary;                   /* E_UNARY E_AWAIT E_STARRED */
        struct { NodeList *values; } boolop;               /* E_BOOLOP */
        struct { Node *left; NodeList *rest; uint8_t *ops; } cmp; /* E_COMPARE: ops[i] is a CmpOp */
        struct { Node *test, *body, *orelse; } ifexp;      /* E_IFEXP */
        struct { NodeList *params; Node *body; } lambda;   /* E_LAMBDA: params are N_PARAM */
        struct { Node *target, *value; } walrus;           /* E_WALRUS */

        struct { Node *value; } expr;                      /* S_EXPR */
        struct { NodeList *targets; Node *value; } assign; /* S_ASSIGN */
        struct { Node *target, *value; } aug;              /* S_AUGASSIGN */
        struct { Node *target, *annotation, *value; } ann; /* S_ANNASSIGN */
        struct { Node *test; NodeList *body, *orelse; } ifs; /* S_IF */
        struct { Node *test, *target, *iter; NodeList *body, *orelse; } loop; /* S_WHILE S_FOR */
        struct { Ident name; NodeList *params; NodeList *body; Node *returns; bool is_async; } func; /* S_FUNCDEF */
        struct { Ident name; NodeList *bases, *keywords, *body; } cls; /* S_CLASSDEF */
        struct { Node *value; } ret;                       /* S_RETURN */
        struct { NodeList *names; } names;                 /* S_GLOBAL S_NONLOCAL */
        struct { NodeList *targets; } del;                 /* S_DEL */
        struct { Node *test, *msg; } assert_;              /* S_ASSERT */
        struct { NodeList *body, *handlers, *orelse, *finalbody; } try_; /* S_TRY */
        struct { Node *type; Ident name; NodeList *body; } handler;      /* S_HANDLER */
        struct { Node *exc, *cause; } raise;               /* S_RAISE */
        struct { Ident module; int level; NodeList *names; } import;     /* S_IMPORT S_IMPORTFROM */
        struct { Ident name, asname; } alias;              /* S_ALIAS */
        struct { NodeList *items, *body; bool is_async; } with;          /* S_WITH */
        struct { Node *context, *target; } withitem;       /* S_WITHITEM */
        struct { Ident name; uint8_t kind; Node *default_, *annotation; } param; /* N_PARAM: kind is a ParamKind */
    } u;
};

/* Constructors: all allocate from the arena and cannot fail (the arena
 * aborts the parse through its out-of-memory hook). */
Node *ast_node(Arena *a, NodeKind kind, int line, int col);
NodeList *ast_list(Arena *a);
void ast_append(Arena *a, NodeList *list, Node *n);
Ident ast_ident(Arena *a, const char *s, size_t len);

/* Human-readable dump of a tree, one node per line, for tests and debugging. */
void ast_dump(const NodeList *module, void (*write)(void *ud, const char *s, size_t n), void *ud);

const char *ast_kind_name(NodeKind kind);

#endif
