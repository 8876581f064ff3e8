/* emit.c - the code generator's plumbing: instruction and line buffers,
 * registers, the constant table, global-variable caches, jumps, blocks and
 * the protected ranges that become a proto's exception table, and turning
 * a finished FuncState into an ObjProto. */
#include <stdio.h>
#include <string.h>

#include "codegen.h"

_Noreturn void cg_error(FuncState *fs, Node *at, const char *fmt, ...) {
    CompileError *err = fs->c->err;
    err->line = at ? at->line : fs->line;
    err->col = at ? at->col : 1;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    longjmp(fs->c->fail, 1);
}

/* Compile-time buffers live in the compiler's arena, so an error (a
 * longjmp out of any depth) leaks nothing; fs_close copies the final
 * arrays into exactly sized VM allocations owned by the proto. */
#define GROW(fs, ptr, n, cap, type)                                                       \
    do {                                                                                  \
        if ((n) == (cap)) {                                                               \
            int nc_ = (cap) ? (cap) * 2 : 16;                                             \
            (ptr) = arena_grow(&(fs)->c->arena, (ptr), (size_t)(cap) * sizeof(type), (size_t)nc_ * sizeof(type)); \
            (cap) = nc_;                                                                  \
        }                                                                                 \
    } while (0)

/* ------------------------------------------------------------ code */

int cg_emit(FuncState *fs, uint32_t instr) {
    if (fs->ncode == fs->capcode) {
        int nc = fs->capcode ? fs->capcode * 2 : 64;
        fs->code = arena_grow(&fs->c->arena, fs->code, (size_t)fs->capcode * 4, (size_t)nc * 4);
        fs->lines = arena_grow(&fs->c->arena, fs->lines, (size_t)fs->capcode * 4, (size_t)nc * 4);
        fs->capcode = nc;
    }
    fs->code[fs->ncode] = instr;
    fs->lines[fs->ncode] = (uint32_t)fs->line;
    return fs->ncode++;
}

int cg_pc(FuncState *fs) { return fs->ncode; }

/* ------------------------------------------------------------ registers */

int cg_alloc_regs(FuncState *fs, int n) {
    int r = fs->freereg;
    fs->freereg += n;
    if (fs->freereg > MAX_REGS) cg_error(fs, NULL, "function is too complex (more than %d registers needed)", MAX_REGS);
    if (fs->freereg > fs->maxreg) fs->maxreg = fs->freereg;
    for (int i = r; i < r + n; i++) fs->assigned[i] = 1;
    return r;
}

int cg_alloc_reg(FuncState *fs) { return cg_alloc_regs(fs, 1); }

void cg_free_to(FuncState *fs, int reg) {
    if (reg < fs->freereg) fs->freereg = reg;
}

/* ------------------------------------------------------------ constants */

int cg_const(FuncState *fs, Value v) {
    VM *vm = fs->c->vm;
    if (IS_STR(v)) {
        Value ix;
        if (dict_get_str(&fs->kstrings->d, AS_STR(v), &ix)) return (int)AS_INT(ix);
    } else if (!IS_OBJ(v)) {
        for (int i = 0; i < fs->nk; i++)
            if (fs->k[i].type == v.type && fs->k[i].as.i == v.as.i) return i;
    }
    if (fs->nk >= 65535) cg_error(fs, NULL, "too many constants in one function");
    GROW(fs, fs->k, fs->nk, fs->capk, Value);
    fs->k[fs->nk] = v;
    if (IS_STR(v)) dict_set_str(vm, &fs->kstrings->d, AS_STR(v), v_int(fs->nk));
    return fs->nk++;
}

int cg_const_str(FuncState *fs, const char *s, size_t len) {
    return cg_const(fs, v_obj(str_intern(fs->c->vm, s, len)));
}

void cg_emit_loadk(FuncState *fs, int reg, int k) { cg_emit(fs, MK_ABX(BC_LOADK, reg, k)); }

void cg_emit_load_int(FuncState *fs, int reg, int64_t i) {
    if (i >= -32768 && i <= SBX_MAX) cg_emit(fs, MK_ASBX(BC_LOADI, reg, i));
    else cg_emit_loadk(fs, reg, cg_const(fs, v_int(i)));
}

