/* expr.c - compiling expressions into registers, and conditions into jumps.
 *
 * expr_to(e, dst) leaves e's value in dst. It may write dst only as its
 * last step unless dst is a temporary (>= nactive), so `x = f(x) + x` can
 * target x's register directly. expr_any() avoids the copy altogether for a
 * variable that already lives in a register. Conditions in `if`/`while`
 * compile to compare-and-jump instructions, never to a bool value. */
#include <string.h>

#include "codegen.h"

static void enter(FuncState *fs, Node *e) {
    if (++fs->depth > MAX_EXPR_DEPTH) cg_error(fs, e, "expression too deeply nested");
}

static void leave(FuncState *fs) { fs->depth--; }

static bool safe_dst(FuncState *fs, int dst) { return dst >= fs->nactive; }

/* emit op A B <name> where the name goes in C (or in an EXTRA after) */
static void emit_named(FuncState *fs, Opcode op, int a, int b, Ident name, bool name_in_b) {
    int k = cg_const_str(fs, name.s, name.len);
    int field = k < 255 ? k : 255;
    if (name_in_b) cg_emit(fs, MK_ABC(op, a, field, b));
    else cg_emit(fs, MK_ABC(op, a, b, field));
    if (field == 255) cg_emit(fs, MK_AX(BC_EXTRA, k));
}

static int name_k8(FuncState *fs, Ident name) {
    int k = cg_const_str(fs, name.s, name.len);
    return k < 255 ? k : 255;
}

/* ------------------------------------------------------------- names */

void load_name(FuncState *fs, Ident name, int dst, Node *at) {
    Scope *owner;
    Symbol *sym = cg_find_symbol(fs, name.s, &owner);
    int kind = sym ? sym->kind : owner->kind == SCOPE_CLASS ? SYM_NAME : SYM_GLOBAL;
    (void)at;
    switch (kind) {
    case SYM_LOCAL:
        if (!fs->assigned[sym->reg]) {
            cg_emit(fs, MK_ABX(BC_CHECKBOUND, sym->reg, cg_const_str(fs, name.s, name.len)));
            fs->assigned[sym->reg] = 1;
        }
        if (sym->reg != dst) cg_emit(fs, MK_ABC(BC_MOVE, dst, sym->reg, 0));
        break;
    case SYM_CELL: cg_emit(fs, MK_ABC(BC_GETCELL, dst, sym->reg, name_k8(fs, name))); break;
    case SYM_FREE: cg_emit(fs, MK_ABC(BC_GETFREE, dst, sym->free_index, name_k8(fs, name))); break;
    case SYM_NAME: cg_emit(fs, MK_ABX(BC_GETNAME, dst, cg_const_str(fs, name.s, name.len))); break;
    default: cg_emit(fs, MK_ABX(BC_GETGLOBAL, dst, cg_global_slot(fs, name))); break;
    }
}

void store_name(FuncState *fs, Ident name, int src, Node *at) {
    Scope *owner;
    Symbol *sym = cg_find_symbol(fs, name.s, &owner);
    int kind = sym ? sym->kind : owner->kind == SCOPE_CLASS ? SYM_NAME : SYM_GLOBAL;
    (void)at;
    switch (kind) {
    case SYM_LOCAL:
        if (sym->reg != src) cg_emit(fs, MK_ABC(BC_MOVE, sym->reg, src, 0));
        fs->assigned[sym->reg] = 1;
        break;
    case SYM_CELL: cg_emit(fs, MK_ABC(BC_SETCELL, src, sym->reg, 0)); break;
    case SYM_FREE: cg_emit(fs, MK_ABC(BC_SETFREE, src, sym->free_index, 0)); break;
    case SYM_NAME: cg_emit(fs, MK_ABX(BC_SETNAME, src, cg_const_str(fs, name.s, name.len))); break;
    default: cg_emit(fs, MK_ABX(BC_SETGLOBAL, src, cg_global_slot(fs, name))); break;
    }
}

/* The register of a plain local that is certainly bound, or -1. */
static int local_reg(FuncState *fs, Node *e) {
    if (e->kind != E_NAME) return -1;
    Scope *owner;
    Symbol *sym = cg_find_symbol(fs, e->u.name.s, &owner);
    if (!sym || sym->kind != SYM_LOCAL || sym->reg < 0) return -1;
    if (!fs->assigned[sym->reg]) {
        cg_emit(fs, MK_ABX(BC_CHECKBOUND, sym->reg, cg_const_str(fs, e->u.name.s, e->u.name.len)));
        fs->assigned[sym->reg] = 1;
    }
    return sym->reg;
}

int expr_any(FuncState *fs, Node *e) {
    int r = local_reg(fs, e);
    if (r >= 0) return r;
    return expr_temp(fs, e);
}

int expr_temp(FuncState *fs, Node *e) {
    int r = cg_alloc_reg(fs);
    expr_to(fs, e, r);
    return r;
}

/* ---------------------------------------------------------- constants */

bool expr_is_const_int(Node *e, int64_t *out) {
    if (e->kind == E_INT && e->op != INT_NEEDS_MINUS) {
        *out = e->u.i;
        return true;
    }
    if (e->kind == E_UNARY && e->op == UOP_NEG && e->u.unary.operand->kind == E_INT && e->u.unary.operand->u.i != INT64_MIN) {
        *out = -e->u.unary.operand->u.i;
        return true;
    }
    return false;
}

/* A number or string constant usable as a K operand (index < 256), or -1. */
static int const_operand(FuncState *fs, Node *e) {
    int64_t i;
    int k = -1;
    if (expr_is_const_int(e, &i)) k = cg_const(fs, v_int(i));
    else if (e->kind == E_FLOAT) k = cg_const(fs, v_float(e->u.f));
    else if (e->kind == E_UNARY && e->op == UOP_NEG && e->u.unary.operand->kind == E_FLOAT)
        k = cg_const(fs, v_float(-e->u.unary.operand->u.f));
    else if (e->kind == E_STR) k = cg_const_str(fs, e->u.str.bytes, e->u.str.len);
    return k >= 0 && k < 256 ? k : -1;
}

