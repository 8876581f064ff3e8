/* interp.c - the bytecode interpreter.
 *
 * run() executes the innermost frame of a fiber. Script-to-script calls push
 * a frame and continue in the same loop; returns pop back. The loop leaves
 * when a FRAME_BOUNDARY or FRAME_TASKBASE frame returns (EXEC_DONE), when an
 * exception unwinds past one (EXEC_ERROR), or when an await finds something
 * not ready (EXEC_SUSPEND; the frame's ip stays just after the AWAIT, and
 * vm_resume continues there later).
 *
 * Safe points (calls and backward jumps) are the only places the collector
 * runs and Ctrl-C is noticed. Exceptions are found through each proto's
 * handler table, so `try` costs nothing until something is raised. Running
 * out of memory longjmps to vm_resume, which restarts run() in a mode that
 * raises MemoryError at the instruction that was executing. */
#include <math.h>
#include <string.h>

#include <stdio.h>

#include "vm.h"
#include "ast.h"
#include "task.h"
#include "eventloop.h"

Value arith_number(VM *vm, int op, Value a, Value b);                 /* arith.c */
Value list_extend_iter(VM *vm, ObjList *l, Value iterable);           /* lib_list.c */
Value dict_update_from(VM *vm, ObjDict *d, Value other, bool no_dups); /* lib_dict.c */
Value set_update(VM *vm, Set *s, Value iterable);                     /* lib_dict.c */
Value class_build(VM *vm, Value *regs);                               /* module.c */
Value vm_import_from(VM *vm, Value module, ObjStr *name);             /* module.c */
Value vm_import_star(VM *vm, Value module, ObjDict *globals);         /* module.c */

typedef enum RunMode { MODE_RUN, MODE_SEND, MODE_THROW, MODE_OOM } RunMode;

/* --------------------------------------------------------------- helpers */

static const Handler *find_handler(const ObjProto *p, uint32_t pc) {
    for (uint32_t i = 0; i < p->nhandlers; i++) {
        const Handler *h = &p->handlers[i];
        if (pc >= h->start && pc < h->end) return h;
    }
    return NULL;
}

/* Collect, poll for Ctrl-C. false with an exception pending on interrupt. */
static bool safepoint(VM *vm, size_t temps_mark) {
    if (vm->temps.len > temps_mark) vm->temps.len = temps_mark;
    if (vm->gc_pending) {
        gc_collect(vm);
        sched_after_collect(vm);
    }
    return !vm_check_interrupt(vm);
}

static bool global_lookup(VM *vm, ObjDict *globals, GlobalCache *gc, Value *out) {
    int64_t ix = dict_find_str(&globals->d, gc->name);
    if (ix >= 0) {
        gc->index = (uint32_t)ix;
        gc->in_builtins = 0;
        *out = globals->d.entries[ix].value;
        return true;
    }
    ix = dict_find_str(&vm->builtins->d, gc->name);
    if (ix >= 0) {
        gc->index = (uint32_t)ix;
        gc->in_builtins = 1;
        gc->version = globals->d.version;
        *out = vm->builtins->d.entries[ix].value;
        return true;
    }
    vm_raise(vm, EXC_NameError, "name '%s' is not defined", gc->name->data);
    return false;
}

static bool name_lookup(VM *vm, ObjDict *ns, ObjDict *globals, ObjStr *name, Value *out) {
    if (dict_get_str(&ns->d, name, out)) return true;
    if (dict_get_str(&globals->d, name, out)) return true;
    if (dict_get_str(&vm->builtins->d, name, out)) return true;
    vm_raise(vm, EXC_NameError, "name '%s' is not defined", name->data);
    return false;
}

static Value unbound_local(VM *vm, Value name) {
    return vm_raise(vm, EXC_UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value",
                    IS_STR(name) ? AS_STR(name)->data : "?");
}

static Value unbound_free(VM *vm, Value name) {
    return vm_raise(vm, EXC_NameError,
                    "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
                    IS_STR(name) ? AS_STR(name)->data : "?");
}

static bool truth(VM *vm, Value v, bool *err) {
    *err = false;
    switch (v.type) {
    case VT_BOOL: case VT_INT: return v.as.i != 0;
    case VT_NONE: return false;
    default: return vm_truthy(vm, v, err);
    }
}

static Value unpack_error(VM *vm, Value src, uint32_t want, uint32_t got, bool at_least) {
    if (got < want)
        return vm_raise(vm, EXC_ValueError, "not enough values to unpack (expected %s%u, got %u)",
                        at_least ? "at least " : "", want, got);
    (void)src;
    return vm_raise(vm, EXC_ValueError, "too many values to unpack (expected %u)", want);
}

/* R[a..a+n) = the n items of src. */
static Value unpack(VM *vm, Value src, Value *dst, uint32_t n) {
    const Value *items = NULL;
    uint32_t len = 0;
    if (IS_TUPLE(src)) { items = AS_TUPLE(src)->items; len = AS_TUPLE(src)->len; }
    else if (IS_LIST(src)) { items = AS_LIST(src)->items; len = AS_LIST(src)->len; }
    if (items) {
        if (len != n) return unpack_error(vm, src, n, len, false);
        memmove(dst, items, n * sizeof(Value));
        return V_NONE;
    }
    Value it = vm_iter(vm, src);
    if (IS_EXC(it)) {
        if (exc_matches(vm, vm->exc, EXC_TypeError) && !IS_A(src, OT_INSTANCE))
            return vm_raise(vm, EXC_TypeError, "cannot unpack non-iterable %T object", src);
        return it;
    }
    ObjTuple *tmp = tuple_new(vm, n);
    for (uint32_t i = 0; i < n; i++) {
        Value v = vm_next(vm, it);
        if (IS_EXC(v)) return v;
        if (IS_UNDEF(v)) return unpack_error(vm, src, n, i, false);
        tmp->items[i] = v;
    }
    Value extra = vm_next(vm, it);
    if (IS_EXC(extra)) return extra;
    if (!IS_UNDEF(extra)) return unpack_error(vm, src, n, n + 1, false);
    memcpy(dst, tmp->items, n * sizeof(Value));
    return V_NONE;
}

Value list_from_iterable(VM *vm, Value iterable);

/* a, *b, c = src: `before` items, a list, `after` items. */
static Value unpack_ex(VM *vm, Value src, Value *dst, uint32_t before, uint32_t after) {
    Value lv = list_from_iterable(vm, src);
    if (IS_EXC(lv)) {
        if (exc_matches(vm, vm->exc, EXC_TypeError) && !IS_A(src, OT_INSTANCE))
            return vm_raise(vm, EXC_TypeError, "cannot unpack non-iterable %T object", src);
        return lv;
    }
    ObjList *l = AS_LIST(lv);
    if (l->len < before + after) return unpack_error(vm, src, before + after, l->len, true);
    uint32_t mid = l->len - before - after;
    ObjList *rest = list_from(vm, l->items + before, mid);
    memmove(dst, l->items, before * sizeof(Value));
    dst[before] = v_obj(rest);
    memmove(dst + before + 1, l->items + before + mid, after * sizeof(Value));
    return V_NONE;
}

