/* stmt.c - compiling statements, and the compiler's entry points.
 *
 * Leaving a block early (break, continue, return) runs the exits of every
 * block it leaves: an inlined copy of a finally body, a with-statement's
 * __exit__(None, None, None), restoring the exception being handled. The
 * protected code ranges of those blocks are split around that exit code so
 * an exception inside it is not caught by the block being left.
 *
 * `assigned` tracks, per register, whether a local is certainly bound;
 * reads of a maybe-unbound local get a CHECKBOUND (UnboundLocalError). */
#include <stdio.h>
#include <string.h>

#include "codegen.h"
#include "parse.h"

void emit_arith(FuncState *fs, int op, int dst, int a, int b, int kb, bool inplace);
void compile_foriter(FuncState *fs, int it, int body);

static void compile_stmt(FuncState *fs, Node *s);

/* --------------------------------------------------- definite assignment */

typedef struct Snap {
    uint8_t bits[MAX_REGS];
    bool unreachable;
} Snap;

static void snap_take(FuncState *fs, Snap *s) {
    memcpy(s->bits, fs->assigned, sizeof s->bits);
    s->unreachable = fs->unreachable;
}

static void snap_restore(FuncState *fs, const Snap *s) {
    memcpy(fs->assigned, s->bits, sizeof s->bits);
    fs->unreachable = s->unreachable;
}

/* The state after two paths join: bound on both (an unreachable path does
 * not count). */
/* acc = the join of acc and other */
static void snap_merge(Snap *acc, const Snap *other) {
    if (other->unreachable) return;
    if (acc->unreachable) {
        *acc = *other;
        return;
    }
    for (int i = 0; i < MAX_REGS; i++) acc->bits[i] &= other->bits[i];
}

static void snap_join(FuncState *fs, const Snap *other) {
    if (other->unreachable) return;
    if (fs->unreachable) {
        snap_restore(fs, other);
        return;
    }
    for (int i = 0; i < MAX_REGS; i++) fs->assigned[i] &= other->bits[i];
}

/* ------------------------------------------------------------- helpers */

void compile_stmts(FuncState *fs, NodeList *body) {
    if (!body) return;
    for (int i = 0; i < body->len; i++) compile_stmt(fs, body->items[i]);
}

static bool protects(Block *b) { return b->kind != BLK_LOOP; }

static void emit_exit_call(FuncState *fs, int exit_reg, bool is_async) {
    int base = fs->freereg;
    int t = cg_alloc_regs(fs, 4);
    cg_emit(fs, MK_ABC(BC_MOVE, t, exit_reg, 0));
    for (int i = 1; i <= 3; i++) cg_emit(fs, MK_ABC(BC_LOADNONE, t + i, 0, 0));
    cg_emit(fs, MK_ABC(BC_CALL, t, 3, 0));
    if (is_async) cg_emit(fs, MK_ABC(BC_AWAIT, t, t, 0));
    cg_free_to(fs, base);
}

/* Run the exits of the blocks from the innermost up to (not including)
 * `stop`, for a jump out of them. */
static void emit_exits(FuncState *fs, Block *stop) {
    for (Block *b = fs->blocks; b != stop; b = b->prev) {
        if (protects(b)) seg_close(fs, b);
        switch (b->kind) {
        case BLK_FINALLY: {
            Block *saved = fs->blocks;
            Snap snap;
            snap_take(fs, &snap);
            fs->blocks = b->prev;
            compile_stmts(fs, b->finalbody);
            fs->blocks = saved;
            snap_restore(fs, &snap);
            break;
        }
        case BLK_HANDLER: cg_emit(fs, MK_ABC(BC_POPEXC, b->saved_reg, 0, 0)); break;
        case BLK_WITH: emit_exit_call(fs, b->exit_reg, b->is_async); break;
        default: break;
        }
    }
}

static void reopen_segments(FuncState *fs, Block *stop) {
    for (Block *b = fs->blocks; b != stop; b = b->prev)
        if (protects(b)) seg_open(fs, b);
}

/* ------------------------------------------------------------ assignment */

static bool is_local_name(FuncState *fs, Node *t, int *reg) {
    if (t->kind != E_NAME) return false;
    Scope *owner;
    Symbol *sym = cg_find_symbol(fs, t->u.name.s, &owner);
    if (!sym || sym->kind != SYM_LOCAL || sym->reg < 0) return false;
    *reg = sym->reg;
    return true;
}