static Value bytes_const(FuncState *fs, Node *e) {
    VM *vm = fs->c->vm;
    ObjBytes *b = (ObjBytes *)vm_alloc_obj(vm, OT_BYTES, sizeof(ObjBytes) + e->u.str.len + 1);
    b->len = (uint32_t)e->u.str.len;
    memcpy(b->data, e->u.str.bytes, e->u.str.len);
    b->data[b->len] = 0;
    return v_obj(b);
}

/* ---------------------------------------------------------- operators */

static const Opcode rr_arith[] = {[OP_ADD] = BC_ADD, [OP_SUB] = BC_SUB, [OP_MUL] = BC_MUL,
                                  [OP_DIV] = BC_DIV, [OP_FLOORDIV] = BC_IDIV, [OP_MOD] = BC_MOD};
static const Opcode rk_arith[] = {[OP_ADD] = BC_ADDK, [OP_SUB] = BC_SUBK, [OP_MUL] = BC_MULK,
                                  [OP_DIV] = BC_DIVK, [OP_FLOORDIV] = BC_IDIVK, [OP_MOD] = BC_MODK};

static bool has_fast_op(int op) { return op <= OP_MOD && op != OP_POW; }

/* dst = a op b for registers a and b (or constant kb >= 0). */
void emit_arith(FuncState *fs, int op, int dst, int a, int b, int kb, bool inplace) {
    if (inplace && (op == OP_ADD || op == OP_SUB || op == OP_MUL)) {
        static const Opcode irr[] = {[OP_ADD] = BC_IADD, [OP_SUB] = BC_ISUB, [OP_MUL] = BC_IMUL};
        static const Opcode irk[] = {[OP_ADD] = BC_IADDK, [OP_SUB] = BC_ISUBK, [OP_MUL] = BC_IMULK};
        if (kb >= 0) cg_emit(fs, MK_ABC(irk[op], dst, a, kb));
        else cg_emit(fs, MK_ABC(irr[op], dst, a, b));
        return;
    }
    if (!inplace && has_fast_op(op)) {
        if (kb >= 0) cg_emit(fs, MK_ABC(rk_arith[op], dst, a, kb));
        else cg_emit(fs, MK_ABC(rr_arith[op], dst, a, b));
        return;
    }
    if (kb >= 0) {
        b = cg_alloc_reg(fs);
        cg_emit_loadk(fs, b, kb);
    }
    cg_emit(fs, MK_ABC(BC_BINOP, dst, a, b));
    cg_emit(fs, MK_AX(BC_EXTRA, (uint32_t)op | (inplace ? 1u << 8 : 0)));
}

static bool fold_int(int op, int64_t a, int64_t b, int64_t *out) {
    switch (op) {
    case OP_ADD: return !__builtin_add_overflow(a, b, out);
    case OP_SUB: return !__builtin_sub_overflow(a, b, out);
    case OP_MUL: return !__builtin_mul_overflow(a, b, out);
    default: return false;
    }
}

static void compile_binop(FuncState *fs, Node *e, int dst) {
    int64_t x, y, r;
    if (expr_is_const_int(e->u.bin.left, &x) && expr_is_const_int(e->u.bin.right, &y) && fold_int(e->op, x, y, &r)) {
        cg_emit_load_int(fs, dst, r);
        return;
    }
    int base = fs->freereg;
    int a;
    if (safe_dst(fs, dst) && e->u.bin.left->kind == E_BINOP) {
        expr_to(fs, e->u.bin.left, dst);   /* long left-leaning chains need no register per term */
        a = dst;
    } else {
        a = expr_any(fs, e->u.bin.left);
    }
    int kb = const_operand(fs, e->u.bin.right);
    int b = kb >= 0 ? -1 : expr_any(fs, e->u.bin.right);
    fs->line = e->line;
    emit_arith(fs, e->op, dst, a, b, kb, false);
    cg_free_to(fs, base);
}

static void compile_unary(FuncState *fs, Node *e, int dst) {
    int64_t i;
    if (expr_is_const_int(e, &i)) {
        cg_emit_load_int(fs, dst, i);
        return;
    }
    Node *x = e->u.unary.operand;
    if (e->op == UOP_NEG && x->kind == E_FLOAT) {
        cg_emit_loadk(fs, dst, cg_const(fs, v_float(-x->u.f)));
        return;
    }
    static const Opcode ops[] = {[UOP_NEG] = BC_NEG, [UOP_POS] = BC_POS, [UOP_INVERT] = BC_INVERT, [UOP_NOT] = BC_NOT};
    int base = fs->freereg;
    int r = expr_any(fs, x);
    fs->line = e->line;
    cg_emit(fs, MK_ABC(ops[e->op], dst, r, 0));
    cg_free_to(fs, base);
}

/* -------------------------------------------------------- comparisons */

static const Opcode cmp_value_rr[] = {BC_EQ, BC_NE, BC_LT, BC_LE, BC_GT, BC_GE, BC_IS, BC_ISNOT, BC_IN, BC_NOTIN};
static const Opcode cmp_value_rk[] = {BC_EQK, BC_NEK, BC_LTK, BC_LEK, BC_GTK, BC_GEK};
static const Opcode cmp_jump_rr[] = {BC_JEQ, BC_JNE, BC_JLT, BC_JLE, BC_JGT, BC_JGE};
static const Opcode cmp_jump_rk[] = {BC_JEQK, BC_JNEK, BC_JLTK, BC_JLEK, BC_JGTK, BC_JGEK};

/* dst = a op b, for registers (IN tests b contains a). */
static void emit_compare_value(FuncState *fs, int op, int dst, int a, Node *right, int b_reg) {
    int kb = op <= CMP_GE && b_reg < 0 ? const_operand(fs, right) : -1;
    if (kb >= 0) {
        cg_emit(fs, MK_ABC(cmp_value_rk[op], dst, a, kb));
        return;
    }
    int b = b_reg >= 0 ? b_reg : expr_any(fs, right);
    cg_emit(fs, MK_ABC(cmp_value_rr[op], dst, a, b));
}