static Value format_value(VM *vm, Value v, uint32_t flags, Value spec) {
    switch (flags & 3) {
    case 1: v = vm_repr(vm, v); break;
    case 2: v = vm_str(vm, v); break;
    case 3: {
        Value ascii_of(VM *vm, Value v);
        v = ascii_of(vm, v);
        break;
    }
    default: break;
    }
    if (IS_EXC(v)) return v;
    if (!(flags & 4)) return IS_STR(v) ? v : vm_format(vm, v, vm->empty_str);
    return vm_format(vm, v, AS_STR(spec));
}

/* Values whose attributes are only their class's: a method found once
 * for the class holds for every value of it (GETMETHOD's cache). */
static inline bool has_plain_methods(Value v) {
    if (!IS_OBJ(v)) return v.type != VT_UNDEF;
    switch ((ObjType)OBJ_TYPE(v)) {
    case OT_STR: case OT_BYTES: case OT_LIST: case OT_TUPLE: case OT_DICT: case OT_SET: return true;
    default: return false;
    }
}

/* BUILDSTR: the pieces of an f-string joined. FORMAT leaves a plain {int}
 * as an int, whose digits are written straight in; any other piece is a
 * str already. */
static Value build_str(VM *vm, Value *parts, uint32_t n) {
    char digits[16][24];
    uint8_t ndigits[16], nints = 0;
    uint8_t which[256];   /* per part: 0 a str, k+1 the k-th int's digits */
    size_t len = 0;
    uint32_t nchars = 0;
    bool ascii = true;
    for (uint32_t k = 0; k < n; k++) {
        Value v = parts[k];
        which[k] = 0;
        if (IS_INT(v) && nints < 16) {
            size_t w = int_to_decimal(AS_INT(v), digits[nints]);
            ndigits[nints] = (uint8_t)w;
            which[k] = ++nints;
            len += w;
            nchars += (uint32_t)w;
            continue;
        }
        if (!IS_STR(v)) {   /* a 17th int */
            v = format_value(vm, v, 0, V_NONE);
            if (IS_EXC(v)) return v;
            parts[k] = v;   /* a temporary register: keeps it alive */
        }
        ObjStr *s = AS_STR(v);
        len += s->len;
        nchars += s->nchars;
        ascii = ascii && STR_IS_ASCII(s);
    }
    ObjStr *r = str_alloc(vm, len);
    char *p = r->data;
    for (uint32_t k = 0; k < n; k++) {
        if (which[k]) {
            memcpy(p, digits[which[k] - 1], ndigits[which[k] - 1]);
            p += ndigits[which[k] - 1];
            continue;
        }
        ObjStr *s = AS_STR(parts[k]);
        memcpy(p, s->data, s->len);
        p += s->len;
    }
    r->nchars = nchars;
    if (ascii) r->obj.flags |= STR_ASCII;
    return v_obj(r);
}

static Value make_closure(VM *vm, Frame *fr, ObjProto *np, Value *regs) {
    ObjClosure *parent = fr->closure;
    ObjClosure *cl = closure_new(vm, np, parent->globals, parent->module);
    for (int k = 0; k < np->nfree; k++) {
        FreeVarDesc d = np->freevars[k];
        cl->free[k] = d.from_parent_reg ? (ObjCell *)AS_OBJ(FRAME_REGS(fr)[d.index]) : parent->free[d.index];
    }
    if (np->flags & PROTO_DEFAULTS) cl->defaults = AS_TUPLE(regs[1]);
    if (np->flags & PROTO_KWDEFAULTS) cl->kwdefaults = AS_DICT(regs[2]);
    return v_obj(cl);
}