int cg_global_slot(FuncState *fs, Ident name) {
    VM *vm = fs->c->vm;
    ObjStr *s = str_intern(vm, name.s, name.len);
    Value ix;
    if (dict_get_str(&fs->gnames->d, s, &ix)) return (int)AS_INT(ix);
    if (fs->ngcache >= 65535) cg_error(fs, NULL, "too many global names in one function");
    GROW(fs, fs->gcache, fs->ngcache, fs->capgcache, GlobalCache);
    GlobalCache *g = &fs->gcache[fs->ngcache];
    memset(g, 0, sizeof *g);
    g->name = s;
    g->index = UINT32_MAX;
    dict_set_str(vm, &fs->gnames->d, s, v_int(fs->ngcache));
    return fs->ngcache++;
}

/* ------------------------------------------------------------ jumps */

void intlist_push(FuncState *fs, IntList *l, int v) {
    GROW(fs, l->items, l->len, l->cap, int);
    l->items[l->len++] = v;
}

int cg_emit_jump(FuncState *fs) { return cg_emit(fs, MK_SJ(BC_JMP, 0)); }

void cg_patch(FuncState *fs, int jmp_pc, int target) {
    int off = target - (jmp_pc + 1);
    if (off > SJ_MAX || off < -SJ_MAX) cg_error(fs, NULL, "function is too large");
    fs->code[jmp_pc] = MK_SJ(BC_JMP, off);
}

void cg_patch_list(FuncState *fs, IntList *l, int target) {
    for (int i = 0; i < l->len; i++) cg_patch(fs, l->items[i], target);
    l->len = 0;
}

void cg_jump_to(FuncState *fs, int target) { cg_patch(fs, cg_emit_jump(fs), target); }

/* ------------------------------------------------------------ blocks */

void block_push(FuncState *fs, Block *b, BlockKind kind) {
    memset(b, 0, sizeof *b);
    b->kind = kind;
    b->prev = fs->blocks;
    b->seg_open = -1;
    b->continue_target = -1;
    b->exc_reg = -1;
    b->saved_reg = -1;
    b->exit_reg = -1;
    fs->blocks = b;
}

void block_pop(FuncState *fs) { fs->blocks = fs->blocks->prev; }

void seg_open(FuncState *fs, Block *b) {
    if (b->seg_open < 0) b->seg_open = cg_pc(fs);
}

void seg_close(FuncState *fs, Block *b) {
    if (b->seg_open < 0) return;
    int start = b->seg_open, end = cg_pc(fs);
    b->seg_open = -1;
    if (end <= start) return;
    GROW(fs, b->segs, b->nsegs, b->capsegs, Segment);
    b->segs[b->nsegs].start = start;
    b->segs[b->nsegs].end = end;
    b->nsegs++;
}

void seg_install(FuncState *fs, Block *b, int target) {
    seg_close(fs, b);
    for (int i = 0; i < b->nsegs; i++) {
        GROW(fs, fs->handlers, fs->nhandlers, fs->caphandlers, Handler);
        Handler *h = &fs->handlers[fs->nhandlers++];
        h->start = (uint32_t)b->segs[i].start;
        h->end = (uint32_t)b->segs[i].end;
        h->target = (uint32_t)target;
        h->reg = (uint8_t)b->exc_reg;
    }
    b->nsegs = 0;
}

/* ------------------------------------------------------------ symbols */

Symbol *cg_find_symbol(FuncState *fs, const char *name, Scope **owner) {
    Scope *s = fs->cur;
    bool from_comprehension = false;
    while (s->kind == SCOPE_COMPREHENSION) {
        Symbol *sym = scope_lookup(s, name);
        if (sym && (sym->flags & (SF_BOUND | SF_PARAM))) {
            *owner = s;
            return sym;
        }
        s = s->parent;
        from_comprehension = true;
    }
    *owner = s;
    Symbol *sym = scope_lookup(s, name);
    if (from_comprehension && s->kind == SCOPE_CLASS && (!sym || sym->kind == SYM_NAME)) {
        /* a comprehension is a function scope: it does not see the class's names */
        *owner = s->parent;
        while ((*owner)->kind == SCOPE_COMPREHENSION || (*owner)->kind == SCOPE_CLASS) *owner = (*owner)->parent;
        return NULL;
    }
    return sym;
}

/* ------------------------------------------------------ function state */