static void compile_compare(FuncState *fs, Node *e, int dst) {
    int base = fs->freereg;
    int n = e->u.cmp.rest->len;
    int t = n == 1 || safe_dst(fs, dst) ? dst : cg_alloc_reg(fs);
    int a = expr_any(fs, e->u.cmp.left);
    IntList done = {0};
    for (int i = 0; i < n; i++) {
        Node *right = e->u.cmp.rest->items[i];
        int op = e->u.cmp.ops[i];
        int b = i < n - 1 ? expr_any(fs, right) : -1;
        fs->line = e->line;
        emit_compare_value(fs, op, t, a, right, b);
        if (i < n - 1) {
            cg_emit(fs, MK_ABC(BC_TEST, t, 0, 0));
            intlist_push(fs, &done, cg_emit_jump(fs));
        }
        a = b;
    }
    cg_patch_list(fs, &done, cg_pc(fs));
    if (t != dst) cg_emit(fs, MK_ABC(BC_MOVE, dst, t, 0));
    cg_free_to(fs, base);
}

/* One comparison a op right as a jump taken when the result == jump_if. */
static void jump_compare(FuncState *fs, int op, int a, Node *right, int b_reg, bool jump_if, IntList *jumps) {
    if (op > CMP_GE) {
        int t = cg_alloc_reg(fs);
        emit_compare_value(fs, op, t, a, right, b_reg);
        cg_emit(fs, MK_ABC(BC_TEST, t, 0, jump_if));
        intlist_push(fs, jumps, cg_emit_jump(fs));
        return;
    }
    int kb = b_reg < 0 ? const_operand(fs, right) : -1;
    if (kb >= 0) cg_emit(fs, MK_ABC(cmp_jump_rk[op], a, kb, jump_if));
    else {
        int b = b_reg >= 0 ? b_reg : expr_any(fs, right);
        cg_emit(fs, MK_ABC(cmp_jump_rr[op], a, b, jump_if));
    }
    intlist_push(fs, jumps, cg_emit_jump(fs));
}

static void cond_compare(FuncState *fs, Node *e, bool jump_if, IntList *jumps) {
    int n = e->u.cmp.rest->len;
    int a = expr_any(fs, e->u.cmp.left);
    IntList fall = {0};
    for (int i = 0; i < n; i++) {
        Node *right = e->u.cmp.rest->items[i];
        bool last = i == n - 1;
        int b = last ? -1 : expr_any(fs, right);
        fs->line = e->line;
        /* all but the last comparison: a false one decides the whole chain */
        if (!last) jump_compare(fs, e->u.cmp.ops[i], a, right, b, false, jump_if ? &fall : jumps);
        else jump_compare(fs, e->u.cmp.ops[i], a, right, b, jump_if, jumps);
        a = b;
    }
    cg_patch_list(fs, &fall, cg_pc(fs));
}

static int const_truth(Node *e) {
    switch (e->kind) {
    case E_TRUE: return 1;
    case E_FALSE: case E_NONE: return 0;
    case E_INT: return e->u.i != 0;
    case E_STR: return e->u.str.len != 0;
    default: return -1;
    }
}

void cond_jump(FuncState *fs, Node *e, bool jump_if, IntList *jumps) {
    enter(fs, e);
    int base = fs->freereg;
    int ct = const_truth(e);
    if (ct >= 0) {
        if ((bool)ct == jump_if) intlist_push(fs, jumps, cg_emit_jump(fs));
    } else if (e->kind == E_UNARY && e->op == UOP_NOT) {
        cond_jump(fs, e->u.unary.operand, !jump_if, jumps);
    } else if (e->kind == E_BOOLOP) {
        bool is_and = e->op == BOOL_AND;
        NodeList *vals = e->u.boolop.values;
        IntList fall = {0};
        /* and: any false value decides false; or: any true value decides true */
        for (int i = 0; i < vals->len - 1; i++) {
            if (jump_if == !is_and) cond_jump(fs, vals->items[i], jump_if, jumps);
            else cond_jump(fs, vals->items[i], !jump_if, &fall);
        }
        cond_jump(fs, vals->items[vals->len - 1], jump_if, jumps);
        cg_patch_list(fs, &fall, cg_pc(fs));
    } else if (e->kind == E_COMPARE) {
        cond_compare(fs, e, jump_if, jumps);
    } else {
        int r = expr_any(fs, e);
        fs->line = e->line;
        cg_emit(fs, MK_ABC(BC_TEST, r, 0, jump_if));
        intlist_push(fs, jumps, cg_emit_jump(fs));
    }
    cg_free_to(fs, base);
    leave(fs);
}

static void compile_boolop(FuncState *fs, Node *e, int dst) {
    int base = fs->freereg;
    int t = safe_dst(fs, dst) ? dst : cg_alloc_reg(fs);
    NodeList *vals = e->u.boolop.values;
    bool stop_when = e->op == BOOL_OR;   /* or stops at a true value, and at a false one */
    IntList done = {0};
    for (int i = 0; i < vals->len - 1; i++) {
        int mark = fs->freereg;
        int r = expr_any(fs, vals->items[i]);
        if (r == t) cg_emit(fs, MK_ABC(BC_TEST, t, 0, stop_when));
        else cg_emit(fs, MK_ABC(BC_TESTSET, t, r, stop_when));
        intlist_push(fs, &done, cg_emit_jump(fs));
        cg_free_to(fs, mark);
    }
    expr_to(fs, vals->items[vals->len - 1], t);
    cg_patch_list(fs, &done, cg_pc(fs));
    if (t != dst) cg_emit(fs, MK_ABC(BC_MOVE, dst, t, 0));
    cg_free_to(fs, base);
}

static void compile_ifexp(FuncState *fs, Node *e, int dst) {
    IntList orelse = {0};
    cond_jump(fs, e->u.ifexp.test, false, &orelse);
    expr_to(fs, e->u.ifexp.body, dst);
    int end = cg_emit_jump(fs);
    cg_patch_list(fs, &orelse, cg_pc(fs));
    expr_to(fs, e->u.ifexp.orelse, dst);
    cg_patch(fs, end, cg_pc(fs));
}

