/* scope.c - builds the scope tree and resolves every name, in two passes:
 * collect (what each scope binds, reads and declares) and resolve
 * (top-down, so enclosing scopes are final before inner ones look at them).
 * A variable an inner function reads becomes a cell in the scope that binds
 * it and a free variable in every function in between, as in Python. */
#include <stdio.h>
#include <string.h>

#include "scope.h"

typedef struct Collector {
    Arena *arena;
    CompileError *err;
    jmp_buf fail;
} Collector;

static _Noreturn void scope_error(Collector *c, int line, int col, const char *fmt, const char *name) {
    c->err->line = line;
    c->err->col = col;
    snprintf(c->err->msg, sizeof c->err->msg, fmt, name);
    longjmp(c->fail, 1);
}

/* ------------------------------------------------------------ symbols */

static uint32_t name_hash(const char *s) {
    uint32_t h = 2166136261u;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

Symbol *scope_lookup(Scope *s, const char *name) {
    if (!s->capsyms) return NULL;
    uint32_t mask = (uint32_t)s->capsyms - 1;
    for (uint32_t i = name_hash(name) & mask;; i = (i + 1) & mask) {
        Symbol *sym = s->syms[i];
        if (!sym) return NULL;
        if (strcmp(sym->name.s, name) == 0) return sym;
    }
}

static void grow_symbols(Arena *a, Scope *s) {
    int ncap = s->capsyms ? s->capsyms * 2 : 16;
    Symbol **slots = arena_alloc(a, (size_t)ncap * sizeof(Symbol *));
    for (int i = 0; i < s->capsyms; i++) {
        Symbol *sym = s->syms[i];
        if (!sym) continue;
        uint32_t j = name_hash(sym->name.s) & (uint32_t)(ncap - 1);
        while (slots[j]) j = (j + 1) & (uint32_t)(ncap - 1);
        slots[j] = sym;
    }
    s->syms = slots;
    s->capsyms = ncap;
}

#define PUSH(a, arr, n, cap, item)                                                    \
    do {                                                                              \
        if ((n) == (cap)) {                                                           \
            int nc_ = (cap) ? (cap) * 2 : 8;                                          \
            (arr) = arena_grow((a), (arr), (size_t)(cap) * sizeof *(arr), (size_t)nc_ * sizeof *(arr)); \
            (cap) = nc_;                                                              \
        }                                                                             \
        (arr)[(n)++] = (item);                                                        \
    } while (0)

static Symbol *add_symbol(Arena *a, Scope *s, Ident name, int line, int col) {
    Symbol *sym = scope_lookup(s, name.s);
    if (sym) return sym;
    if ((s->nsyms + 1) * 2 > s->capsyms) grow_symbols(a, s);
    sym = arena_alloc(a, sizeof *sym);
    sym->name = name;
    sym->reg = -1;
    sym->free_index = -1;
    sym->line = line;
    sym->col = col;
    uint32_t mask = (uint32_t)s->capsyms - 1;
    uint32_t i = name_hash(name.s) & mask;
    while (s->syms[i]) i = (i + 1) & mask;
    s->syms[i] = sym;
    s->nsyms++;
    PUSH(a, s->order, s->norder, s->caporder, sym);
    return sym;
}

static Ident ident_of(Arena *a, const char *s) { return ast_ident(a, s, strlen(s)); }

/* ------------------------------------------------------------- scopes */

static Scope *new_scope(Collector *c, ScopeKind kind, Node *node, Scope *parent, const char *name) {
    Scope *s = arena_alloc(c->arena, sizeof *s);
    s->kind = kind;
    s->node = node;
    s->parent = parent;
    if (parent) {
        PUSH(c->arena, parent->children, parent->nchildren, parent->capchildren, s);
        const char *pq = parent->qualname;
        bool nested_in_function = parent->kind == SCOPE_FUNCTION;
        size_t n = (pq ? strlen(pq) : 0) + strlen(name) + 16;
        char *q = arena_alloc(c->arena, n);
        if (!pq || parent->kind == SCOPE_MODULE) snprintf(q, n, "%s", name);
        else snprintf(q, n, "%s.%s%s", pq, nested_in_function ? "<locals>." : "", name);
        s->qualname = q;
    }
    return s;
}

Scope *scope_child(Scope *s, const Node *node) {
    for (int i = 0; i < s->nchildren; i++)
        if (s->children[i]->node == node) return s->children[i];
    return NULL;
}

Scope *scope_frame_owner(Scope *s) {
    while (s->kind == SCOPE_COMPREHENSION) s = s->parent;
    return s;
}

/* ------------------------------------------------------------ collect */

Ident scope_mangle(Arena *a, const Scope *s, Ident name) {
    if (name.len < 3 || name.s[0] != '_' || name.s[1] != '_') return name;
    if (name.s[name.len - 1] == '_' && name.s[name.len - 2] == '_') return name;
    while (s && s->kind != SCOPE_CLASS) s = s->parent;
    if (!s) return name;
    const char *cls = s->node->u.cls.name.s;
    while (*cls == '_') cls++;
    size_t clen = strlen(cls);
    if (!clen) return name;
    char *m = arena_alloc(a, 1 + clen + name.len + 1);
    m[0] = '_';
    memcpy(m + 1, cls, clen);
    memcpy(m + 1 + clen, name.s, name.len);
    m[1 + clen + name.len] = 0;
    return (Ident){m, (uint32_t)(1 + clen + name.len)};
}

/* Names written in a class are mangled in the tree itself, so the code
 * generator sees the private names as they are. */
static void mangle(Collector *c, Scope *s, Ident *name) { *name = scope_mangle(c->arena, s, *name); }

static void visit_expr(Collector *c, Scope *s, Node *e);
static void visit_stmts(Collector *c, Scope *s, NodeList *l);

static void use_name(Collector *c, Scope *s, Node *n) {
    Symbol *sym = add_symbol(c->arena, s, n->u.name, n->line, n->col);
    sym->flags |= SF_USED;
}

static void bind_name(Collector *c, Scope *s, Ident name, int line, int col) {
    Symbol *sym = add_symbol(c->arena, s, name, line, col);
    if ((sym->flags & SF_GLOBAL) == 0 && (sym->flags & SF_NONLOCAL) == 0) sym->flags |= SF_BOUND;
}

static void visit_list(Collector *c, Scope *s, NodeList *l) {
    if (!l) return;
    for (int i = 0; i < l->len; i++) visit_expr(c, s, l->items[i]);
}

static void bind_target(Collector *c, Scope *s, Node *t) {
    switch (t->kind) {
    case E_NAME:
        mangle(c, s, &t->u.name);
        bind_name(c, s, t->u.name, t->line, t->col);
        break;
    case E_TUPLE: case E_LIST:
        for (int i = 0; i < t->u.seq.elts->len; i++) bind_target(c, s, t->u.seq.elts->items[i]);
        break;
    case E_STARRED: bind_target(c, s, t->u.unary.operand); break;
    default: visit_expr(c, s, t); break;   /* attribute / subscript: their parts are reads */
    }
}

static void visit_params(Collector *c, Scope *outer, Scope *inner, NodeList *params) {
    if (!params) return;
    for (int i = 0; i < params->len; i++) {
        Node *p = params->items[i];
        if (p->u.param.default_) visit_expr(c, outer, p->u.param.default_);
        mangle(c, outer, &p->u.param.name);
        Symbol *sym = add_symbol(c->arena, inner, p->u.param.name, p->line, p->col);
        sym->flags |= SF_PARAM | SF_BOUND;
    }
}

static void visit_comprehension(Collector *c, Scope *s, Node *e, const char *name) {
    NodeList *gens = e->u.comp.gens;
    Node *first = gens->items[0];
    visit_expr(c, s, first->u.compfor.iter);   /* evaluated in the enclosing scope */
    Scope *cs = new_scope(c, SCOPE_COMPREHENSION, e, s, name);
    cs->is_async = false;
    for (int i = 0; i < gens->len; i++) {
        Node *g = gens->items[i];
        if (i > 0) visit_expr(c, cs, g->u.compfor.iter);
        bind_target(c, cs, g->u.compfor.target);
        visit_list(c, cs, g->u.compfor.ifs);
    }
    visit_expr(c, cs, e->u.comp.elt);
    if (e->u.comp.value) visit_expr(c, cs, e->u.comp.value);
}

static void visit_function(Collector *c, Scope *s, Node *n, NodeList *params, const char *name, bool is_async) {
    Scope *fs = new_scope(c, SCOPE_FUNCTION, n, s, name);
    fs->is_async = is_async;
    visit_params(c, s, fs, params);
    if (n->kind == E_LAMBDA) visit_expr(c, fs, n->u.lambda.body);
    else visit_stmts(c, fs, n->u.func.body);
}

static void visit_expr(Collector *c, Scope *s, Node *e) {
    if (!e) return;
    switch ((NodeKind)e->kind) {
    case E_NAME:
        mangle(c, s, &e->u.name);
        use_name(c, s, e);
        if (strcmp(e->u.name.s, "super") == 0 && s->kind != SCOPE_CLASS) {
            Symbol *sym = add_symbol(c->arena, s, ident_of(c->arena, "__class__"), e->line, e->col);
            sym->flags |= SF_USED;
        }
        break;
    case E_FSTRING: visit_list(c, s, e->u.fstr.parts); break;
    case E_FORMATTED: visit_expr(c, s, e->u.fmt.value); visit_expr(c, s, e->u.fmt.spec); break;
    case E_LIST: case E_TUPLE: case E_SET: visit_list(c, s, e->u.seq.elts); break;
    case E_DICT: visit_list(c, s, e->u.dict.keys); visit_list(c, s, e->u.dict.values); break;
    case E_LISTCOMP: visit_comprehension(c, s, e, "<listcomp>"); break;
    case E_SETCOMP: visit_comprehension(c, s, e, "<setcomp>"); break;
    case E_GENEXP: visit_comprehension(c, s, e, "<genexpr>"); break;
    case E_DICTCOMP: visit_comprehension(c, s, e, "<dictcomp>"); break;
    case E_ATTR:
        mangle(c, s, &e->u.attr.name);
        visit_expr(c, s, e->u.attr.value);
        break;
    case E_SUBSCRIPT: visit_expr(c, s, e->u.sub.value); visit_expr(c, s, e->u.sub.index); break;
    case E_SLICE:
        visit_expr(c, s, e->u.slice.lo);
        visit_expr(c, s, e->u.slice.hi);
        visit_expr(c, s, e->u.slice.step);
        break;
    case E_CALL:
        visit_expr(c, s, e->u.call.func);
        visit_list(c, s, e->u.call.args);
        visit_list(c, s, e->u.call.keywords);
        break;
    case E_KEYWORD: visit_expr(c, s, e->u.kw.value); break;
    case E_BINOP: visit_expr(c, s, e->u.bin.left); visit_expr(c, s, e->u.bin.right); break;
    case E_UNARY: case E_AWAIT: case E_STARRED: visit_expr(c, s, e->u.unary.operand); break;
    case E_BOOLOP: visit_list(c, s, e->u.boolop.values); break;
    case E_COMPARE: visit_expr(c, s, e->u.cmp.left); visit_list(c, s, e->u.cmp.rest); break;
    case E_IFEXP:
        visit_expr(c, s, e->u.ifexp.test);
        visit_expr(c, s, e->u.ifexp.body);
        visit_expr(c, s, e->u.ifexp.orelse);
        break;
    case E_LAMBDA: visit_function(c, s, e, e->u.lambda.params, "<lambda>", false); break;
    case E_WALRUS: {
        Scope *target = s;
        while (target->kind == SCOPE_COMPREHENSION) target = target->parent;
        if (target != s && target->kind == SCOPE_CLASS)
            scope_error(c, e->line, e->col, "assignment expression within a comprehension cannot be used in a class body%s", "");
        visit_expr(c, s, e->u.walrus.value);
        mangle(c, s, &e->u.walrus.target->u.name);
        bind_name(c, target, e->u.walrus.target->u.name, e->line, e->col);
        if (target != s) use_name(c, s, e->u.walrus.target);
        break;
    }
    default: break;
    }
}

static void declare(Collector *c, Scope *s, Node *stmt, bool global) {
    const char *what = global ? "global" : "nonlocal";
    if (!global && s->kind == SCOPE_MODULE)
        scope_error(c, stmt->line, stmt->col, "nonlocal declaration not allowed at module level%s", "");
    NodeList *names = stmt->u.names.names;
    for (int i = 0; i < names->len; i++) {
        Node *n = names->items[i];
        mangle(c, s, &n->u.name);
        Symbol *sym = scope_lookup(s, n->u.name.s);
        char fmt[128];
        if (sym && (sym->flags & SF_PARAM)) {
            snprintf(fmt, sizeof fmt, "name '%%s' is parameter and %s", what);
            scope_error(c, n->line, n->col, fmt, n->u.name.s);
        }
        if (sym && (sym->flags & SF_BOUND)) {
            snprintf(fmt, sizeof fmt, "name '%%s' is assigned to before %s declaration", what);
            scope_error(c, n->line, n->col, fmt, n->u.name.s);
        }
        if (sym && (sym->flags & SF_USED)) {
            snprintf(fmt, sizeof fmt, "name '%%s' is used prior to %s declaration", what);
            scope_error(c, n->line, n->col, fmt, n->u.name.s);
        }
        sym = add_symbol(c->arena, s, n->u.name, n->line, n->col);
        if ((sym->flags & SF_GLOBAL && !global) || (sym->flags & SF_NONLOCAL && global))
            scope_error(c, n->line, n->col, "name '%s' is nonlocal and global", n->u.name.s);
        sym->flags |= global ? SF_GLOBAL : SF_NONLOCAL;
    }
}

static void bind_import(Collector *c, Scope *s, Node *alias) {
    if (alias->u.alias.asname.s) {
        bind_name(c, s, alias->u.alias.asname, alias->line, alias->col);
        return;
    }
    const char *name = alias->u.alias.name.s;
    const char *dot = strchr(name, '.');
    Ident top = dot ? ast_ident(c->arena, name, (size_t)(dot - name)) : alias->u.alias.name;
    bind_name(c, s, top, alias->line, alias->col);
}

static void visit_stmt(Collector *c, Scope *s, Node *st) {
    switch ((NodeKind)st->kind) {
    case S_EXPR: visit_expr(c, s, st->u.expr.value); break;
    case S_ASSIGN:
        visit_expr(c, s, st->u.assign.value);
        for (int i = 0; i < st->u.assign.targets->len; i++) bind_target(c, s, st->u.assign.targets->items[i]);
        break;
    case S_AUGASSIGN:
        visit_expr(c, s, st->u.aug.value);
        if (st->u.aug.target->kind == E_NAME) use_name(c, s, st->u.aug.target);
        bind_target(c, s, st->u.aug.target);
        break;
    case S_ANNASSIGN:
        if (st->u.ann.value) {
            visit_expr(c, s, st->u.ann.value);
            bind_target(c, s, st->u.ann.target);
        } else if (st->u.ann.target->kind != E_NAME) {
            visit_expr(c, s, st->u.ann.target);
        }
        break;
    case S_IF: case S_WHILE:
        visit_expr(c, s, st->kind == S_IF ? st->u.ifs.test : st->u.loop.test);
        visit_stmts(c, s, st->kind == S_IF ? st->u.ifs.body : st->u.loop.body);
        visit_stmts(c, s, st->kind == S_IF ? st->u.ifs.orelse : st->u.loop.orelse);
        break;
    case S_FOR:
        visit_expr(c, s, st->u.loop.iter);
        bind_target(c, s, st->u.loop.target);
        visit_stmts(c, s, st->u.loop.body);
        visit_stmts(c, s, st->u.loop.orelse);
        break;
    case S_FUNCDEF:   /* the binding is mangled, the function's __name__ is not */
        bind_name(c, s, scope_mangle(c->arena, s, st->u.func.name), st->line, st->col);
        visit_function(c, s, st, st->u.func.params, st->u.func.name.s, st->u.func.is_async);
        break;
    case S_CLASSDEF: {
        bind_name(c, s, st->u.cls.name, st->line, st->col);
        visit_list(c, s, st->u.cls.bases);
        visit_list(c, s, st->u.cls.keywords);
        Scope *cs = new_scope(c, SCOPE_CLASS, st, s, st->u.cls.name.s);
        visit_stmts(c, cs, st->u.cls.body);
        break;
    }
    case S_RETURN: visit_expr(c, s, st->u.ret.value); break;
    case S_GLOBAL: declare(c, s, st, true); break;
    case S_NONLOCAL: declare(c, s, st, false); break;
    case S_DEL:
        for (int i = 0; i < st->u.del.targets->len; i++) bind_target(c, s, st->u.del.targets->items[i]);
        break;
    case S_ASSERT: visit_expr(c, s, st->u.assert_.test); visit_expr(c, s, st->u.assert_.msg); break;
    case S_TRY:
        visit_stmts(c, s, st->u.try_.body);
        if (st->u.try_.handlers)
            for (int i = 0; i < st->u.try_.handlers->len; i++) {
                Node *h = st->u.try_.handlers->items[i];
                visit_expr(c, s, h->u.handler.type);
                if (h->u.handler.name.s) {
                    mangle(c, s, &h->u.handler.name);
                    bind_name(c, s, h->u.handler.name, h->line, h->col);
                }
                visit_stmts(c, s, h->u.handler.body);
            }
        visit_stmts(c, s, st->u.try_.orelse);
        visit_stmts(c, s, st->u.try_.finalbody);
        break;
    case S_RAISE: visit_expr(c, s, st->u.raise.exc); visit_expr(c, s, st->u.raise.cause); break;
    case S_IMPORT:
        for (int i = 0; i < st->u.import.names->len; i++) bind_import(c, s, st->u.import.names->items[i]);
        break;
    case S_IMPORTFROM:
        for (int i = 0; i < st->u.import.names->len; i++) {
            Node *a = st->u.import.names->items[i];
            if (strcmp(a->u.alias.name.s, "*") == 0) continue;
            bind_name(c, s, a->u.alias.asname.s ? a->u.alias.asname : a->u.alias.name, a->line, a->col);
        }
        break;
    case S_WITH:
        for (int i = 0; i < st->u.with.items->len; i++) {
            Node *item = st->u.with.items->items[i];
            visit_expr(c, s, item->u.withitem.context);
            if (item->u.withitem.target) bind_target(c, s, item->u.withitem.target);
        }
        visit_stmts(c, s, st->u.with.body);
        break;
    default: break;
    }
}

static void visit_stmts(Collector *c, Scope *s, NodeList *l) {
    if (!l) return;
    for (int i = 0; i < l->len; i++) visit_stmt(c, s, l->items[i]);
}

/* ------------------------------------------------------------ resolve */

static void make_free(Arena *a, Scope *s, Symbol *sym) {
    if (sym->kind == SYM_FREE && sym->free_index >= 0) return;
    sym->kind = SYM_FREE;
    sym->free_index = (int16_t)s->nfrees;
    PUSH(a, s->frees, s->nfrees, s->capfrees, sym);
}

static void capture(Symbol *def) {
    def->flags |= SF_CAPTURED;
    if (def->kind == SYM_LOCAL) def->kind = SYM_CELL;
}

/* Find the scope that binds `name` for a free use in s; NULL means global. */
static Scope *find_binding(Scope *s, const char *name, Symbol **out) {
    bool want_class_cell = strcmp(name, "__class__") == 0;
    for (Scope *a = s->parent; a; a = a->parent) {
        if (a->kind == SCOPE_MODULE) return NULL;
        Symbol *sym = scope_lookup(a, name);
        if (a->kind == SCOPE_CLASS) {
            if (want_class_cell) {
                *out = sym;
                return a;
            }
            continue;
        }
        if (sym && (sym->kind == SYM_LOCAL || sym->kind == SYM_CELL || sym->kind == SYM_FREE) &&
            (sym->flags & (SF_BOUND | SF_PARAM | SF_NONLOCAL) || sym->kind == SYM_FREE)) {
            *out = sym;
            return a;
        }
    }
    return NULL;
}

/* Thread a free variable from the binding scope down to s, adding
 * pass-through free variables to the functions in between. */
static void thread_free(Arena *a, Scope *s, Scope *owner, Symbol *def, Symbol *use) {
    capture(def);
    for (Scope *mid = s->parent; mid && mid != owner; mid = mid->parent) {
        if (mid->kind != SCOPE_FUNCTION && mid->kind != SCOPE_CLASS) continue;
        Symbol *p = add_symbol(a, mid, use->name, use->line, use->col);
        if (p->kind != SYM_FREE || p->free_index < 0) make_free(a, mid, p);
    }
    make_free(a, s, use);
}

static void resolve_symbol(Collector *c, Scope *s, Symbol *sym) {
    if (sym->flags & SF_GLOBAL) { sym->kind = SYM_GLOBAL; return; }
    if (sym->flags & SF_NONLOCAL) {
        Symbol *def = NULL;
        Scope *owner = find_binding(s, sym->name.s, &def);
        if (!owner || owner->kind == SCOPE_CLASS)
            scope_error(c, sym->line, sym->col, "no binding for nonlocal '%s' found", sym->name.s);
        thread_free(c->arena, s, owner, def, sym);
        return;
    }
    bool bound = (sym->flags & (SF_BOUND | SF_PARAM)) != 0;
    if (bound) {
        if (s->kind == SCOPE_MODULE) sym->kind = SYM_GLOBAL;
        else if (s->kind == SCOPE_CLASS) sym->kind = SYM_NAME;
        else sym->kind = SYM_LOCAL;
        return;
    }
    if (s->kind == SCOPE_MODULE) { sym->kind = SYM_GLOBAL; return; }
    if (s->kind == SCOPE_COMPREHENSION) { sym->kind = SYM_LOCAL; return; }   /* resolved through the parent */
    Symbol *def = NULL;
    Scope *owner = find_binding(s, sym->name.s, &def);
    if (owner && owner->kind == SCOPE_CLASS) {
        /* __class__: an implicit cell of the class body */
        if (!def) def = add_symbol(c->arena, owner, sym->name, sym->line, sym->col);
        def->flags |= SF_BOUND;
        def->kind = SYM_CELL;
        owner->has_class_cell = true;
        thread_free(c->arena, s, owner, def, sym);
        return;
    }
    if (owner) {
        thread_free(c->arena, s, owner, def, sym);
        return;
    }
    sym->kind = s->kind == SCOPE_CLASS ? SYM_NAME : SYM_GLOBAL;
}

/* Comprehensions read unbound names through their parent: make sure the
 * parent has (and resolves) a symbol for each of them. */
static void forward_comprehension_uses(Collector *c, Scope *s) {
    for (int i = 0; i < s->norder; i++) {
        Symbol *sym = s->order[i];
        if (sym->flags & (SF_BOUND | SF_PARAM)) continue;
        Symbol *p = scope_lookup(s->parent, sym->name.s);
        if (!p) {
            p = add_symbol(c->arena, s->parent, sym->name, sym->line, sym->col);
            p->flags |= SF_USED;
            resolve_symbol(c, s->parent, p);
        }
    }
}

static void resolve_scope(Collector *c, Scope *s) {
    for (int i = 0; i < s->norder; i++) {
        Symbol *sym = s->order[i];
        if (sym->kind == SYM_FREE && sym->free_index >= 0) continue;   /* threaded already */
        if (sym->kind == SYM_CELL) continue;
        resolve_symbol(c, s, sym);
    }
    if (s->kind == SCOPE_COMPREHENSION) forward_comprehension_uses(c, s);
    for (int i = 0; i < s->nchildren; i++) resolve_scope(c, s->children[i]);
}

Scope *scope_analyze(Arena *a, NodeList *module, CompileError *err) {
    Collector c = {.arena = a, .err = err};
    if (setjmp(c.fail)) return NULL;
    Scope *top = new_scope(&c, SCOPE_MODULE, NULL, NULL, "<module>");
    top->qualname = NULL;
    visit_stmts(&c, top, module);
    resolve_scope(&c, top);
    return top;
}