static void compile_assign(FuncState *fs, Node *s) {
    NodeList *targets = s->u.assign.targets;
    Node *value = s->u.assign.value;
    int base = fs->freereg;
    int reg;
    if (targets->len == 1 && is_local_name(fs, targets->items[0], &reg)) {
        expr_to(fs, value, reg);
        fs->assigned[reg] = 1;
        return;
    }
    Node *t0 = targets->items[0];
    bool parallel = targets->len == 1 && (t0->kind == E_TUPLE || t0->kind == E_LIST) && value->kind == E_TUPLE &&
                    t0->u.seq.elts->len == value->u.seq.elts->len && t0->u.seq.elts->len <= 16;
    for (int i = 0; parallel && i < value->u.seq.elts->len; i++)
        if (value->u.seq.elts->items[i]->kind == E_STARRED || t0->u.seq.elts->items[i]->kind == E_STARRED)
            parallel = false;
    if (parallel) {
        /* a, b = b, a: evaluate every value first, then store; no tuple is built */
        int n = value->u.seq.elts->len;
        int r = cg_alloc_regs(fs, n);
        for (int i = 0; i < n; i++) expr_to(fs, value->u.seq.elts->items[i], r + i);
        for (int i = 0; i < n; i++) assign_to(fs, t0->u.seq.elts->items[i], r + i);
        cg_free_to(fs, base);
        return;
    }
    int v = expr_any(fs, value);
    for (int i = 0; i < targets->len; i++) assign_to(fs, targets->items[i], v);
    cg_free_to(fs, base);
}

static int const_k8(FuncState *fs, Node *e) {
    int64_t i;
    int k = -1;
    if (expr_is_const_int(e, &i)) k = cg_const(fs, v_int(i));
    else if (e->kind == E_FLOAT) k = cg_const(fs, v_float(e->u.f));
    else if (e->kind == E_STR) k = cg_const_str(fs, e->u.str.bytes, e->u.str.len);
    return k >= 0 && k < 256 ? k : -1;
}

static void compile_augassign(FuncState *fs, Node *s) {
    Node *t = s->u.aug.target;
    int op = s->op;
    int base = fs->freereg;
    int reg;
    if (is_local_name(fs, t, &reg)) {
        if (!fs->assigned[reg]) {
            cg_emit(fs, MK_ABX(BC_CHECKBOUND, reg, cg_const_str(fs, t->u.name.s, t->u.name.len)));
            fs->assigned[reg] = 1;
        }
        int kb = const_k8(fs, s->u.aug.value);
        int b = kb >= 0 ? -1 : expr_any(fs, s->u.aug.value);
        fs->line = s->line;
        emit_arith(fs, op, reg, reg, b, kb, true);
        cg_free_to(fs, base);
        return;
    }
    int cur = cg_alloc_reg(fs);
    int obj = -1, key = -1;
    switch (t->kind) {
    case E_NAME: load_name(fs, t->u.name, cur, t); break;
    case E_ATTR: {
        obj = expr_any(fs, t->u.attr.value);
        int k = cg_const_str(fs, t->u.attr.name.s, t->u.attr.name.len);
        cg_emit(fs, MK_ABC(BC_GETATTR, cur, obj, k < 255 ? k : 255));
        if (k >= 255) cg_emit(fs, MK_AX(BC_EXTRA, k));
        break;
    }
    case E_SUBSCRIPT:
        obj = expr_any(fs, t->u.sub.value);
        key = expr_any(fs, t->u.sub.index);
        cg_emit(fs, MK_ABC(BC_GETITEM, cur, obj, key));
        break;
    default: cg_error(fs, t, "illegal expression for augmented assignment");
    }
    int kb = const_k8(fs, s->u.aug.value);
    int b = kb >= 0 ? -1 : expr_any(fs, s->u.aug.value);
    fs->line = s->line;
    emit_arith(fs, op, cur, cur, b, kb, true);
    switch (t->kind) {
    case E_NAME: store_name(fs, t->u.name, cur, t); break;
    case E_ATTR: {
        int k = cg_const_str(fs, t->u.attr.name.s, t->u.attr.name.len);
        cg_emit(fs, MK_ABC(BC_SETATTR, obj, k < 255 ? k : 255, cur));
        if (k >= 255) cg_emit(fs, MK_AX(BC_EXTRA, k));
        break;
    }
    default: cg_emit(fs, MK_ABC(BC_SETITEM, obj, key, cur)); break;
    }
    cg_free_to(fs, base);
}

static void delete_name(FuncState *fs, Ident name, Node *at) {
    Scope *owner;
    Symbol *sym = cg_find_symbol(fs, name.s, &owner);
    int kind = sym ? sym->kind : owner->kind == SCOPE_CLASS ? SYM_NAME : SYM_GLOBAL;
    int k = cg_const_str(fs, name.s, name.len);
    switch (kind) {
    case SYM_LOCAL:
        if (!fs->assigned[sym->reg]) cg_emit(fs, MK_ABX(BC_CHECKBOUND, sym->reg, k));
        cg_emit(fs, MK_ABC(BC_DELLOCAL, sym->reg, 0, 0));
        fs->assigned[sym->reg] = 0;
        break;
    case SYM_CELL: {
        int t = cg_alloc_reg(fs);
        load_name(fs, name, t, at);   /* raises if unbound */
        cg_emit(fs, MK_ABC(BC_DELCELL, 0, sym->reg, 0));
        cg_free_to(fs, t);
        break;
    }
    case SYM_FREE: {
        int t = cg_alloc_reg(fs);
        load_name(fs, name, t, at);
        cg_emit(fs, MK_ABC(BC_DELFREE, 0, sym->free_index, 0));
        cg_free_to(fs, t);
        break;
    }
    case SYM_NAME: cg_emit(fs, MK_ABX(BC_DELNAME, 0, k)); break;
    default: cg_emit(fs, MK_ABX(BC_DELGLOBAL, 0, cg_global_slot(fs, name))); break;
    }
}