/* ------------------------------------------------------------ displays */

static bool has_starred(NodeList *l) {
    if (!l) return false;
    for (int i = 0; i < l->len; i++)
        if (l->items[i]->kind == E_STARRED) return true;
    return false;
}

#define MAX_DIRECT 200   /* elements built in one instruction */

/* The value of a scalar constant expression, or VT_UNDEF. */
static Value constant_value(FuncState *fs, Node *e) {
    int64_t i;
    if (expr_is_const_int(e, &i)) return v_int(i);
    switch (e->kind) {
    case E_FLOAT: return v_float(e->u.f);
    case E_STR: return v_obj(str_intern(fs->c->vm, e->u.str.bytes, e->u.str.len));
    case E_BYTES: return bytes_const(fs, e);
    case E_TRUE: return V_TRUE;
    case E_FALSE: return V_FALSE;
    case E_NONE: return V_NONE;
    default: return V_UNDEF;
    }
}

/* {c1, c2, c3, ...} of three or more constants compiles, as in CPython, to
 * an empty set updated from a frozenset constant; the table that gives
 * (and so the iteration order) differs from adding one by one. CPython
 * also rebuilds such a constant from its own iteration order when it
 * canonicalises a code object's constants, so the same is done here. */
static bool compile_constant_set(FuncState *fs, Node *e, int dst) {
    NodeList *elts = e->u.seq.elts;
    if (!elts || elts->len <= 2) return false;
    VM *vm = fs->c->vm;
    ObjSet *first = frozenset_new(vm);
    for (int i = 0; i < elts->len; i++) {
        Value v = constant_value(fs, elts->items[i]);
        if (IS_UNDEF(v)) return false;
        if (set_add(vm, &first->s, v) < 0) {
            vm->exc = V_NONE;
            return false;
        }
    }
    ObjSet *fz = frozenset_new(vm);
    uint32_t pos = 0;
    Value v;
    while (set_next(&first->s, &pos, &v)) set_add(vm, &fz->s, v);
    int base = fs->freereg;
    int t = cg_alloc_reg(fs);
    cg_emit(fs, MK_ABC(BC_NEWSET, dst, 0, 0));
    cg_emit_loadk(fs, t, cg_const(fs, v_obj(fz)));
    cg_emit(fs, MK_ABC(BC_SETUPDATE, dst, t, 0));
    cg_free_to(fs, base);
    return true;
}

static void compile_sequence(FuncState *fs, Node *e, int dst) {
    NodeList *elts = e->u.seq.elts;
    int n = elts ? elts->len : 0;
    if (e->kind == E_SET && safe_dst(fs, dst) && compile_constant_set(fs, e, dst)) return;
    int base = fs->freereg;
    Opcode make = e->kind == E_LIST ? BC_NEWLIST : e->kind == E_TUPLE ? BC_NEWTUPLE : BC_NEWSET;
    if (!has_starred(elts) && n <= MAX_DIRECT) {
        int r = cg_alloc_regs(fs, n);
        for (int i = 0; i < n; i++) expr_to(fs, elts->items[i], r + i);
        fs->line = e->line;
        cg_emit(fs, MK_ABC(make, dst, r, n));
        cg_free_to(fs, base);
        return;
    }
    /* element by element into a list (or set), then convert */
    bool is_set = e->kind == E_SET;
    int acc = cg_alloc_reg(fs);
    cg_emit(fs, MK_ABC(is_set ? BC_NEWSET : BC_NEWLIST, acc, 0, 0));
    for (int i = 0; i < n; i++) {
        Node *x = elts->items[i];
        int mark = fs->freereg;
        bool star = x->kind == E_STARRED;
        int r = expr_any(fs, star ? x->u.unary.operand : x);
        Opcode op = is_set ? (star ? BC_SETUPDATE : BC_SETADD) : (star ? BC_LISTEXTEND : BC_LISTAPPEND);
        cg_emit(fs, MK_ABC(op, acc, r, 0));
        cg_free_to(fs, mark);
    }
    if (e->kind == E_TUPLE) cg_emit(fs, MK_ABC(BC_LISTTOTUPLE, dst, acc, 0));
    else if (acc != dst) cg_emit(fs, MK_ABC(BC_MOVE, dst, acc, 0));
    cg_free_to(fs, base);
}

static void compile_dict(FuncState *fs, Node *e, int dst) {
    NodeList *keys = e->u.dict.keys, *vals = e->u.dict.values;
    int n = keys ? keys->len : 0;
    int base = fs->freereg;
    bool unpacking = false;
    for (int i = 0; i < n; i++)
        if (!keys->items[i]) unpacking = true;
    if (!unpacking && n <= MAX_DIRECT / 2) {
        int r = cg_alloc_regs(fs, 2 * n);
        for (int i = 0; i < n; i++) {
            expr_to(fs, keys->items[i], r + 2 * i);
            expr_to(fs, vals->items[i], r + 2 * i + 1);
        }
        fs->line = e->line;
        cg_emit(fs, MK_ABC(BC_NEWDICT, dst, r, n));
        cg_free_to(fs, base);
        return;
    }
    int acc = cg_alloc_reg(fs);
    cg_emit(fs, MK_ABC(BC_NEWDICT, acc, 0, 0));
    for (int i = 0; i < n; i++) {
        int mark = fs->freereg;
        if (!keys->items[i]) {
            int r = expr_any(fs, vals->items[i]);
            cg_emit(fs, MK_ABC(BC_DICTUPDATE, acc, r, 0));
        } else {
            int k = expr_any(fs, keys->items[i]);
            int v = expr_any(fs, vals->items[i]);
            cg_emit(fs, MK_ABC(BC_DICTSET, acc, k, v));
        }
        cg_free_to(fs, mark);
    }
    if (acc != dst) cg_emit(fs, MK_ABC(BC_MOVE, dst, acc, 0));
    cg_free_to(fs, base);
}

/* ------------------------------------------------------ comprehensions */