static Value exc_match(VM *vm, Value exc, Value cls) {
    if (IS_TUPLE(cls)) {
        ObjTuple *t = AS_TUPLE(cls);
        for (uint32_t k = 0; k < t->len; k++) {
            Value r = exc_match(vm, exc, t->items[k]);
            if (IS_EXC(r) || AS_BOOL(r)) return r;
        }
        return V_FALSE;
    }
    if (!IS_CLASS(cls) || !(AS_CLASS(cls)->cflags & CLASS_EXCEPTION))
        return vm_raise(vm, EXC_TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return v_bool(vm_isinstance(vm, exc, AS_CLASS(cls)));
}

static Value do_raise(VM *vm, Value exc, bool has_cause, Value cause) {
    if (IS_CLASS(exc) && (AS_CLASS(exc)->cflags & CLASS_EXCEPTION)) {
        exc = vm_call(vm, exc, 0, NULL);
        if (IS_EXC(exc)) return exc;
    }
    if (!IS_EXCEPTION(exc)) return vm_raise(vm, EXC_TypeError, "exceptions must derive from BaseException");
    if (has_cause) {
        if (IS_CLASS(cause) && (AS_CLASS(cause)->cflags & CLASS_EXCEPTION)) {
            cause = vm_call(vm, cause, 0, NULL);
            if (IS_EXC(cause)) return cause;
        }
        if (!IS_NONE(cause) && !IS_EXCEPTION(cause))
            return vm_raise(vm, EXC_TypeError, "exception causes must derive from BaseException");
        AS_EXC(exc)->cause = cause;
        AS_EXC(exc)->suppress_context = 1;
    }
    return vm_raise_value(vm, exc);
}

static Value with_methods(VM *vm, Value mgr, Value *dst, bool async) {
    ObjClass *cls = vm_class_of(vm, mgr);
    Value enter, exit;
    CommonName en = async ? NAME___aenter__ : NAME___enter__, ex = async ? NAME___aexit__ : NAME___exit__;
    if (!class_lookup(cls, vm->names[en], &enter) || !class_lookup(cls, vm->names[ex], &exit))
        return vm_raise(vm, EXC_TypeError, "'%T' object does not support the %scontext manager protocol", mgr,
                        async ? "asynchronous " : "");
    dst[0] = v_obj(bound_new(vm, mgr, exit));
    dst[1] = v_obj(bound_new(vm, mgr, enter));
    return V_NONE;
}

static Value make_super(VM *vm, Value cls, Value self) {
    if (IS_NONE(cls)) return vm_raise(vm, EXC_RuntimeError, "super(): __class__ cell not found");
    if (!IS_CLASS(cls)) return vm_raise(vm, EXC_TypeError, "super() argument 1 must be a type, not %T", cls);
    if (IS_UNDEF(self)) return vm_raise(vm, EXC_RuntimeError, "super(): no arguments");
    ObjClass *c = AS_CLASS(cls);
    bool ok = IS_CLASS(self) ? class_is_subclass(AS_CLASS(self), c) : vm_isinstance(vm, self, c);
    if (!ok) return vm_raise(vm, EXC_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    ObjSuper *s = ALLOC_OBJ(vm, ObjSuper, OT_SUPER);
    s->start = c;
    s->self = self;
    return v_obj(s);
}

/* f(*args, **kwargs): flatten into positional values + keyword names. */
static CallOutcome call_ex(VM *vm, Fiber *f, Value fn, Value self, Value args, Value kwargs, Value *result) {
    ObjList *pos = NULL;
    if (IS_TUPLE(args)) pos = list_from(vm, AS_TUPLE(args)->items, AS_TUPLE(args)->len);
    else if (IS_LIST(args)) pos = list_from(vm, AS_LIST(args)->items, AS_LIST(args)->len);
    else {
        Value l = list_from_iterable(vm, args);
        if (IS_EXC(l)) {
            if (exc_matches(vm, vm->exc, EXC_TypeError))
                vm_raise(vm, EXC_TypeError, "%S() argument after * must be an iterable, not %T",
                         vm_callable_name(vm, fn), args);
            return CALL_ERROR;
        }
        pos = AS_LIST(l);
    }
    if (!IS_UNDEF(self)) list_insert(vm, pos, 0, self);
    ObjTuple *kwnames = NULL;
    uint32_t npos = pos->len;
    if (IS_DICT(kwargs) && AS_DICT(kwargs)->d.count) {
        Dict *d = &AS_DICT(kwargs)->d;
        kwnames = tuple_new(vm, d->count);
        uint32_t it = 0, k = 0;
        DictEntry *e;
        while (dict_next(d, &it, &e)) {
            if (!IS_STR(e->key)) {
                vm_raise(vm, EXC_TypeError, "keywords must be strings");
                return CALL_ERROR;
            }
            kwnames->items[k++] = v_obj(str_intern_obj(vm, AS_STR(e->key)));
            list_append(vm, pos, e->value);
        }
    }
    (void)npos;
    return call_setup(vm, f, fn, (int)pos->len, pos->items, kwnames, result);
}

/* ------------------------------------------------------------------ run */

#ifdef ASTER_SWITCH_DISPATCH
#define VMCASE(name) case BC_##name:
#define DISPATCH() goto dispatch
#else
#define VMCASE(name) L_##name:
#define DISPATCH() do { i = *ip++; goto *labels[INSTR_OP(i)]; } while (0)
#endif

#define A INSTR_A(i)
#define B INSTR_B(i)
#define C INSTR_C(i)
#define BX INSTR_BX(i)
#define SAVE() (fr->ip = ip)
/* a name operand: a constant index, or 255 and the index in a following EXTRA */
#define KNAME(field) AS_STR(K[(uint32_t)(field) != 255u ? (uint32_t)(field) : INSTR_AX(*ip++)])
#define LOAD_FRAME() do { fr = fib->frame; p = fr->closure->proto; R = FRAME_REGS(fr); K = p->k; ip = fr->ip; } while (0)
#define CHECK(v) do { if (UNLIKELY(IS_EXC(v))) goto error; } while (0)
#define SAFEPOINT() do { if (UNLIKELY(vm->gc_pending | vm->interrupt)) { SAVE(); if (!safepoint(vm, temps_mark)) goto error; } } while (0)
/* Backward jumps poll before moving ip, so an interrupt is raised inside
 * the loop (its line, its try blocks), not where the jump lands. */
#define TAKE_NEXT_JUMP() do { int32_t off_ = INSTR_SJ(*ip); if (off_ < 0) SAFEPOINT(); ip += 1 + off_; } while (0)
#define COND_JUMP(cond) do { if ((cond) == (bool)C) TAKE_NEXT_JUMP(); else ip++; DISPATCH(); } while (0)

/* int fast path, float fast path, then the general operator */
#define ARITH(name, binop, inplace, KSRC, INTOP, FLTOP)                              \
    VMCASE(name) {                                                                   \
        Value x = R[B], y = KSRC[C];                                                 \
        if (LIKELY(x.type == VT_INT && y.type == VT_INT)) {                          \
            int64_t a_ = x.as.i, b_ = y.as.i, r_;                                    \
            if (LIKELY(INTOP)) { R[A] = v_int(r_); DISPATCH(); }                     \
        } else if (x.type == VT_FLOAT && y.type == VT_FLOAT) {                       \
            double a_ = x.as.f, b_ = y.as.f;                                         \
            FLTOP;                                                                   \
        }                                                                            \
        SAVE();                                                                      \
        Value r = vm_binop(vm, binop, x, y, inplace);                                \
        CHECK(r);                                                                    \
        R[A] = r;                                                                    \
        DISPATCH();                                                                  \
    }

#define FLT_SIMPLE(expr) do { R[A] = v_float(expr); DISPATCH(); } while (0)
#define FLT_NONE() do { (void)a_; (void)b_; } while (0)

#define INT_ADD !__builtin_add_overflow(a_, b_, &r_)
#define INT_SUB !__builtin_sub_overflow(a_, b_, &r_)
#define INT_MUL !__builtin_mul_overflow(a_, b_, &r_)
#define INT_MOD (b_ > 0 && a_ >= 0 && ((r_ = a_ % b_), 1))
#define INT_IDIV (b_ > 0 && a_ >= 0 && ((r_ = a_ / b_), 1))
#define INT_NEVER ((void)a_, (void)b_, (void)r_, 0)

#define COMPARE_VALUE(name, cmp, KSRC, OP)                                           \
    VMCASE(name) {                                                                   \
        Value x = R[B], y = KSRC[C];                                                 \
        if (x.type == VT_INT && y.type == VT_INT) { R[A] = v_bool(x.as.i OP y.as.i); DISPATCH(); } \
        if (x.type == VT_FLOAT && y.type == VT_FLOAT) { R[A] = v_bool(x.as.f OP y.as.f); DISPATCH(); } \
        SAVE();                                                                      \
        Value r = vm_compare(vm, cmp, x, y);                                         \
        CHECK(r);                                                                    \
        R[A] = r;                                                                    \
        DISPATCH();                                                                  \
    }

#define COMPARE_JUMP(name, cmp, KSRC, OP)                                            \
    VMCASE(name) {                                                                   \
        Value x = R[A], y = KSRC[B];                                                 \
        bool res;                                                                    \
        if (x.type == VT_INT && y.type == VT_INT) res = x.as.i OP y.as.i;            \
        else if (x.type == VT_FLOAT && y.type == VT_FLOAT) res = x.as.f OP y.as.f;   \
        else {                                                                       \
            SAVE();                                                                  \
            Value r = vm_compare(vm, cmp, x, y);                                     \
            CHECK(r);                                                                \
            bool err_;                                                               \
            res = truth(vm, r, &err_);                                               \
            if (err_) goto error;                                                    \
        }                                                                            \
        COND_JUMP(res);                                                              \
    }

static ExecStatus run(VM *vm, Fiber *fib, Value *result, RunMode mode, size_t temps_mark) {
#ifndef ASTER_SWITCH_DISPATCH
    static void *const labels[OPCODE_COUNT] = {
#define OPCODE_LABEL(name, fmt) &&L_##name,
        ASTER_OPCODES(OPCODE_LABEL)
#undef OPCODE_LABEL
    };
#endif
    Frame *fr;
    ObjProto *p;
    Value *R;
    Value *K;
    const uint32_t *ip;
    uint32_t i;
    bool reraise = false;
    ExecStatus status;

    LOAD_FRAME();
    switch (mode) {
    case MODE_SEND:
        R[INSTR_A(ip[-1])] = *result;
        break;
    case MODE_THROW:   /* raised at the await: chained to what the task is handling */
        vm_raise_value(vm, vm->exc);
        goto error;
    case MODE_OOM:
        vm->exc = vm->memory_error;
        AS_EXC(vm->memory_error)->ntrace = 0;
        goto error;
    case MODE_RUN:
        break;
    }
    DISPATCH();

#ifdef ASTER_SWITCH_DISPATCH
dispatch:
    i = *ip++;
    switch ((Opcode)INSTR_OP(i)) {
#endif

    VMCASE(MOVE) { R[A] = R[B]; DISPATCH(); }
    VMCASE(LOADK) { R[A] = K[BX]; DISPATCH(); }
    VMCASE(LOADI) { R[A] = v_int(INSTR_SBX(i)); DISPATCH(); }
    VMCASE(LOADNONE) { R[A] = V_NONE; DISPATCH(); }
    VMCASE(LOADTRUE) { R[A] = V_TRUE; DISPATCH(); }
    VMCASE(LOADFALSE) { R[A] = V_FALSE; DISPATCH(); }
    VMCASE(LOADBUILTIN) { R[A] = vm->builtin_refs[BX]; DISPATCH(); }
    VMCASE(DELLOCAL) { R[A] = V_UNDEF; DISPATCH(); }
    VMCASE(CHECKBOUND) {
        if (UNLIKELY(IS_UNDEF(R[A]))) {
            SAVE();
            unbound_local(vm, K[BX]);
            goto error;
        }
        DISPATCH();
    }

    VMCASE(GETGLOBAL) {
        GlobalCache *gc = &p->gcache[BX];
        Dict *g = &fr->closure->globals->d;
        if (!gc->in_builtins) {
            if (LIKELY(gc->index < g->used) && g->entries[gc->index].key.as.o == (Obj *)gc->name) {
                R[A] = g->entries[gc->index].value;
                DISPATCH();
            }
        } else if (gc->version == g->version) {
            Dict *b = &vm->builtins->d;
            if (LIKELY(gc->index < b->used) && b->entries[gc->index].key.as.o == (Obj *)gc->name) {
                R[A] = b->entries[gc->index].value;
                DISPATCH();
            }
        }
        SAVE();
        if (!global_lookup(vm, fr->closure->globals, gc, &R[A])) goto error;
        DISPATCH();
    }
    VMCASE(SETGLOBAL) {
        GlobalCache *gc = &p->gcache[BX];
        Dict *g = &fr->closure->globals->d;
        if (!gc->in_builtins && LIKELY(gc->index < g->used) && g->entries[gc->index].key.as.o == (Obj *)gc->name) {
            g->entries[gc->index].value = R[A];
            DISPATCH();
        }
        SAVE();
        dict_set_str(vm, g, gc->name, R[A]);
        gc->index = (uint32_t)dict_find_str(g, gc->name);
        gc->in_builtins = 0;
        DISPATCH();
    }
    VMCASE(DELGLOBAL) {
        GlobalCache *gc = &p->gcache[BX];
        bool err;
        SAVE();
        if (!dict_del(vm, &fr->closure->globals->d, v_obj(gc->name), &err)) {
            vm_raise(vm, EXC_NameError, "name '%s' is not defined", gc->name->data);
            goto error;
        }
        DISPATCH();
    }
    VMCASE(GETNAME) {
        SAVE();
        if (!name_lookup(vm, AS_DICT(R[0]), fr->closure->globals, AS_STR(K[BX]), &R[A])) goto error;
        DISPATCH();
    }
    VMCASE(SETNAME) {
        SAVE();
        dict_set_str(vm, &AS_DICT(R[0])->d, AS_STR(K[BX]), R[A]);
        DISPATCH();
    }
    VMCASE(DELNAME) {
        bool err;
        SAVE();
        if (!dict_del(vm, &AS_DICT(R[0])->d, K[BX], &err)) {
            vm_raise(vm, EXC_NameError, "name '%s' is not defined", AS_STR(K[BX])->data);
            goto error;
        }
        DISPATCH();
    }
    VMCASE(GETFREE) {
        Value v = fr->closure->free[B]->value;
        if (UNLIKELY(IS_UNDEF(v))) {
            SAVE();
            unbound_free(vm, K[C]);
            goto error;
        }
        R[A] = v;
        DISPATCH();
    }
    VMCASE(SETFREE) { fr->closure->free[B]->value = R[A]; DISPATCH(); }
    VMCASE(DELFREE) { fr->closure->free[B]->value = V_UNDEF; DISPATCH(); }
    VMCASE(GETCELL) {
        Value v = ((ObjCell *)AS_OBJ(R[B]))->value;
        if (UNLIKELY(IS_UNDEF(v))) {
            SAVE();
            unbound_local(vm, K[C]);
            goto error;
        }
        R[A] = v;
        DISPATCH();
    }
    VMCASE(SETCELL) { ((ObjCell *)AS_OBJ(R[B]))->value = R[A]; DISPATCH(); }
    VMCASE(DELCELL) { ((ObjCell *)AS_OBJ(R[B]))->value = V_UNDEF; DISPATCH(); }
    VMCASE(LOADCELLREF) { R[A] = v_obj(fr->closure->free[B]); DISPATCH(); }
    VMCASE(NEWCELL) {
        SAVE();
        R[A] = v_obj(cell_new(vm, V_UNDEF));
        DISPATCH();
    }

    ARITH(ADD, OP_ADD, false, R, INT_ADD, FLT_SIMPLE(a_ + b_))
    ARITH(SUB, OP_SUB, false, R, INT_SUB, FLT_SIMPLE(a_ - b_))
    ARITH(MUL, OP_MUL, false, R, INT_MUL, FLT_SIMPLE(a_ * b_))
    ARITH(DIV, OP_DIV, false, R, INT_NEVER, if (b_ != 0.0) FLT_SIMPLE(a_ / b_))
    ARITH(IDIV, OP_FLOORDIV, false, R, INT_IDIV, FLT_NONE())
    ARITH(MOD, OP_MOD, false, R, INT_MOD, FLT_NONE())
    ARITH(ADDK, OP_ADD, false, K, INT_ADD, FLT_SIMPLE(a_ + b_))
    ARITH(SUBK, OP_SUB, false, K, INT_SUB, FLT_SIMPLE(a_ - b_))
    ARITH(MULK, OP_MUL, false, K, INT_MUL, FLT_SIMPLE(a_ * b_))
    ARITH(DIVK, OP_DIV, false, K, INT_NEVER, if (b_ != 0.0) FLT_SIMPLE(a_ / b_))
    ARITH(IDIVK, OP_FLOORDIV, false, K, INT_IDIV, FLT_NONE())
    ARITH(MODK, OP_MOD, false, K, INT_MOD, FLT_NONE())
    ARITH(IADD, OP_ADD, true, R, INT_ADD, FLT_SIMPLE(a_ + b_))
    ARITH(ISUB, OP_SUB, true, R, INT_SUB, FLT_SIMPLE(a_ - b_))
    ARITH(IMUL, OP_MUL, true, R, INT_MUL, FLT_SIMPLE(a_ * b_))
    ARITH(IADDK, OP_ADD, true, K, INT_ADD, FLT_SIMPLE(a_ + b_))
    ARITH(ISUBK, OP_SUB, true, K, INT_SUB, FLT_SIMPLE(a_ - b_))
    ARITH(IMULK, OP_MUL, true, K, INT_MUL, FLT_SIMPLE(a_ * b_))

    VMCASE(BINOP) {
        uint32_t extra = INSTR_AX(*ip++);
        Value x = R[B], y = R[C];
        SAVE();
        Value r = vm_binop(vm, (int)(extra & 0xFF), x, y, (extra >> 8) != 0);
        CHECK(r);
        R[A] = r;
        DISPATCH();
    }
    VMCASE(NEG) {
        Value x = R[B];
        if (x.type == VT_INT && x.as.i != INT64_MIN) { R[A] = v_int(-x.as.i); DISPATCH(); }
        if (x.type == VT_FLOAT) { R[A] = v_float(-x.as.f); DISPATCH(); }
        SAVE();
        Value r = vm_unop(vm, UOP_NEG, x);
        CHECK(r);
        R[A] = r;
        DISPATCH();
    }
    VMCASE(POS) {
        SAVE();
        Value r = vm_unop(vm, UOP_POS, R[B]);
        CHECK(r);
        R[A] = r;
        DISPATCH();
    }
    VMCASE(INVERT) {
        SAVE();
        Value r = vm_unop(vm, UOP_INVERT, R[B]);
        CHECK(r);
        R[A] = r;
        DISPATCH();
    }
    VMCASE(NOT) {
        bool err;
        SAVE();
        bool t = truth(vm, R[B], &err);
        if (err) goto error;
        R[A] = v_bool(!t);
        DISPATCH();
    }

    COMPARE_VALUE(EQ, CMP_EQ, R, ==)
    COMPARE_VALUE(NE, CMP_NE, R, !=)
    COMPARE_VALUE(LT, CMP_LT, R, <)
    COMPARE_VALUE(LE, CMP_LE, R, <=)
    COMPARE_VALUE(GT, CMP_GT, R, >)
    COMPARE_VALUE(GE, CMP_GE, R, >=)
    COMPARE_VALUE(EQK, CMP_EQ, K, ==)
    COMPARE_VALUE(NEK, CMP_NE, K, !=)
    COMPARE_VALUE(LTK, CMP_LT, K, <)
    COMPARE_VALUE(LEK, CMP_LE, K, <=)
    COMPARE_VALUE(GTK, CMP_GT, K, >)
    COMPARE_VALUE(GEK, CMP_GE, K, >=)
    VMCASE(IS) { R[A] = v_bool(v_same(R[B], R[C])); DISPATCH(); }
    VMCASE(ISNOT) { R[A] = v_bool(!v_same(R[B], R[C])); DISPATCH(); }
    VMCASE(IN) {
        SAVE();
        Value r = vm_contains(vm, R[C], R[B]);
        CHECK(r);
        R[A] = r;
        DISPATCH();
    }
    VMCASE(NOTIN) {
        SAVE();
        Value r = vm_contains(vm, R[C], R[B]);
        CHECK(r);
        R[A] = v_bool(!AS_BOOL(r));
        DISPATCH();
    }

    COMPARE_JUMP(JEQ, CMP_EQ, R, ==)
    COMPARE_JUMP(JNE, CMP_NE, R, !=)
    COMPARE_JUMP(JLT, CMP_LT, R, <)
    COMPARE_JUMP(JLE, CMP_LE, R, <=)
    COMPARE_JUMP(JGT, CMP_GT, R, >)
    COMPARE_JUMP(JGE, CMP_GE, R, >=)
    COMPARE_JUMP(JEQK, CMP_EQ, K, ==)
    COMPARE_JUMP(JNEK, CMP_NE, K, !=)
    COMPARE_JUMP(JLTK, CMP_LT, K, <)
    COMPARE_JUMP(JLEK, CMP_LE, K, <=)
    COMPARE_JUMP(JGTK, CMP_GT, K, >)
    COMPARE_JUMP(JGEK, CMP_GE, K, >=)

    VMCASE(TEST) {
        bool err;
        SAVE();
        bool t = truth(vm, R[A], &err);
        if (err) goto error;
        COND_JUMP(t);
    }
    VMCASE(TESTSET) {
        bool err;
        Value v = R[B];
        SAVE();
        bool t = truth(vm, v, &err);
        if (err) goto error;
        if (t == (bool)C) {
            R[A] = v;
            TAKE_NEXT_JUMP();
        } else {
            ip++;
        }
        DISPATCH();
    }
    VMCASE(JMP) {
        int32_t off = INSTR_SJ(i);
        if (off < 0) SAFEPOINT();
        ip += off;
        DISPATCH();
    }

    {
        Value *argv;
        int argc;
        Value fn;
        ObjTuple *kwnames;
        uint32_t dst;
        bool awaiting;

    VMCASE(CALL)
        fn = R[A];
        argv = &R[A + 1];
        argc = (int)B;
        kwnames = NULL;
        dst = A;
        awaiting = false;
        goto do_call;
    VMCASE(CALLMETHOD)
        fn = R[A];
        dst = A;
        argc = (int)B;
        kwnames = NULL;
        awaiting = false;
        if (IS_UNDEF(R[A + 1])) argv = &R[A + 2];
        else { argv = &R[A + 1]; argc++; }
        goto do_call;
    VMCASE(CALLKW)
        fn = R[A];
        argv = &R[A + 1];
        argc = (int)(B + C);
        dst = A;
        awaiting = false;
        kwnames = AS_TUPLE(K[INSTR_AX(ip[-2])]);
        goto do_call;
    VMCASE(CALLMETHODKW)
        fn = R[A];
        dst = A;
        argc = (int)(B + C);
        awaiting = false;
        kwnames = AS_TUPLE(K[INSTR_AX(ip[-2])]);
        if (IS_UNDEF(R[A + 1])) argv = &R[A + 2];
        else { argv = &R[A + 1]; argc++; }
        goto do_call;
    VMCASE(CALLAWAIT)
        fn = R[A];
        argv = &R[A + 1];
        argc = (int)B;
        kwnames = NULL;
        dst = A;
        awaiting = true;
        goto do_call;
    VMCASE(CALLMETHODAWAIT)
        fn = R[A];
        dst = A;
        argc = (int)B;
        kwnames = NULL;
        awaiting = true;
        if (IS_UNDEF(R[A + 1])) argv = &R[A + 2];
        else { argv = &R[A + 1]; argc++; }
        goto do_call;

    do_call:
        SAFEPOINT();
        if (LIKELY(IS_CLOSURE(fn)) && !kwnames) {
            ObjClosure *cl = AS_CLOSURE(fn);
            ObjProto *np = cl->proto;
            uint16_t fast = awaiting ? PROTO_SIMPLE | PROTO_ASYNC_SIMPLE : PROTO_SIMPLE;
            if (LIKELY((np->flags & fast) && np->nparams == argc)) {
                /* the hot path: a new frame right above this one, in the same chunk;
                   an awaited async function runs here too, and skips its AWAIT */
                if (np->flags & PROTO_ASYNC_SIMPLE) ip++;
                Frame *nf = (Frame *)(R + p->nregs);
                Value *nr = FRAME_REGS(nf);
                if (LIKELY(fib->depth < vm->recursion_limit &&
                           nr + np->nregs <= fib->chunk->data + fib->chunk->size)) {
                    SAVE();
                    nf->closure = cl;
                    nf->prev = fr;
                    nf->flags = 0;
                    int k = 0;
                    for (; k < argc; k++) nr[k] = argv[k];
                    for (; k < np->nregs; k++) nr[k].type = VT_UNDEF;
                    fib->frame = nf;
                    fib->depth++;
                    fr = nf;
                    p = np;
                    R = nr;
                    K = p->k;
                    ip = p->code;
                    DISPATCH();
                }
                SAVE();
                nf = fiber_push_frame(vm, fib, cl, 0);
                if (UNLIKELY(!nf)) goto error;
                for (int k = 0; k < argc; k++) FRAME_REGS(nf)[k] = argv[k];
                LOAD_FRAME();
                DISPATCH();
            }
            if (awaiting && (np->flags & PROTO_ASYNC)) {
                /* bind the arguments (keywords, defaults, cells) and run it inline */
                SAVE();
                Value co = coro_new(vm, cl, V_UNDEF, argc, argv, NULL);
                if (IS_EXC(co)) goto error;
                ip++;
                SAVE();
                if (!coro_push_frame(vm, fib, AS_CORO(co), 0)) goto error;
                LOAD_FRAME();
                DISPATCH();
            }
        }
        if (awaiting && IS_NATIVE(fn) && AS_NATIVE(fn)->await_fn && argc >= AS_NATIVE(fn)->min_args &&
            (AS_NATIVE(fn)->max_args < 0 || argc <= AS_NATIVE(fn)->max_args)) {   /* else call_setup says why not */
            ip++;   /* the AWAIT that follows is done here */
            SAVE();
            Value r = V_NONE;
            switch (task_await_native(vm, fib, AS_NATIVE(fn), argc, argv, &r)) {
            case AWAIT_READY: R[dst] = r; DISPATCH();
            case AWAIT_ERROR: goto error;
            case AWAIT_SUSPEND: status = EXEC_SUSPEND; goto leave;
            }
        }
        {
            SAVE();
            Value res = V_NONE;
            CallOutcome o = call_setup(vm, fib, fn, argc, argv, kwnames, &res);
            if (o == CALL_ERROR) goto error;
            if (o == CALL_DONE) {
                R[dst] = res;
                /* what the native made is in a register or garbage now: stop
                 * rooting it (a long run() in a loop would pile them up) */
                vm->temps.len = temps_mark;
                DISPATCH();
            }
            if (fib->frame->flags & FRAME_INIT) R[dst] = res;
            LOAD_FRAME();
            DISPATCH();
        }
    }
    VMCASE(CALLEX) {
        Value res = V_NONE;
        SAVE();
        CallOutcome o = call_ex(vm, fib, R[A], V_UNDEF, R[A + 1], B ? R[A + 2] : V_NONE, &res);
        if (o == CALL_ERROR) goto error;
        if (o == CALL_DONE) {
            R[A] = res;
            DISPATCH();
        }
        if (fib->frame->flags & FRAME_INIT) R[A] = res;
        LOAD_FRAME();
        DISPATCH();
    }
    VMCASE(GETMETHOD) {
        Value obj = R[B], self;
        uint32_t k = C != 255 ? C : INSTR_AX(*ip++);
        ObjStr *name = AS_STR(K[k]);
        AttrCache *ac = &p->acache[k];
        if (IS_A(obj, OT_INSTANCE)) {
            ObjInstance *in = AS_INSTANCE(obj);
            if (ac->cls == in->cls && ac->epoch == vm->class_epoch && !IS_UNDEF(ac->method) &&
                (in->attrs.d.count == 0 || dict_find_str(&in->attrs.d, name) < 0)) {
                R[A] = ac->method;
                R[A + 1] = obj;
                DISPATCH();
            }
        } else if (has_plain_methods(obj)) {   /* list.append, str.split, ...: no per-object attributes */
            if (ac->cls == vm_class_of(vm, obj) && ac->epoch == vm->class_epoch && !IS_UNDEF(ac->method)) {
                R[A] = ac->method;
                R[A + 1] = obj;
                DISPATCH();
            }
        }
        SAVE();
        Value f = vm_getmethod(vm, obj, name, &self);
        CHECK(f);
        if ((IS_A(obj, OT_INSTANCE) || has_plain_methods(obj)) && !IS_UNDEF(self) && (IS_CLOSURE(f) || IS_NATIVE(f))) {
            ac->cls = vm_class_of(vm, obj);
            ac->epoch = vm->class_epoch;
            ac->method = f;
        }
        R[A] = f;
        R[A + 1] = self;
        DISPATCH();
    }
    VMCASE(RETURN) {
        Value v = R[A];
        uint32_t flags;
    do_return:
        flags = fr->flags;
        if (LIKELY(!(flags & (FRAME_NEWCHUNK | FRAME_BOUNDARY | FRAME_TASKBASE | FRAME_INIT)))) {
            fr = fr->prev;
            fib->frame = fr;
            fib->depth--;
            p = fr->closure->proto;
            R = FRAME_REGS(fr);
            K = p->k;
            ip = fr->ip;
            R[INSTR_A(ip[-1])] = v;
            DISPATCH();
        }
        fiber_pop_frame(vm, fib);
        if (flags & (FRAME_BOUNDARY | FRAME_TASKBASE)) {
            *result = v;
            status = EXEC_DONE;
            goto leave;
        }
        LOAD_FRAME();
        if (UNLIKELY(flags & FRAME_INIT)) {
            if (!IS_NONE(v)) {
                vm_raise(vm, EXC_TypeError, "__init__() should return None, not '%T'", v);
                goto error;
            }
        } else {
            R[INSTR_A(ip[-1])] = v;
        }
        DISPATCH();
    VMCASE(RETURNNONE)
        v = V_NONE;
        goto do_return;
    }

    VMCASE(GETATTR) {
        Value obj = R[B];
        uint32_t k = C != 255 ? C : INSTR_AX(*ip++);
        ObjStr *name = AS_STR(K[k]);
        if (IS_A(obj, OT_INSTANCE)) {
            ObjInstance *in = AS_INSTANCE(obj);
            Dict *d = &in->attrs.d;
            AttrCache *ac = &p->acache[k];
            if (ac->cls == in->cls && IS_UNDEF(ac->method) && ac->slot < d->used &&
                d->entries[ac->slot].key.as.o == (Obj *)name) {
                R[A] = d->entries[ac->slot].value;
                DISPATCH();
            }
            if (d->count) {
                int64_t ix = dict_find_str(d, name);
                if (ix >= 0) {
                    ac->cls = in->cls;
                    ac->slot = (uint32_t)ix;
                    ac->method = V_UNDEF;
                    R[A] = d->entries[ix].value;
                    DISPATCH();
                }
            }
        }
        SAVE();
        Value r = vm_getattr(vm, obj, name);
        CHECK(r);
        R[A] = r;
        DISPATCH();
    }
    VMCASE(SETATTR) {
        Value obj = R[A];
        uint32_t k = B != 255 ? B : INSTR_AX(*ip++);
        ObjStr *name = AS_STR(K[k]);
        if (IS_A(obj, OT_INSTANCE) && obj.as.o->extra == 0) {
            ObjInstance *in = AS_INSTANCE(obj);
            Dict *d = &in->attrs.d;
            AttrCache *ac = &p->acache[k];
            SAVE();
            bool plain = !(class_slots(vm, in->cls) & SLOT_SETATTR);   /* no __setattr__ to honour */
            if (plain && ac->cls == in->cls && IS_UNDEF(ac->method) && ac->slot < d->used &&
                d->entries[ac->slot].key.as.o == (Obj *)name) {
                d->entries[ac->slot].value = R[C];
                DISPATCH();
            }
            if (plain && in->cls != vm->classes[CLS_object]) {
                dict_set_str(vm, d, name, R[C]);
                ac->cls = in->cls;
                ac->slot = (uint32_t)dict_find_str(d, name);
                ac->method = V_UNDEF;
                DISPATCH();
            }
        }
        SAVE();
        Value r = vm_setattr(vm, obj, name, R[C]);
        CHECK(r);
        DISPATCH();
    }
    VMCASE(DELATTR) {
        SAVE();
        Value r = vm_delattr(vm, R[A], AS_STR(K[BX]));
        CHECK(r);
        DISPATCH();
    }
    VMCASE(GETITEM) {
        Value obj = R[B], key = R[C];
        if (IS_LIST(obj) && key.type == VT_INT) {
            ObjList *l = AS_LIST(obj);
            int64_t k = key.as.i < 0 ? key.as.i + l->len : key.as.i;
            if (LIKELY((uint64_t)k < l->len)) {
                R[A] = l->items[k];
                DISPATCH();
            }
        } else if (IS_DICT(obj) && key.type == VT_INT) {
            Value v;
            bool err;
            SAVE();
            if (dict_get(vm, &AS_DICT(obj)->d, key, &v, &err)) {
                R[A] = v;
                DISPATCH();
            }
        }
        SAVE();
        Value r = vm_getitem(vm, obj, key);
        CHECK(r);
        R[A] = r;
        DISPATCH();
    }
    VMCASE(GETITEMI) {
        Value obj = R[B];
        if (IS_TUPLE(obj) && C < AS_TUPLE(obj)->len) { R[A] = AS_TUPLE(obj)->items[C]; DISPATCH(); }
        if (IS_LIST(obj) && C < AS_LIST(obj)->len) { R[A] = AS_LIST(obj)->items[C]; DISPATCH(); }
        SAVE();
        Value r = vm_getitem(vm, obj, v_int(C));
        CHECK(r);
        R[A] = r;
        DISPATCH();
    }
    VMCASE(SETITEM) {
        Value obj = R[A], key = R[B];
        if (IS_LIST(obj) && key.type == VT_INT) {
            ObjList *l = AS_LIST(obj);
            int64_t k = key.as.i < 0 ? key.as.i + l->len : key.as.i;
            if (LIKELY((uint64_t)k < l->len)) {
                l->items[k] = R[C];
                DISPATCH();
            }
        }
        SAVE();
        Value r = vm_setitem(vm, obj, key, R[C]);
        CHECK(r);
        DISPATCH();
    }
    VMCASE(DELITEM) {
        SAVE();
        Value r = vm_delitem(vm, R[A], R[B]);
        CHECK(r);
        DISPATCH();
    }
    VMCASE(SLICE) {
        SAVE();
        ObjSlice *s = ALLOC_OBJ(vm, ObjSlice, OT_SLICE);
        s->start = R[B];
        s->stop = R[B + 1];
        s->step = R[B + 2];
        R[A] = v_obj(s);
        DISPATCH();
    }

    VMCASE(NEWLIST) {
        SAVE();
        R[A] = v_obj(list_from(vm, &R[B], C));
        DISPATCH();
    }
    VMCASE(NEWTUPLE) {
        SAVE();
        R[A] = v_obj(tuple_from(vm, &R[B], C));
        DISPATCH();
    }
    VMCASE(NEWSET) {
        SAVE();
        ObjSet *s = set_new(vm);
        Value sv = v_obj(s);
        for (uint32_t k = 0; k < C; k++)
            if (set_add(vm, &s->s, R[B + k]) < 0) goto error;
        R[A] = sv;
        DISPATCH();
    }
    VMCASE(NEWDICT) {
        SAVE();
        ObjDict *d = dict_new(vm);
        Value dv = v_obj(d);
        for (uint32_t k = 0; k < C; k++)
            if (!dict_set(vm, &d->d, R[B + 2 * k], R[B + 2 * k + 1])) goto error;
        R[A] = dv;
        DISPATCH();
    }
    VMCASE(LISTAPPEND) {
        SAVE();
        list_append(vm, AS_LIST(R[A]), R[B]);
        DISPATCH();
    }
    VMCASE(LISTEXTEND) {
        SAVE();
        Value r = list_extend_iter(vm, AS_LIST(R[A]), R[B]);
        if (IS_EXC(r)) {
            if (exc_matches(vm, vm->exc, EXC_TypeError) && !IS_A(R[B], OT_INSTANCE))
                vm_raise(vm, EXC_TypeError, "Value after * must be an iterable, not %T", R[B]);
            goto error;
        }
        DISPATCH();
    }
    VMCASE(LISTTOTUPLE) {
        SAVE();
        ObjList *l = AS_LIST(R[B]);
        R[A] = v_obj(tuple_from(vm, l->items, l->len));
        DISPATCH();
    }
    VMCASE(SETADD) {
        SAVE();
        if (set_add(vm, &AS_SET(R[A])->s, R[B]) < 0) goto error;
        DISPATCH();
    }
    VMCASE(SETUPDATE) {
        SAVE();
        Value r = set_update(vm, &AS_SET(R[A])->s, R[B]);
        CHECK(r);
        DISPATCH();
    }
    VMCASE(DICTSET) {
        SAVE();
        if (!dict_set(vm, &AS_DICT(R[A])->d, R[B], R[C])) goto error;
        DISPATCH();
    }
    VMCASE(DICTUPDATE) {
        SAVE();
        Value r = dict_update_from(vm, AS_DICT(R[A]), R[B], false);
        CHECK(r);
        DISPATCH();
    }
    VMCASE(DICTMERGE) {
        SAVE();
        Value r = dict_update_from(vm, AS_DICT(R[A]), R[B], true);
        CHECK(r);
        DISPATCH();
    }
    VMCASE(UNPACK) {
        SAVE();
        Value r = unpack(vm, R[B], &R[A], C);
        CHECK(r);
        DISPATCH();
    }
    VMCASE(UNPACKEX) {
        uint32_t after = INSTR_AX(*ip++);
        SAVE();
        Value r = unpack_ex(vm, R[B], &R[A], C, after);
        CHECK(r);
        DISPATCH();
    }
    VMCASE(FORMAT) {
        if (C == 8 && IS_INT(R[B])) {   /* BUILDSTR writes its digits: no str made, and */
            R[A] = R[B];                /* formatting an int has no effects to keep in order */
            DISPATCH();
        }
        SAVE();
        Value r = format_value(vm, R[B], C & 7, (C & 4) ? R[B + 1] : V_NONE);
        CHECK(r);
        R[A] = r;
        DISPATCH();
    }
    VMCASE(BUILDSTR) {
        SAVE();
        Value r = build_str(vm, &R[B], C);
        CHECK(r);
        R[A] = r;
        DISPATCH();
    }

    VMCASE(GETITER) {
        SAVE();
        Value r = vm_iter(vm, R[B]);
        CHECK(r);
        R[A] = r;
        DISPATCH();
    }
    VMCASE(FORITER) {
        Value itv = R[A];
        if (LIKELY(IS_A(itv, OT_ITER))) {
            ObjIter *it = AS_ITER(itv);
            if (it->obj.extra == IT_RANGE) {
                int64_t v = it->i;
                if (it->step > 0 ? v < it->stop : v > it->stop) {
                    if (__builtin_add_overflow(v, it->step, &it->i)) it->i = it->stop;
                    R[A + 1] = v_int(v);
                    SAFEPOINT();
                    ip += INSTR_SBX(i);
                }
                DISPATCH();
            }
            if (it->obj.extra == IT_SEQ && IS_LIST(it->src)) {
                ObjList *l = AS_LIST(it->src);
                if (it->i < l->len) {
                    R[A + 1] = l->items[it->i++];
                    SAFEPOINT();
                    ip += INSTR_SBX(i);
                } else {
                    it->i = INT64_MAX;
                }
                DISPATCH();
            }
        }
        SAVE();
        Value v = vm_next(vm, itv);
        CHECK(v);
        if (!IS_UNDEF(v)) {
            R[A + 1] = v;
            SAFEPOINT();
            ip += INSTR_SBX(i);
        }
        DISPATCH();
    }

    VMCASE(CLOSURE) {
        SAVE();
        R[A] = make_closure(vm, fr, AS_PROTO(K[BX]), &R[A]);
        DISPATCH();
    }
    VMCASE(MAKECLASS) {
        SAVE();
        Value r = class_build(vm, &R[A]);
        CHECK(r);
        R[A] = r;
        DISPATCH();
    }
    VMCASE(SUPER) {
        SAVE();
        Value r = make_super(vm, R[B], R[C]);
        CHECK(r);
        R[A] = r;
        DISPATCH();
    }
    VMCASE(TYPEOF) { R[A] = v_obj(vm_class_of(vm, R[B])); DISPATCH(); }
    VMCASE(IMPORT) {
        SAVE();
        Value r = vm_import(vm, AS_STR(K[BX]), fr->closure->module);
        CHECK(r);
        R[A] = r;
        DISPATCH();
    }
    VMCASE(IMPORTFROM) {
        ObjStr *name = KNAME(C);
        SAVE();
        Value r = vm_import_from(vm, R[B], name);
        CHECK(r);
        R[A] = r;
        DISPATCH();
    }
    VMCASE(IMPORTSTAR) {
        SAVE();
        Value r = vm_import_star(vm, R[A], fr->closure->globals);
        CHECK(r);
        DISPATCH();
    }

    VMCASE(RAISE) {
        SAVE();
        do_raise(vm, R[A], C != 0, R[B]);
        goto error;
    }
    VMCASE(RERAISE) {
        Value e = A != 255 ? R[A] : fib->handling ? v_obj(fib->handling) : V_NONE;
        SAVE();
        if (!IS_EXCEPTION(e)) {
            vm_raise(vm, EXC_RuntimeError, "No active exception to reraise");
            goto error;
        }
        vm->exc = e;
        reraise = true;
        goto error;
    }
    VMCASE(EXCMATCH) {
        SAVE();
        Value r = exc_match(vm, R[B], R[C]);
        CHECK(r);
        R[A] = r;
        DISPATCH();
    }
    VMCASE(PUSHEXC) {
        Value e = R[B];
        R[A] = fib->handling ? v_obj(fib->handling) : V_NONE;
        fib->handling = IS_OBJ(e) ? AS_OBJ(e) : NULL;
        DISPATCH();
    }
    VMCASE(POPEXC) { fib->handling = IS_OBJ(R[A]) ? AS_OBJ(R[A]) : NULL; DISPATCH(); }
    VMCASE(BEFOREWITH) {
        SAVE();
        Value r = with_methods(vm, R[B], &R[A], false);
        CHECK(r);
        DISPATCH();
    }
    VMCASE(BEFOREAWITH) {
        SAVE();
        Value r = with_methods(vm, R[B], &R[A], true);
        CHECK(r);
        DISPATCH();
    }

    VMCASE(AWAIT) {
        Value aw = R[B];
        SAVE();
        if (IS_A(aw, OT_COROUTINE) && AS_CORO(aw)->closure) {
            ObjCoroutine *co = AS_CORO(aw);
            if (co->obj.extra == CORO_STARTED) {
                vm_raise(vm, EXC_RuntimeError, "cannot reuse already awaited coroutine");
                goto error;
            }
            co->obj.extra = CORO_STARTED;
            SAFEPOINT();
            if (!coro_push_frame(vm, fib, co, 0)) goto error;
            LOAD_FRAME();
            DISPATCH();
        }
        Value r = V_NONE;
        switch (task_await_object(vm, fib, aw, &r)) {
        case AWAIT_READY: R[A] = r; DISPATCH();
        case AWAIT_ERROR: goto error;
        case AWAIT_SUSPEND: status = EXEC_SUSPEND; goto leave;
        }
        DISPATCH();
    }
    VMCASE(EXTRA) { DISPATCH(); }
    VMCASE(NOP) { DISPATCH(); }

#ifdef ASTER_SWITCH_DISPATCH
    default: break;
    }
#endif

error: {
    /* fr->ip points just past the instruction that raised */
    Value exc = vm->exc;
    bool skip_trace = reraise;
    reraise = false;
    for (;;) {
        uint32_t pc = (uint32_t)(fr->ip - p->code) - 1;
        if (!skip_trace && IS_EXCEPTION(exc)) exc_add_trace(vm, AS_EXC(exc), p, pc);
        skip_trace = false;
        const Handler *h = find_handler(p, pc);
        if (h) {
            R[h->reg] = exc;
            ip = p->code + h->target;
            vm->exc = V_NONE;
            DISPATCH();
        }
        uint32_t flags = fr->flags;
        fiber_pop_frame(vm, fib);
        if (flags & (FRAME_BOUNDARY | FRAME_TASKBASE)) {
            status = EXEC_ERROR;
            goto leave;
        }
        LOAD_FRAME();
    }
}

leave:
    if (vm->temps.len > temps_mark) vm->temps.len = temps_mark;
    if (status == EXEC_DONE && IS_OBJ(*result)) vm_protect(vm, AS_OBJ(*result));
    return status;
}

/* ----------------------------------------------------------- entry points */

static ExecStatus execute(VM *vm, Fiber *fib, Value *result, RunMode mode) {
    Fiber *saved_fiber = vm->fiber;
    jmp_buf *saved_oom = vm->oom;
    jmp_buf oom;
    volatile RunMode m = mode;
    size_t temps_mark = vm->temps.len;
    vm->fiber = fib;
    vm->oom = &oom;
    size_t scratch = vm_scratch_mark(vm), repr_depth = vm->repr_active.len;
    int c_depth = vm->c_depth;
    if (setjmp(oom)) {
        /* undo what the C code it unwound had under way */
        m = MODE_OOM;
        vm_scratch_release(vm, scratch);
        vm->repr_active.len = repr_depth;
        vm->c_depth = c_depth;
    }
    ExecStatus st = run(vm, fib, result, m, temps_mark);
    vm->oom = saved_oom;
    vm->fiber = saved_fiber;
    return st;
}

ExecStatus vm_execute(VM *vm, Fiber *f, Value *result) { return execute(vm, f, result, MODE_RUN); }

ExecStatus vm_resume(VM *vm, Fiber *f, ResumeMode mode, Value *inout) {
    RunMode m = mode == RESUME_SEND ? MODE_SEND : mode == RESUME_THROW ? MODE_THROW : MODE_RUN;
    return execute(vm, f, inout, m);
}