static void compile_del_target(FuncState *fs, Node *t) {
    int base = fs->freereg;
    fs->line = t->line;
    switch (t->kind) {
    case E_NAME: delete_name(fs, t->u.name, t); break;
    case E_ATTR: {
        int obj = expr_any(fs, t->u.attr.value);
        cg_emit(fs, MK_ABX(BC_DELATTR, obj, cg_const_str(fs, t->u.attr.name.s, t->u.attr.name.len)));
        break;
    }
    case E_SUBSCRIPT: {
        int obj = expr_any(fs, t->u.sub.value);
        int key = expr_any(fs, t->u.sub.index);
        cg_emit(fs, MK_ABC(BC_DELITEM, obj, key, 0));
        break;
    }
    case E_TUPLE: case E_LIST:
        for (int i = 0; i < t->u.seq.elts->len; i++) compile_del_target(fs, t->u.seq.elts->items[i]);
        break;
    default: cg_error(fs, t, "cannot delete expression");
    }
    cg_free_to(fs, base);
}

/* ------------------------------------------------------------- control */

static void compile_if(FuncState *fs, Node *s) {
    IntList orelse = {0};
    cond_jump(fs, s->u.ifs.test, false, &orelse);
    Snap before, after_body;
    snap_take(fs, &before);
    compile_stmts(fs, s->u.ifs.body);
    snap_take(fs, &after_body);
    if (s->u.ifs.orelse && s->u.ifs.orelse->len) {
        int end = fs->unreachable ? -1 : cg_emit_jump(fs);
        cg_patch_list(fs, &orelse, cg_pc(fs));
        snap_restore(fs, &before);
        compile_stmts(fs, s->u.ifs.orelse);
        snap_join(fs, &after_body);
        if (end >= 0) cg_patch(fs, end, cg_pc(fs));
    } else {
        cg_patch_list(fs, &orelse, cg_pc(fs));
        snap_restore(fs, &after_body);
        snap_join(fs, &before);
    }
}

static int const_truth(Node *e) {
    switch (e->kind) {
    case E_TRUE: return 1;
    case E_FALSE: case E_NONE: return 0;
    case E_INT: return e->u.i != 0;
    default: return -1;
    }
}

static void compile_while(FuncState *fs, Node *s) {
    Snap before;
    snap_take(fs, &before);
    bool forever = const_truth(s->u.loop.test) == 1;
    Block loop;
    int to_cond = forever ? -1 : cg_emit_jump(fs);
    int body = cg_pc(fs);
    block_push(fs, &loop, BLK_LOOP);
    if (forever) loop.continue_target = body;
    compile_stmts(fs, s->u.loop.body);
    block_pop(fs);
    snap_restore(fs, &before);
    if (forever) {
        cg_jump_to(fs, body);
        fs->unreachable = true;
    } else {
        int cond = cg_pc(fs);
        cg_patch_list(fs, &loop.continues, cond);
        cg_patch(fs, to_cond, cond);
        IntList back = {0};
        fs->line = s->line;
        cond_jump(fs, s->u.loop.test, true, &back);
        cg_patch_list(fs, &back, body);
        compile_stmts(fs, s->u.loop.orelse);
    }
    if (loop.breaks.len) {
        snap_restore(fs, &before);
        fs->unreachable = false;
    }
    cg_patch_list(fs, &loop.breaks, cg_pc(fs));
}

static void compile_for(FuncState *fs, Node *s) {
    int base = fs->freereg;
    int src = expr_any(fs, s->u.loop.iter);
    int it = cg_alloc_regs(fs, 2);
    fs->line = s->line;
    cg_emit(fs, MK_ABC(BC_GETITER, it, src, 0));
    Snap before;
    snap_take(fs, &before);
    int to_check = cg_emit_jump(fs);
    int body = cg_pc(fs);
    assign_to(fs, s->u.loop.target, it + 1);
    Block loop;
    block_push(fs, &loop, BLK_LOOP);
    compile_stmts(fs, s->u.loop.body);
    block_pop(fs);
    snap_restore(fs, &before);
    int check = cg_pc(fs);
    cg_patch_list(fs, &loop.continues, check);
    cg_patch(fs, to_check, check);
    fs->line = s->line;
    compile_foriter(fs, it, body);
    compile_stmts(fs, s->u.loop.orelse);
    if (loop.breaks.len) snap_restore(fs, &before);
    cg_patch_list(fs, &loop.breaks, cg_pc(fs));
    cg_free_to(fs, base);
}