static void emit_foriter(FuncState *fs, int it, int body) {
    int off = body - (cg_pc(fs) + 1);
    if (off >= -32768) {
        cg_emit(fs, MK_ASBX(BC_FORITER, it, off));
        return;
    }
    /* too far for 16 bits: FORITER hops over a JMP to the exit onto a JMP back */
    cg_emit(fs, MK_ASBX(BC_FORITER, it, 1));
    int exit = cg_emit_jump(fs);
    cg_jump_to(fs, body);
    cg_patch(fs, exit, cg_pc(fs));
}

void compile_foriter(FuncState *fs, int it, int body) { emit_foriter(fs, it, body); }

static void comprehension_level(FuncState *fs, Node *e, int level, int acc, int first_src) {
    Node *g = e->u.comp.gens->items[level];
    int base = fs->freereg;
    int it = cg_alloc_regs(fs, 2);
    int src = level == 0 ? first_src : expr_any(fs, g->u.compfor.iter);
    fs->line = g->line;
    cg_emit(fs, MK_ABC(BC_GETITER, it, src, 0));
    int to_check = cg_emit_jump(fs);
    int body = cg_pc(fs);
    assign_to(fs, g->u.compfor.target, it + 1);
    IntList next = {0};
    if (g->u.compfor.ifs)
        for (int i = 0; i < g->u.compfor.ifs->len; i++) cond_jump(fs, g->u.compfor.ifs->items[i], false, &next);
    if (level + 1 < e->u.comp.gens->len) {
        comprehension_level(fs, e, level + 1, acc, -1);
    } else {
        int mark = fs->freereg;
        fs->line = e->line;
        if (e->kind == E_DICTCOMP) {
            int k = expr_any(fs, e->u.comp.elt);
            int v = expr_any(fs, e->u.comp.value);
            cg_emit(fs, MK_ABC(BC_DICTSET, acc, k, v));
        } else {
            int v = expr_any(fs, e->u.comp.elt);
            cg_emit(fs, MK_ABC(e->kind == E_SETCOMP ? BC_SETADD : BC_LISTAPPEND, acc, v, 0));
        }
        cg_free_to(fs, mark);
    }
    int check = cg_pc(fs);
    cg_patch_list(fs, &next, check);
    cg_patch(fs, to_check, check);
    emit_foriter(fs, it, body);
    cg_free_to(fs, base);
}

static void compile_comprehension(FuncState *fs, Node *e, int dst) {
    int base = fs->freereg;
    int saved_active = fs->nactive;
    Opcode make = e->kind == E_DICTCOMP ? BC_NEWDICT : e->kind == E_SETCOMP ? BC_NEWSET : BC_NEWLIST;
    int acc = cg_alloc_reg(fs);
    cg_emit(fs, MK_ABC(make, acc, 0, 0));
    int src = expr_any(fs, e->u.comp.gens->items[0]->u.compfor.iter);
    Scope *cs = scope_child(fs->cur, e);
    Scope *saved = fs->cur;
    fs->cur = cs;
    for (int i = 0; i < cs->norder; i++) {
        Symbol *sym = cs->order[i];
        if (!(sym->flags & SF_BOUND)) continue;
        sym->reg = (int16_t)cg_alloc_reg(fs);
        fs->assigned[sym->reg] = 0;
        if (sym->kind == SYM_CELL) cg_emit(fs, MK_ABC(BC_NEWCELL, sym->reg, 0, 0));
    }
    fs->nactive = fs->freereg;
    comprehension_level(fs, e, 0, acc, src);
    fs->cur = saved;
    fs->nactive = saved_active;
    if (e->kind == E_GENEXP) cg_emit(fs, MK_ABC(BC_GETITER, dst, acc, 0));
    else if (acc != dst) cg_emit(fs, MK_ABC(BC_MOVE, dst, acc, 0));
    cg_free_to(fs, base);
}

/* ------------------------------------------------------------ f-strings */

static void compile_fstring(FuncState *fs, Node *e, int dst);

/* FORMAT_INT_LATER: the result goes to BUILDSTR, which writes an int's
 * digits itself (FORMAT then leaves an int as it is). */
#define FORMAT_INT_LATER 8

static void compile_formatted(FuncState *fs, Node *f, int dst, int later) {
    int base = fs->freereg;
    int v = cg_alloc_regs(fs, f->u.fmt.spec ? 2 : 1);
    expr_to(fs, f->u.fmt.value, v);
    if (f->u.fmt.spec) compile_fstring(fs, f->u.fmt.spec, v + 1);
    int conv = f->u.fmt.conv == 'r' ? 1 : f->u.fmt.conv == 's' ? 2 : f->u.fmt.conv == 'a' ? 3 : 0;
    fs->line = f->line;
    cg_emit(fs, MK_ABC(BC_FORMAT, dst, v, conv | (f->u.fmt.spec ? 4 : 0) | later));
    cg_free_to(fs, base);
}

static void compile_fstring(FuncState *fs, Node *e, int dst) {
    NodeList *parts = e->u.fstr.parts;
    int n = parts ? parts->len : 0;
    if (n == 0) {
        cg_emit_loadk(fs, dst, cg_const_str(fs, "", 0));
        return;
    }
    if (n == 1) {
        Node *p = parts->items[0];
        if (p->kind == E_STR) cg_emit_loadk(fs, dst, cg_const_str(fs, p->u.str.bytes, p->u.str.len));
        else compile_formatted(fs, p, dst, 0);
        return;
    }
    if (n > MAX_DIRECT) cg_error(fs, e, "f-string has too many parts");
    int base = fs->freereg;
    int r = cg_alloc_regs(fs, n);
    for (int i = 0; i < n; i++) {
        Node *p = parts->items[i];
        if (p->kind == E_STR) cg_emit_loadk(fs, r + i, cg_const_str(fs, p->u.str.bytes, p->u.str.len));
        else compile_formatted(fs, p, r + i, FORMAT_INT_LATER);
    }
    cg_emit(fs, MK_ABC(BC_BUILDSTR, dst, r, n));
    cg_free_to(fs, base);
}