static void assign_local_regs(FuncState *fs, NodeList *params) {
    Scope *s = fs->scope;
    int r = 0;
    for (int i = 0; i < s->norder; i++) s->order[i]->reg = -1;   /* a finally body may compile twice */
    if (fs->in_class) r = 1;   /* R[0] is the class namespace */
    if (params) {
        /* binding order: positional, keyword-only, *args, **kwargs */
        static const uint8_t order[4][2] = {{PARAM_POSONLY, PARAM_NORMAL}, {PARAM_KWONLY, PARAM_KWONLY},
                                            {PARAM_VARARGS, PARAM_VARARGS}, {PARAM_VARKW, PARAM_VARKW}};
        for (int pass = 0; pass < 4; pass++)
            for (int i = 0; i < params->len; i++) {
                Node *p = params->items[i];
                if (p->u.param.kind != order[pass][0] && p->u.param.kind != order[pass][1]) continue;
                Symbol *sym = scope_lookup(s, p->u.param.name.s);
                if (r >= MAX_REGS) cg_error(fs, fs->node, "too many parameters and local variables (more than %d)", MAX_REGS);
                sym->reg = (int16_t)r;
                fs->assigned[r] = 1;
                r++;
            }
    }
    for (int i = 0; i < s->norder; i++) {
        Symbol *sym = s->order[i];
        if (sym->reg >= 0 || (sym->kind != SYM_LOCAL && sym->kind != SYM_CELL)) continue;
        if (s->kind == SCOPE_CLASS && sym->kind != SYM_CELL) continue;
        if (r >= MAX_REGS) cg_error(fs, fs->node, "too many parameters and local variables (more than %d)", MAX_REGS);
        sym->reg = (int16_t)r++;
    }
    for (int i = 0; i < s->norder; i++) {
        Symbol *sym = s->order[i];
        if (sym->kind == SYM_CELL && sym->reg >= 0) fs->cellregs[fs->ncellregs++] = (uint8_t)sym->reg;
    }
    fs->nlocals = fs->nactive = fs->freereg = fs->maxreg = r;
}

void fs_open(Compiler *c, FuncState *fs, Scope *scope, Node *node) {
    memset(fs, 0, sizeof *fs);
    fs->c = c;
    fs->parent = c->fs;
    fs->scope = fs->cur = scope;
    fs->node = node;
    fs->line = node ? node->line : 1;
    fs->kstrings = dict_new(c->vm);
    fs->gnames = dict_new(c->vm);
    fs->is_async = scope->is_async;
    fs->in_class = scope->kind == SCOPE_CLASS;
    fs->is_module = scope->kind == SCOPE_MODULE;
    c->fs = fs;
    NodeList *params = NULL;
    if (node && node->kind == S_FUNCDEF) params = node->u.func.params;
    else if (node && node->kind == E_LAMBDA) params = node->u.lambda.params;
    assign_local_regs(fs, params);
}

/* An exactly sized VM-owned copy of an arena buffer. */
static void *owned_copy(VM *vm, const void *p, size_t n) {
    if (n == 0) return NULL;
    void *q = vm_alloc_raw(vm, n);
    memcpy(q, p, n);
    return q;
}

static ObjStr **param_names(FuncState *fs, NodeList *params, int n) {
    VM *vm = fs->c->vm;
    if (n == 0) return NULL;
    /* made in the arena, copied once complete: interning may fail on the way */
    ObjStr **names = arena_alloc(&fs->c->arena, (size_t)n * sizeof(ObjStr *));
    int k = 0;
    static const uint8_t order[4][2] = {{PARAM_POSONLY, PARAM_NORMAL}, {PARAM_KWONLY, PARAM_KWONLY},
                                        {PARAM_VARARGS, PARAM_VARARGS}, {PARAM_VARKW, PARAM_VARKW}};
    for (int pass = 0; pass < 4; pass++)
        for (int i = 0; i < params->len; i++) {
            Node *p = params->items[i];
            if (p->u.param.kind == order[pass][0] || p->u.param.kind == order[pass][1])
                names[k++] = str_intern(vm, p->u.param.name.s, p->u.param.name.len);
        }
    return owned_copy(vm, names, (size_t)n * sizeof(ObjStr *));
}

/* For locals(): the name of each local register, then of each free variable. */
static ObjStr **local_names(FuncState *fs) {
    Scope *s = fs->scope;
    size_t n = (size_t)fs->nlocals + s->nfrees;
    if (n == 0 || s->kind == SCOPE_MODULE || s->kind == SCOPE_CLASS) return NULL;
    ObjStr **names = arena_alloc(&fs->c->arena, n * sizeof(ObjStr *));
    memset(names, 0, n * sizeof(ObjStr *));
    for (int i = 0; i < s->norder; i++) {
        Symbol *sym = s->order[i];
        if (sym->reg >= 0 && sym->reg < fs->nlocals && (sym->kind == SYM_LOCAL || sym->kind == SYM_CELL))
            names[sym->reg] = str_intern(fs->c->vm, sym->name.s, sym->name.len);
    }
    for (int i = 0; i < s->nfrees; i++)
        names[fs->nlocals + i] = str_intern(fs->c->vm, s->frees[i]->name.s, s->frees[i]->name.len);
    return owned_copy(fs->c->vm, names, n * sizeof(ObjStr *));
}