static Block *find_loop(FuncState *fs) {
    for (Block *b = fs->blocks; b; b = b->prev)
        if (b->kind == BLK_LOOP) return b;
    return NULL;
}

static void compile_break_continue(FuncState *fs, Node *s) {
    Block *loop = find_loop(fs);
    bool is_break = s->kind == S_BREAK;
    if (!loop) cg_error(fs, s, is_break ? "'break' outside loop" : "'continue' not properly in loop");
    emit_exits(fs, loop);
    if (is_break) intlist_push(fs, &loop->breaks, cg_emit_jump(fs));
    else if (loop->continue_target >= 0) cg_jump_to(fs, loop->continue_target);
    else intlist_push(fs, &loop->continues, cg_emit_jump(fs));
    reopen_segments(fs, loop);
    fs->unreachable = true;
}

static void compile_return(FuncState *fs, Node *s) {
    if (fs->scope->kind != SCOPE_FUNCTION) cg_error(fs, s, "'return' outside function");
    int base = fs->freereg;
    int r = -1;
    if (s->u.ret.value) r = fs->blocks ? expr_temp(fs, s->u.ret.value) : expr_any(fs, s->u.ret.value);
    emit_exits(fs, NULL);
    fs->line = s->line;
    if (r >= 0) cg_emit(fs, MK_ABC(BC_RETURN, r, 0, 0));
    else cg_emit(fs, MK_ABC(BC_RETURNNONE, 0, 0, 0));
    reopen_segments(fs, NULL);
    cg_free_to(fs, base);
    fs->unreachable = true;
}

static void compile_raise(FuncState *fs, Node *s) {
    int base = fs->freereg;
    if (!s->u.raise.exc) {
        cg_emit(fs, MK_ABC(BC_RERAISE, 255, 0, 0));
    } else {
        int e = expr_any(fs, s->u.raise.exc);
        if (s->u.raise.cause) {
            int c = expr_any(fs, s->u.raise.cause);
            fs->line = s->line;
            cg_emit(fs, MK_ABC(BC_RAISE, e, c, 1));
        } else {
            fs->line = s->line;
            cg_emit(fs, MK_ABC(BC_RAISE, e, 0, 0));
        }
    }
    cg_free_to(fs, base);
    fs->unreachable = true;
}

static void compile_assert(FuncState *fs, Node *s) {
    int base = fs->freereg;
    IntList ok = {0};
    cond_jump(fs, s->u.assert_.test, true, &ok);
    int t = cg_alloc_regs(fs, 2);
    fs->line = s->line;
    cg_emit(fs, MK_ABX(BC_LOADBUILTIN, t, BREF_ASSERTION_ERROR));
    if (s->u.assert_.msg) {
        expr_to(fs, s->u.assert_.msg, t + 1);
        cg_emit(fs, MK_ABC(BC_CALL, t, 1, 0));
    } else {
        cg_emit(fs, MK_ABC(BC_CALL, t, 0, 0));
    }
    cg_emit(fs, MK_ABC(BC_RAISE, t, 0, 0));
    cg_patch_list(fs, &ok, cg_pc(fs));
    cg_free_to(fs, base);
}

/* ---------------------------------------------------------------- try */

/* An except-block's cleanup: restore the handled exception, re-raise. */
static void emit_cleanup(FuncState *fs, Block *hb) {
    seg_install(fs, hb, cg_pc(fs));
    cg_emit(fs, MK_ABC(BC_POPEXC, hb->saved_reg, 0, 0));
    cg_emit(fs, MK_ABC(BC_RERAISE, hb->exc_reg, 0, 0));
}

static void unbind_handler_name(FuncState *fs, Node *h) {
    Scope *owner;
    Symbol *sym = cg_find_symbol(fs, h->u.handler.name.s, &owner);
    if (sym && sym->kind == SYM_LOCAL) {
        cg_emit(fs, MK_ABC(BC_DELLOCAL, sym->reg, 0, 0));
        fs->assigned[sym->reg] = 0;
    } else {
        delete_name(fs, h->u.handler.name, h);
    }
}