/* ---------------------------------------------------------------- calls */

static bool is_zero_arg_super(FuncState *fs, Node *e) {
    Node *f = e->u.call.func;
    if (f->kind != E_NAME || strcmp(f->u.name.s, "super") != 0) return false;
    if ((e->u.call.args && e->u.call.args->len) || (e->u.call.keywords && e->u.call.keywords->len)) return false;
    Scope *owner;
    Symbol *sym = cg_find_symbol(fs, "super", &owner);
    return !sym || sym->kind == SYM_GLOBAL || sym->kind == SYM_NAME;
}

static void compile_super(FuncState *fs, Node *e, int dst) {
    int base = fs->freereg;
    int t = cg_alloc_regs(fs, 2);
    Scope *owner;
    Symbol *cls = cg_find_symbol(fs, "__class__", &owner);
    if (cls && cls->kind == SYM_FREE) cg_emit(fs, MK_ABC(BC_GETFREE, t, cls->free_index, name_k8(fs, cls->name)));
    else cg_emit(fs, MK_ABC(BC_LOADNONE, t, 0, 0));
    Node *def = fs->node;
    NodeList *params = def && def->kind == S_FUNCDEF ? def->u.func.params : def && def->kind == E_LAMBDA ? def->u.lambda.params : NULL;
    Node *first = NULL;
    for (int i = 0; params && i < params->len && !first; i++)
        if (params->items[i]->u.param.kind <= PARAM_NORMAL) first = params->items[i];
    if (first) load_name(fs, first->u.param.name, t + 1, e);
    else cg_emit(fs, MK_ABC(BC_DELLOCAL, t + 1, 0, 0));
    fs->line = e->line;
    cg_emit(fs, MK_ABC(BC_SUPER, dst, t, t + 1));
    cg_free_to(fs, base);
}

static Value kwnames_tuple(FuncState *fs, NodeList *kws) {
    VM *vm = fs->c->vm;
    ObjTuple *t = tuple_new(vm, (uint32_t)kws->len);
    for (int i = 0; i < kws->len; i++) {
        Ident n = kws->items[i]->u.kw.name;
        t->items[i] = v_obj(str_intern(vm, n.s, n.len));
    }
    return v_obj(t);
}

/* f(*args, **kwargs) and anything else that needs a built argument list */
static void compile_call_ex(FuncState *fs, Node *e, int base) {
    NodeList *args = e->u.call.args, *kws = e->u.call.keywords;
    expr_to(fs, e->u.call.func, base);
    int list = cg_alloc_reg(fs);
    cg_emit(fs, MK_ABC(BC_NEWLIST, list, 0, 0));
    for (int i = 0; args && i < args->len; i++) {
        Node *a = args->items[i];
        int mark = fs->freereg;
        bool star = a->kind == E_STARRED;
        int r = expr_any(fs, star ? a->u.unary.operand : a);
        cg_emit(fs, MK_ABC(star ? BC_LISTEXTEND : BC_LISTAPPEND, list, r, 0));
        cg_free_to(fs, mark);
    }
    bool has_kw = kws && kws->len;
    if (has_kw) {
        int d = cg_alloc_reg(fs);
        cg_emit(fs, MK_ABC(BC_NEWDICT, d, 0, 0));
        for (int i = 0; i < kws->len; i++) {
            Node *kw = kws->items[i];
            int mark = fs->freereg;
            if (!kw->u.kw.name.s) {
                int r = expr_any(fs, kw->u.kw.value);
                cg_emit(fs, MK_ABC(BC_DICTMERGE, d, r, 0));
            } else {
                /* NEWDICT takes the pair from two adjacent registers: key, value */
                int k = cg_alloc_reg(fs);
                cg_emit_loadk(fs, k, cg_const_str(fs, kw->u.kw.name.s, kw->u.kw.name.len));
                expr_to(fs, kw->u.kw.value, cg_alloc_reg(fs));
                int single = cg_alloc_reg(fs);
                cg_emit(fs, MK_ABC(BC_NEWDICT, single, k, 1));
                cg_emit(fs, MK_ABC(BC_DICTMERGE, d, single, 0));
            }
            cg_free_to(fs, mark);
        }
    }
    fs->line = e->line;
    cg_emit(fs, MK_ABC(BC_CALLEX, base, has_kw, 0));
}

static void compile_call_ex_or_plain(FuncState *fs, Node *e, int dst, bool awaiting);

static void compile_call(FuncState *fs, Node *e, int dst) { compile_call_ex_or_plain(fs, e, dst, false); }

/* `await f(args)`: CALLAWAIT f; AWAIT f f (see opcodes.h). */
static bool simple_positional_call(Node *e) {
    if (e->kind != E_CALL || has_starred(e->u.call.args)) return false;
    if (e->u.call.keywords && e->u.call.keywords->len) return false;
    return !e->u.call.args || e->u.call.args->len <= MAX_DIRECT;
}