/* How the creating frame provides each free variable of the new proto. */
static FreeVarDesc *free_var_descs(FuncState *fs) {
    Scope *s = fs->scope;
    if (!s->nfrees) return NULL;
    FuncState *parent = fs->parent;
    FreeVarDesc *d = arena_alloc(&fs->c->arena, (size_t)s->nfrees * sizeof(FreeVarDesc));
    for (int i = 0; i < s->nfrees; i++) {
        Scope *owner;
        Symbol *sym = cg_find_symbol(parent, s->frees[i]->name.s, &owner);
        if (sym && sym->kind == SYM_CELL && sym->reg >= 0) {
            d[i].from_parent_reg = 1;
            d[i].index = (uint8_t)sym->reg;
        } else if (sym && sym->kind == SYM_FREE) {
            d[i].from_parent_reg = 0;
            d[i].index = (uint8_t)sym->free_index;
        } else {
            cg_error(fs, fs->node, "internal error: free variable '%s' has no source", s->frees[i]->name.s);
        }
    }
    return owned_copy(fs->c->vm, d, (size_t)s->nfrees * sizeof(FreeVarDesc));
}

ObjProto *fs_close(FuncState *fs, const char *name, int nparams, int nposonly, int nkwonly, uint16_t flags,
                   NodeList *params, int firstline) {
    VM *vm = fs->c->vm;
    if (fs->ncode == 0 || INSTR_OP(fs->code[fs->ncode - 1]) != BC_RETURNNONE) cg_emit(fs, MK_ABC(BC_RETURNNONE, 0, 0, 0));
    ObjProto *p = ALLOC_OBJ(vm, ObjProto, OT_PROTO);
    p->ncode = (uint32_t)fs->ncode;
    p->code = owned_copy(vm, fs->code, (size_t)fs->ncode * 4);
    p->lines = owned_copy(vm, fs->lines, (size_t)fs->ncode * 4);
    p->nk = (uint32_t)fs->nk;
    p->k = owned_copy(vm, fs->k, (size_t)fs->nk * sizeof(Value));
    p->nhandlers = (uint32_t)fs->nhandlers;
    p->handlers = owned_copy(vm, fs->handlers, (size_t)fs->nhandlers * sizeof(Handler));
    p->ngcache = (uint32_t)fs->ngcache;
    if (fs->nk) {
        p->acache = vm_alloc_raw(vm, (size_t)fs->nk * sizeof(AttrCache));
        memset(p->acache, 0, (size_t)fs->nk * sizeof(AttrCache));
    }
    p->gcache = owned_copy(vm, fs->gcache, (size_t)fs->ngcache * sizeof(GlobalCache));
    p->nfree = (uint8_t)fs->scope->nfrees;
    p->freevars = free_var_descs(fs);
    p->ncellregs = (uint8_t)fs->ncellregs;
    if (fs->ncellregs) {
        p->cellregs = vm_alloc_raw(vm, (size_t)fs->ncellregs);
        memcpy(p->cellregs, fs->cellregs, (size_t)fs->ncellregs);
    }
    p->localnames = local_names(fs);
    p->nlocals = (uint8_t)fs->nlocals;
    /* nothing may allocate between params and flags: free_proto sizes params by the flags */
    int nslots = nparams + nkwonly + !!(flags & PROTO_VARARGS) + !!(flags & PROTO_VARKW);
    p->params = params ? param_names(fs, params, nslots) : NULL;
    p->nparams = (uint8_t)nparams;
    p->nposonly = (uint8_t)nposonly;
    p->nkwonly = (uint8_t)nkwonly;
    if (!(flags & (PROTO_VARARGS | PROTO_VARKW | PROTO_CLASS | PROTO_MODULE)) && nkwonly == 0 && fs->ncellregs == 0)
        flags |= (flags & PROTO_ASYNC) ? PROTO_ASYNC_SIMPLE : PROTO_SIMPLE;
    p->flags = flags;
    p->nregs = (uint8_t)(fs->maxreg < 1 ? 1 : fs->maxreg);
    p->name = str_intern(vm, name, strlen(name));
    p->qualname = fs->scope->qualname ? str_intern(vm, fs->scope->qualname, strlen(fs->scope->qualname)) : p->name;
    p->filename = fs->c->opts->filename;
    p->source = fs->c->opts->source;
    p->firstline = (uint32_t)firstline;
    fs->c->fs = fs->parent;
    return p;
}