static void compile_try_except(FuncState *fs, NodeList *body, NodeList *handlers, NodeList *orelse) {
    int base = fs->freereg;
    Block tb;
    block_push(fs, &tb, BLK_TRY);
    tb.exc_reg = cg_alloc_reg(fs);
    int saved = cg_alloc_reg(fs);
    Snap before, done;
    snap_take(fs, &before);
    seg_open(fs, &tb);
    compile_stmts(fs, body);
    seg_close(fs, &tb);
    block_pop(fs);
    compile_stmts(fs, orelse);
    snap_take(fs, &done);
    IntList end = {0};
    if (!fs->unreachable) intlist_push(fs, &end, cg_emit_jump(fs));

    seg_install(fs, &tb, cg_pc(fs));
    snap_restore(fs, &before);
    fs->unreachable = false;
    cg_emit(fs, MK_ABC(BC_PUSHEXC, saved, tb.exc_reg, 0));
    Block hb;
    block_push(fs, &hb, BLK_HANDLER);
    hb.saved_reg = saved;
    hb.exc_reg = cg_alloc_reg(fs);
    seg_open(fs, &hb);
    for (int i = 0; i < handlers->len; i++) {
        Node *h = handlers->items[i];
        fs->line = h->line;
        if (!h->u.handler.type && i != handlers->len - 1) cg_error(fs, h, "default 'except:' must be last");
        IntList next = {0};
        if (h->u.handler.type) {
            int mark = fs->freereg;
            int t = expr_temp(fs, h->u.handler.type);
            cg_emit(fs, MK_ABC(BC_EXCMATCH, t, tb.exc_reg, t));
            cg_emit(fs, MK_ABC(BC_TEST, t, 0, 0));
            intlist_push(fs, &next, cg_emit_jump(fs));
            cg_free_to(fs, mark);
        }
        snap_restore(fs, &before);
        if (h->u.handler.name.s) store_name(fs, h->u.handler.name, tb.exc_reg, h);
        compile_stmts(fs, h->u.handler.body);
        if (!fs->unreachable) {
            if (h->u.handler.name.s) unbind_handler_name(fs, h);
            cg_emit(fs, MK_ABC(BC_POPEXC, saved, 0, 0));
            intlist_push(fs, &end, cg_emit_jump(fs));
        }
        Snap clause_end;
        snap_take(fs, &clause_end);
        snap_merge(&done, &clause_end);
        cg_patch_list(fs, &next, cg_pc(fs));
    }
    seg_close(fs, &hb);
    block_pop(fs);
    cg_emit(fs, MK_ABC(BC_POPEXC, saved, 0, 0));
    cg_emit(fs, MK_ABC(BC_RERAISE, tb.exc_reg, 0, 0));
    emit_cleanup(fs, &hb);
    cg_patch_list(fs, &end, cg_pc(fs));
    snap_restore(fs, &done);
    cg_free_to(fs, base);
}

static void compile_try_finally(FuncState *fs, Node *s) {
    int base = fs->freereg;
    Block fb;
    block_push(fs, &fb, BLK_FINALLY);
    fb.finalbody = s->u.try_.finalbody;
    fb.exc_reg = cg_alloc_reg(fs);
    int saved = cg_alloc_reg(fs);
    Snap before;
    snap_take(fs, &before);
    seg_open(fs, &fb);
    if (s->u.try_.handlers && s->u.try_.handlers->len)
        compile_try_except(fs, s->u.try_.body, s->u.try_.handlers, s->u.try_.orelse);
    else
        compile_stmts(fs, s->u.try_.body);
    seg_close(fs, &fb);
    block_pop(fs);

    /* normal path */
    compile_stmts(fs, fb.finalbody);
    Snap after;
    snap_take(fs, &after);
    int end = !fs->unreachable ? cg_emit_jump(fs) : -1;

    /* exceptional path: run the body again, then re-raise */
    seg_install(fs, &fb, cg_pc(fs));
    snap_restore(fs, &before);
    fs->unreachable = false;
    cg_emit(fs, MK_ABC(BC_PUSHEXC, saved, fb.exc_reg, 0));
    Block hb;
    block_push(fs, &hb, BLK_HANDLER);
    hb.saved_reg = saved;
    hb.exc_reg = cg_alloc_reg(fs);
    seg_open(fs, &hb);
    compile_stmts(fs, fb.finalbody);
    seg_close(fs, &hb);
    block_pop(fs);
    if (!fs->unreachable) {
        cg_emit(fs, MK_ABC(BC_POPEXC, saved, 0, 0));
        cg_emit(fs, MK_ABC(BC_RERAISE, fb.exc_reg, 0, 0));
    }
    emit_cleanup(fs, &hb);
    if (end >= 0) cg_patch(fs, end, cg_pc(fs));
    snap_restore(fs, &after);
    cg_free_to(fs, base);
}

static void compile_try(FuncState *fs, Node *s) {
    if (s->u.try_.finalbody && s->u.try_.finalbody->len) compile_try_finally(fs, s);
    else compile_try_except(fs, s->u.try_.body, s->u.try_.handlers, s->u.try_.orelse);
}

/* --------------------------------------------------------------- with */