static void compile_call_ex_or_plain(FuncState *fs, Node *e, int dst, bool awaiting) {
    if (is_zero_arg_super(fs, e)) {
        compile_super(fs, e, dst);
        return;
    }
    NodeList *args = e->u.call.args, *kws = e->u.call.keywords;
    int nargs = args ? args->len : 0, nkw = kws ? kws->len : 0;
    bool dstar = false;
    for (int i = 0; i < nkw; i++)
        if (!kws->items[i]->u.kw.name.s) dstar = true;
    /* When dst is the newest temporary, the call is laid out from dst
     * itself: its result then lands where it is wanted, with no MOVE. */
    bool in_place = dst == fs->freereg - 1 && dst >= fs->nactive;
    if (in_place) fs->freereg = dst;
    int base = fs->freereg;
    int f = cg_alloc_reg(fs);
    if (has_starred(args) || dstar || nargs + nkw > MAX_DIRECT) {
        compile_call_ex(fs, e, f);
    } else {
        Node *func = e->u.call.func;
        bool method = func->kind == E_ATTR;
        if (method) {
            cg_free_to(fs, f);
            int obj = expr_any(fs, func->u.attr.value);
            cg_free_to(fs, base);
            cg_alloc_regs(fs, 2);
            fs->line = func->line;
            emit_named(fs, BC_GETMETHOD, f, obj, func->u.attr.name, false);
        } else {
            expr_to(fs, func, f);
        }
        int r = cg_alloc_regs(fs, nargs + nkw);
        for (int i = 0; i < nargs; i++) expr_to(fs, args->items[i], r + i);
        for (int i = 0; i < nkw; i++) expr_to(fs, kws->items[i]->u.kw.value, r + nargs + i);
        fs->line = e->line;
        if (nkw) {
            /* the names go first: a returning call finds its target register in ip[-1] */
            int k = cg_const(fs, kwnames_tuple(fs, kws));
            cg_emit(fs, MK_AX(BC_EXTRA, k));
            cg_emit(fs, MK_ABC(method ? BC_CALLMETHODKW : BC_CALLKW, f, nargs, nkw));
        } else if (awaiting) {
            cg_emit(fs, MK_ABC(method ? BC_CALLMETHODAWAIT : BC_CALLAWAIT, f, nargs, 0));
            cg_emit(fs, MK_ABC(BC_AWAIT, f, f, 0));
        } else {
            cg_emit(fs, MK_ABC(method ? BC_CALLMETHOD : BC_CALL, f, nargs, 0));
        }
    }
    if (f != dst) cg_emit(fs, MK_ABC(BC_MOVE, dst, f, 0));
    cg_free_to(fs, in_place ? dst + 1 : base);
}

/* ------------------------------------------------------------ subscripts */

static void compile_slice(FuncState *fs, Node *s, int dst) {
    int base = fs->freereg;
    int r = cg_alloc_regs(fs, 3);
    Node *parts[3] = {s->u.slice.lo, s->u.slice.hi, s->u.slice.step};
    for (int i = 0; i < 3; i++) {
        if (parts[i]) expr_to(fs, parts[i], r + i);
        else cg_emit(fs, MK_ABC(BC_LOADNONE, r + i, 0, 0));
    }
    cg_emit(fs, MK_ABC(BC_SLICE, dst, r, 0));
    cg_free_to(fs, base);
}

static void compile_subscript(FuncState *fs, Node *e, int dst) {
    int base = fs->freereg;
    int obj = expr_any(fs, e->u.sub.value);
    int64_t i;
    Node *index = e->u.sub.index;
    if (expr_is_const_int(index, &i) && i >= 0 && i < 256) {
        fs->line = e->line;
        cg_emit(fs, MK_ABC(BC_GETITEMI, dst, obj, i));
    } else {
        int k = expr_any(fs, index);
        fs->line = e->line;
        cg_emit(fs, MK_ABC(BC_GETITEM, dst, obj, k));
    }
    cg_free_to(fs, base);
}

/* ------------------------------------------------------------ assignment */

void assign_to(FuncState *fs, Node *t, int src) {
    int base = fs->freereg;
    switch (t->kind) {
    case E_NAME: store_name(fs, t->u.name, src, t); break;
    case E_ATTR: {
        int obj = expr_any(fs, t->u.attr.value);
        fs->line = t->line;
        emit_named(fs, BC_SETATTR, obj, src, t->u.attr.name, true);
        break;
    }
    case E_SUBSCRIPT: {
        int obj = expr_any(fs, t->u.sub.value);
        int k = expr_any(fs, t->u.sub.index);
        fs->line = t->line;
        cg_emit(fs, MK_ABC(BC_SETITEM, obj, k, src));
        break;
    }
    case E_TUPLE: case E_LIST: {
        NodeList *elts = t->u.seq.elts;
        int n = elts->len, star = -1;
        for (int i = 0; i < n; i++)
            if (elts->items[i]->kind == E_STARRED) star = i;
        if (n > MAX_DIRECT) cg_error(fs, t, "too many expressions in star-unpacking assignment");
        int r = cg_alloc_regs(fs, n);
        fs->line = t->line;
        if (star < 0) {
            cg_emit(fs, MK_ABC(BC_UNPACK, r, src, n));
        } else {
            cg_emit(fs, MK_ABC(BC_UNPACKEX, r, src, star));
            cg_emit(fs, MK_AX(BC_EXTRA, n - star - 1));
        }
        for (int i = 0; i < n; i++) {
            Node *x = elts->items[i];
            assign_to(fs, x->kind == E_STARRED ? x->u.unary.operand : x, r + i);
        }
        break;
    }
    case E_STARRED: cg_error(fs, t, "starred assignment target must be in a list or tuple");
    default: cg_error(fs, t, "cannot assign to expression");
    }
    cg_free_to(fs, base);
}

/* ------------------------------------------------------------ functions */

static bool await_allowed(FuncState *fs) {
    if (fs->is_async) return true;
    return fs->is_module && fs->c->opts->allow_await;
}

void compile_function_value(FuncState *fs, Node *def, int dst) {
    bool is_lambda = def->kind == E_LAMBDA;
    NodeList *params = is_lambda ? def->u.lambda.params : def->u.func.params;
    int base = fs->freereg;
    int r = cg_alloc_regs(fs, 3);
    int npos = 0, nposonly = 0, nkwonly = 0, ndef = 0, nkwdef = 0;
    uint16_t flags = 0;
    for (int i = 0; params && i < params->len; i++) {
        Node *p = params->items[i];
        switch (p->u.param.kind) {
        case PARAM_POSONLY: nposonly++; npos++; break;
        case PARAM_NORMAL: npos++; break;
        case PARAM_KWONLY: nkwonly++; break;
        case PARAM_VARARGS: flags |= PROTO_VARARGS; break;
        case PARAM_VARKW: flags |= PROTO_VARKW; break;
        }
        if (p->u.param.default_) {
            if (p->u.param.kind == PARAM_KWONLY) nkwdef++;
            else ndef++;
        }
    }
    if (ndef) {
        int mark = fs->freereg;
        int d = cg_alloc_regs(fs, ndef);
        int k = 0;
        for (int i = 0; i < params->len; i++) {
            Node *p = params->items[i];
            if (p->u.param.default_ && p->u.param.kind <= PARAM_NORMAL) expr_to(fs, p->u.param.default_, d + k++);
        }
        cg_emit(fs, MK_ABC(BC_NEWTUPLE, r + 1, d, ndef));
        cg_free_to(fs, mark);
        flags |= PROTO_DEFAULTS;
    }
    if (nkwdef) {
        cg_emit(fs, MK_ABC(BC_NEWDICT, r + 2, 0, 0));
        for (int i = 0; i < params->len; i++) {
            Node *p = params->items[i];
            if (!p->u.param.default_ || p->u.param.kind != PARAM_KWONLY) continue;
            int mark = fs->freereg;
            int k = cg_alloc_reg(fs);
            cg_emit_loadk(fs, k, cg_const_str(fs, p->u.param.name.s, p->u.param.name.len));
            int v = expr_any(fs, p->u.param.default_);
            cg_emit(fs, MK_ABC(BC_DICTSET, r + 2, k, v));
            cg_free_to(fs, mark);
        }
        flags |= PROTO_KWDEFAULTS;
    }
    Scope *scope = scope_child(fs->cur, def);
    FuncState child;
    fs_open(fs->c, &child, scope, def);
    if (is_lambda) {
        flags |= PROTO_LAMBDA;
        int v = expr_any(&child, def->u.lambda.body);
        cg_emit(&child, MK_ABC(BC_RETURN, v, 0, 0));
    } else {
        if (def->u.func.is_async) flags |= PROTO_ASYNC;
        compile_stmts(&child, def->u.func.body);
    }
    const char *name = is_lambda ? "<lambda>" : def->u.func.name.s;
    ObjProto *p = fs_close(&child, name, npos, nposonly, nkwonly, flags, params, def->line);
    fs->line = def->line;
    cg_emit(fs, MK_ABX(BC_CLOSURE, r, cg_const(fs, v_obj(p))));
    if (r != dst) cg_emit(fs, MK_ABC(BC_MOVE, dst, r, 0));
    cg_free_to(fs, base);
}

/* -------------------------------------------------------------- dispatch */

void expr_to(FuncState *fs, Node *e, int dst) {
    enter(fs, e);
    int saved_line = fs->line;
    fs->line = e->line;
    switch ((NodeKind)e->kind) {
    case E_NONE: cg_emit(fs, MK_ABC(BC_LOADNONE, dst, 0, 0)); break;
    case E_TRUE: cg_emit(fs, MK_ABC(BC_LOADTRUE, dst, 0, 0)); break;
    case E_FALSE: cg_emit(fs, MK_ABC(BC_LOADFALSE, dst, 0, 0)); break;
    case E_ELLIPSIS: cg_emit_loadk(fs, dst, cg_const(fs, fs->c->vm->ellipsis)); break;
    case E_INT:
        if (e->op == INT_NEEDS_MINUS)
            cg_error(fs, e, "integer literal is too large");
        cg_emit_load_int(fs, dst, e->u.i);
        break;
    case E_FLOAT: cg_emit_loadk(fs, dst, cg_const(fs, v_float(e->u.f))); break;
    case E_STR: cg_emit_loadk(fs, dst, cg_const_str(fs, e->u.str.bytes, e->u.str.len)); break;
    case E_BYTES: cg_emit_loadk(fs, dst, cg_const(fs, bytes_const(fs, e))); break;
    case E_FSTRING: compile_fstring(fs, e, dst); break;
    case E_NAME: load_name(fs, e->u.name, dst, e); break;
    case E_LIST: case E_TUPLE: case E_SET: compile_sequence(fs, e, dst); break;
    case E_DICT: compile_dict(fs, e, dst); break;
    case E_LISTCOMP: case E_SETCOMP: case E_DICTCOMP: case E_GENEXP: compile_comprehension(fs, e, dst); break;
    case E_ATTR: {
        int base = fs->freereg;
        int obj = expr_any(fs, e->u.attr.value);
        fs->line = e->line;
        emit_named(fs, BC_GETATTR, dst, obj, e->u.attr.name, false);
        cg_free_to(fs, base);
        break;
    }
    case E_SUBSCRIPT: compile_subscript(fs, e, dst); break;
    case E_SLICE: compile_slice(fs, e, dst); break;
    case E_CALL: compile_call(fs, e, dst); break;
    case E_BINOP:
        if (e->op == OP_MATMUL) cg_error(fs, e, "the @ operator is not supported");
        compile_binop(fs, e, dst);
        break;
    case E_UNARY: compile_unary(fs, e, dst); break;
    case E_BOOLOP: compile_boolop(fs, e, dst); break;
    case E_COMPARE: compile_compare(fs, e, dst); break;
    case E_IFEXP: compile_ifexp(fs, e, dst); break;
    case E_LAMBDA: compile_function_value(fs, e, dst); break;
    case E_AWAIT: {
        if (!await_allowed(fs) && fs->cur->kind == SCOPE_COMPREHENSION)
            cg_error(fs, fs->cur->node, "asynchronous comprehension outside of an asynchronous function");
        if (!await_allowed(fs))
            cg_error(fs, e, fs->scope->kind == SCOPE_FUNCTION ? "'await' outside async function" : "'await' outside function");
        Node *x = e->u.unary.operand;
        if (simple_positional_call(x) && !is_zero_arg_super(fs, x)) {
            compile_call_ex_or_plain(fs, x, dst, true);
            break;
        }
        int base = fs->freereg;
        int r = expr_any(fs, x);
        fs->line = e->line;
        cg_emit(fs, MK_ABC(BC_AWAIT, dst, r, 0));
        cg_free_to(fs, base);
        break;
    }
    case E_WALRUS:
        expr_to(fs, e->u.walrus.value, dst);
        store_name(fs, e->u.walrus.target->u.name, dst, e);
        break;
    case E_STARRED: cg_error(fs, e, "can't use starred expression here");
    default: cg_error(fs, e, "invalid expression");
    }
    fs->line = saved_line;
    leave(fs);
}