static void compile_with_item(FuncState *fs, Node *s, int index) {
    Node *item = s->u.with.items->items[index];
    bool is_async = s->u.with.is_async;
    if (is_async && !fs->is_async && !(fs->is_module && fs->c->opts->allow_await))
        cg_error(fs, s, "'async with' outside async function");
    int base = fs->freereg;
    int x = cg_alloc_regs(fs, 2);
    int mgr = expr_any(fs, item->u.withitem.context);
    fs->line = s->line;
    cg_emit(fs, MK_ABC(is_async ? BC_BEFOREAWITH : BC_BEFOREWITH, x, mgr, 0));
    cg_emit(fs, MK_ABC(BC_CALL, x + 1, 0, 0));
    if (is_async) cg_emit(fs, MK_ABC(BC_AWAIT, x + 1, x + 1, 0));
    if (item->u.withitem.target) assign_to(fs, item->u.withitem.target, x + 1);
    Block wb;
    block_push(fs, &wb, BLK_WITH);
    wb.exit_reg = x;
    wb.is_async = is_async;
    wb.exc_reg = cg_alloc_reg(fs);
    int saved = cg_alloc_reg(fs);
    Snap before;
    snap_take(fs, &before);
    seg_open(fs, &wb);
    if (index + 1 < s->u.with.items->len) compile_with_item(fs, s, index + 1);
    else compile_stmts(fs, s->u.with.body);
    seg_close(fs, &wb);
    block_pop(fs);
    Snap after;
    snap_take(fs, &after);
    int end = -1;
    if (!fs->unreachable) {
        fs->line = s->line;
        emit_exit_call(fs, x, is_async);
        end = cg_emit_jump(fs);
    }

    seg_install(fs, &wb, cg_pc(fs));
    snap_restore(fs, &before);
    fs->unreachable = false;
    cg_emit(fs, MK_ABC(BC_PUSHEXC, saved, wb.exc_reg, 0));
    Block hb;
    block_push(fs, &hb, BLK_HANDLER);
    hb.saved_reg = saved;
    hb.exc_reg = cg_alloc_reg(fs);
    seg_open(fs, &hb);
    int t = cg_alloc_regs(fs, 4);
    cg_emit(fs, MK_ABC(BC_MOVE, t, x, 0));
    cg_emit(fs, MK_ABC(BC_TYPEOF, t + 1, wb.exc_reg, 0));
    cg_emit(fs, MK_ABC(BC_MOVE, t + 2, wb.exc_reg, 0));
    cg_emit(fs, MK_ABC(BC_LOADNONE, t + 3, 0, 0));
    cg_emit(fs, MK_ABC(BC_CALL, t, 3, 0));
    if (is_async) cg_emit(fs, MK_ABC(BC_AWAIT, t, t, 0));
    cg_emit(fs, MK_ABC(BC_TEST, t, 0, 1));
    int suppressed = cg_emit_jump(fs);
    seg_close(fs, &hb);
    block_pop(fs);
    cg_emit(fs, MK_ABC(BC_POPEXC, saved, 0, 0));
    cg_emit(fs, MK_ABC(BC_RERAISE, wb.exc_reg, 0, 0));
    cg_patch(fs, suppressed, cg_pc(fs));
    cg_emit(fs, MK_ABC(BC_POPEXC, saved, 0, 0));
    int end2 = cg_emit_jump(fs);
    emit_cleanup(fs, &hb);
    if (end >= 0) cg_patch(fs, end, cg_pc(fs));
    cg_patch(fs, end2, cg_pc(fs));
    snap_restore(fs, &after);
    snap_join(fs, &before);
    fs->unreachable = false;
    cg_free_to(fs, base);
}

/* -------------------------------------------------------------- import */

static void compile_import(FuncState *fs, Node *s) {
    NodeList *names = s->u.import.names;
    for (int i = 0; i < names->len; i++) {
        Node *a = names->items[i];
        int base = fs->freereg;
        int r = cg_alloc_reg(fs);
        Ident name = a->u.alias.name;
        fs->line = a->line;
        cg_emit(fs, MK_ABX(BC_IMPORT, r, cg_const_str(fs, name.s, name.len)));
        const char *dot = strchr(name.s, '.');
        if (a->u.alias.asname.s) {
            store_name(fs, a->u.alias.asname, r, a);
        } else if (dot) {
            /* import a.b binds the top-level module a */
            Ident top = ast_ident(&fs->c->arena, name.s, (size_t)(dot - name.s));
            cg_emit(fs, MK_ABX(BC_IMPORT, r, cg_const_str(fs, top.s, top.len)));
            store_name(fs, top, r, a);
        } else {
            store_name(fs, name, r, a);
        }
        cg_free_to(fs, base);
    }
}

static void compile_import_from(FuncState *fs, Node *s) {
    int base = fs->freereg;
    int m = cg_alloc_reg(fs);
    Ident module = s->u.import.module;
    NodeList *names = s->u.import.names;
    if (!module.s || !module.len) {
        /* from . import x: sibling modules, found next to this file */
        for (int i = 0; i < names->len; i++) {
            Node *a = names->items[i];
            if (strcmp(a->u.alias.name.s, "*") == 0) cg_error(fs, a, "'from . import *' is not supported");
            cg_emit(fs, MK_ABX(BC_IMPORT, m, cg_const_str(fs, a->u.alias.name.s, a->u.alias.name.len)));
            store_name(fs, a->u.alias.asname.s ? a->u.alias.asname : a->u.alias.name, m, a);
        }
        cg_free_to(fs, base);
        return;
    }
    cg_emit(fs, MK_ABX(BC_IMPORT, m, cg_const_str(fs, module.s, module.len)));
    for (int i = 0; i < names->len; i++) {
        Node *a = names->items[i];
        fs->line = a->line;
        if (strcmp(a->u.alias.name.s, "*") == 0) {
            if (fs->scope->kind != SCOPE_MODULE) cg_error(fs, s, "import * only allowed at module level");
            cg_emit(fs, MK_ABC(BC_IMPORTSTAR, m, 0, 0));
            continue;
        }
        int r = cg_alloc_reg(fs);
        int k = cg_const_str(fs, a->u.alias.name.s, a->u.alias.name.len);
        cg_emit(fs, MK_ABC(BC_IMPORTFROM, r, m, k < 255 ? k : 255));
        if (k >= 255) cg_emit(fs, MK_AX(BC_EXTRA, k));
        store_name(fs, a->u.alias.asname.s ? a->u.alias.asname : a->u.alias.name, r, a);
        cg_free_to(fs, r);
    }
    cg_free_to(fs, base);
}

/* --------------------------------------------------------------- class */

static void compile_class(FuncState *fs, Node *s) {
    NodeList *bases = s->u.cls.bases;
    if (bases && bases->len > 1) cg_error(fs, bases->items[1], "multiple inheritance is not supported");
    if (s->u.cls.keywords && s->u.cls.keywords->len)
        cg_error(fs, s->u.cls.keywords->items[0], "class keyword arguments (such as metaclass=) are not supported");
    int base = fs->freereg;
    int r = cg_alloc_regs(fs, 4);
    if (bases && bases->len) {
        if (bases->items[0]->kind == E_STARRED) cg_error(fs, bases->items[0], "starred class bases are not supported");
        expr_to(fs, bases->items[0], r + 2);
    } else {
        cg_emit(fs, MK_ABC(BC_DELLOCAL, r + 2, 0, 0));
    }
    fs->line = s->line;
    cg_emit(fs, MK_ABC(BC_NEWDICT, r, 0, 0));

    Scope *scope = scope_child(fs->cur, s);
    FuncState body;
    fs_open(fs->c, &body, scope, s);
    int t = cg_alloc_reg(&body);
    cg_emit(&body, MK_ABX(BC_GETGLOBAL, t, cg_global_slot(&body, ast_ident(&fs->c->arena, "__name__", 8))));
    cg_emit(&body, MK_ABX(BC_SETNAME, t, cg_const_str(&body, "__module__", 10)));
    cg_emit_loadk(&body, t, cg_const_str(&body, scope->qualname, strlen(scope->qualname)));
    cg_emit(&body, MK_ABX(BC_SETNAME, t, cg_const_str(&body, "__qualname__", 12)));
    cg_free_to(&body, t);
    compile_stmts(&body, s->u.cls.body);
    if (scope->has_class_cell) {
        Symbol *cell = scope_lookup(scope, "__class__");
        cg_emit(&body, MK_ABX(BC_SETNAME, cell->reg, cg_const_str(&body, "__classcell__", 13)));
    }
    NodeList *params = ast_list(&fs->c->arena);
    Node *ns = ast_node(&fs->c->arena, N_PARAM, s->line, s->col);
    ns->u.param.name = ast_ident(&fs->c->arena, ".namespace", 10);
    ns->u.param.kind = PARAM_NORMAL;
    ast_append(&fs->c->arena, params, ns);
    ObjProto *p = fs_close(&body, s->u.cls.name.s, 1, 0, 0, PROTO_CLASS, params, s->line);

    int c = cg_alloc_regs(fs, 2);
    fs->line = s->line;
    cg_emit(fs, MK_ABX(BC_CLOSURE, c, cg_const(fs, v_obj(p))));
    cg_emit(fs, MK_ABC(BC_MOVE, c + 1, r, 0));
    cg_emit(fs, MK_ABC(BC_CALL, c, 1, 0));
    cg_emit_loadk(fs, r + 1, cg_const_str(fs, s->u.cls.name.s, s->u.cls.name.len));
    cg_emit_loadk(fs, r + 3, cg_const_str(fs, scope->qualname, strlen(scope->qualname)));
    cg_emit(fs, MK_ABC(BC_MAKECLASS, r, 0, 0));
    store_name(fs, s->u.cls.name, r, s);
    cg_free_to(fs, base);
}

/* ------------------------------------------------------------ dispatch */

static bool is_docstring_like(Node *e) {
    return e->kind == E_STR || e->kind == E_INT || e->kind == E_FLOAT || e->kind == E_NONE ||
           e->kind == E_TRUE || e->kind == E_FALSE || e->kind == E_ELLIPSIS;
}

static void compile_expr_stmt(FuncState *fs, Node *s) {
    Node *e = s->u.expr.value;
    if (is_docstring_like(e)) return;
    int base = fs->freereg;
    if (fs->c->opts->interactive && fs->scope->kind == SCOPE_MODULE && fs->blocks == NULL) {
        int t = cg_alloc_regs(fs, 2);
        cg_emit(fs, MK_ABX(BC_LOADBUILTIN, t, BREF_DISPLAYHOOK));
        expr_to(fs, e, t + 1);
        cg_emit(fs, MK_ABC(BC_CALL, t, 1, 0));
    } else {
        expr_any(fs, e);
    }
    cg_free_to(fs, base);
}

static void compile_stmt(FuncState *fs, Node *s) {
    fs->line = s->line;
    switch ((NodeKind)s->kind) {
    case S_EXPR: compile_expr_stmt(fs, s); break;
    case S_ASSIGN: compile_assign(fs, s); break;
    case S_AUGASSIGN: compile_augassign(fs, s); break;
    case S_ANNASSIGN:
        if (s->u.ann.value) {
            int base = fs->freereg;
            int v = expr_any(fs, s->u.ann.value);
            assign_to(fs, s->u.ann.target, v);
            cg_free_to(fs, base);
        }
        break;
    case S_IF: compile_if(fs, s); break;
    case S_WHILE: compile_while(fs, s); break;
    case S_FOR: compile_for(fs, s); break;
    case S_BREAK: case S_CONTINUE: compile_break_continue(fs, s); break;
    case S_PASS: case S_GLOBAL: case S_NONLOCAL: break;
    case S_FUNCDEF: {
        int base = fs->freereg;
        int t = cg_alloc_reg(fs);
        compile_function_value(fs, s, t);
        store_name(fs, scope_mangle(&fs->c->arena, fs->cur, s->u.func.name), t, s);
        cg_free_to(fs, base);
        break;
    }
    case S_CLASSDEF: compile_class(fs, s); break;
    case S_RETURN: compile_return(fs, s); break;
    case S_DEL:
        for (int i = 0; i < s->u.del.targets->len; i++) compile_del_target(fs, s->u.del.targets->items[i]);
        break;
    case S_ASSERT: compile_assert(fs, s); break;
    case S_TRY: compile_try(fs, s); break;
    case S_RAISE: compile_raise(fs, s); break;
    case S_IMPORT: compile_import(fs, s); break;
    case S_IMPORTFROM: compile_import_from(fs, s); break;
    case S_WITH: compile_with_item(fs, s, 0); break;
    default: cg_error(fs, s, "unsupported statement");
    }
}

/* ------------------------------------------------------------- entry */

ObjProto *compile_ast(VM *vm, NodeList *module, const CompileOptions *opts, CompileError *err) {
    Compiler c;
    memset(&c, 0, sizeof c);
    c.vm = vm;
    c.err = err;
    c.opts = opts;
    memset(err, 0, sizeof *err);
    arena_init(&c.arena, vm->config.alloc, vm->config.alloc_ud);
    c.arena.on_oom = &c.fail;
    ObjProto *p = NULL;
    jmp_buf *outer_oom = vm->oom;   /* the VM's allocations fail here too, so the arena is freed */
    vm->oom = &c.fail;
    size_t scratch = vm_scratch_mark(vm);
    if (setjmp(c.fail) == 0) {
        Scope *top = scope_analyze(&c.arena, module, err);
        if (top) {
            FuncState fs;
            fs_open(&c, &fs, top, NULL);
            compile_stmts(&fs, module);
            p = fs_close(&fs, "<module>", 0, 0, 0, PROTO_MODULE, NULL, 1);
        }
    } else {
        vm_scratch_release(vm, scratch);
        if (!err->msg[0]) {
            snprintf(err->msg, sizeof err->msg, "out of memory while compiling");
            err->out_of_memory = true;
        }
    }
    vm->oom = outer_oom;
    arena_free(&c.arena);
    return p;
}

ObjProto *compile_source(VM *vm, const char *src, size_t len, ObjStr *filename, bool keep_source,
                         bool allow_await, bool interactive, CompileError *err) {
    ParseResult pr;
    SyntaxError se;
    memset(err, 0, sizeof *err);
    if (!parse_source(vm->config.alloc, vm->config.alloc_ud, src, len, &pr, &se)) {
        err->line = se.line;
        err->col = se.col;
        err->incomplete = se.incomplete;
        err->out_of_memory = se.out_of_memory;
        memcpy(err->msg, se.msg, sizeof err->msg < sizeof se.msg ? sizeof err->msg : sizeof se.msg);
        err->msg[sizeof err->msg - 1] = 0;
        return NULL;
    }
    CompileOptions opts = {filename, keep_source ? str_new(vm, src, len) : NULL, allow_await, interactive};
    ObjProto *p = compile_ast(vm, pr.body, &opts, err);
    parse_result_free(&pr);
    return p;
}
