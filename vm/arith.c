/* arith.c - binary and unary operators on every type, for the interpreter's
 * slow paths (its fast paths handle int and float inline).
 *
 * ints are 64-bit: results that do not fit raise OverflowError rather than
 * wrapping. // and % floor like Python; / always gives a float. User classes
 * take part through __add__/__radd__/__iadd__ and friends, with Python's
 * order: a right operand whose class is a subclass of the left's goes first. */
#include <math.h>
#include <string.h>

#include "vm.h"
#include "ast.h"

static const char *const binop_symbols[BINOP_COUNT] = {
    "+", "-", "*", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^", "@",
};
static const char *const inplace_symbols[BINOP_COUNT] = {
    "+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@=",
};

static Value overflow(VM *vm) { return vm_raise(vm, EXC_OverflowError, "integer overflow"); }

/* --------------------------------------------------------------- ints */

static int64_t floor_div(int64_t a, int64_t b) {
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
    return q;
}

static int64_t floor_mod(int64_t a, int64_t b) {
    int64_t m = a % b;
    if (m != 0 && ((m < 0) != (b < 0))) m += b;
    return m;
}

static Value int_pow(VM *vm, int64_t base, int64_t exp) {
    if (exp < 0) {
        if (base == 0) return vm_raise(vm, EXC_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return v_float(pow((double)base, (double)exp));
    }
    int64_t result = 1;
    while (exp) {
        if (exp & 1 && __builtin_mul_overflow(result, base, &result)) return overflow(vm);
        exp >>= 1;
        if (exp && __builtin_mul_overflow(base, base, &base)) return overflow(vm);
    }
    return v_int(result);
}

static Value int_binop(VM *vm, int op, int64_t a, int64_t b, bool both_bool) {
    int64_t r;
    switch (op) {
    case OP_ADD: if (__builtin_add_overflow(a, b, &r)) return overflow(vm); return v_int(r);
    case OP_SUB: if (__builtin_sub_overflow(a, b, &r)) return overflow(vm); return v_int(r);
    case OP_MUL: if (__builtin_mul_overflow(a, b, &r)) return overflow(vm); return v_int(r);
    case OP_DIV:
        if (b == 0) return vm_raise(vm, EXC_ZeroDivisionError, "division by zero");
        return v_float((double)a / (double)b);
    case OP_FLOORDIV:
        if (b == 0) return vm_raise(vm, EXC_ZeroDivisionError, "integer division or modulo by zero");
        if (a == INT64_MIN && b == -1) return overflow(vm);
        return v_int(floor_div(a, b));
    case OP_MOD:
        if (b == 0) return vm_raise(vm, EXC_ZeroDivisionError, "integer modulo by zero");
        if (b == -1) return v_int(0);
        return v_int(floor_mod(a, b));
    case OP_POW: return int_pow(vm, a, b);
    case OP_LSHIFT:
        if (b < 0) return vm_raise(vm, EXC_ValueError, "negative shift count");
        if (a == 0) return v_int(0);
        if (b >= 63 || (a > 0 ? a > (INT64_MAX >> b) : a < (INT64_MIN >> b))) return overflow(vm);
        return v_int((int64_t)((uint64_t)a << b));
    case OP_RSHIFT:
        if (b < 0) return vm_raise(vm, EXC_ValueError, "negative shift count");
        return v_int(b >= 63 ? (a < 0 ? -1 : 0) : a >> b);
    case OP_BITAND: return both_bool ? v_bool(a & b) : v_int(a & b);
    case OP_BITOR: return both_bool ? v_bool(a | b) : v_int(a | b);
    case OP_BITXOR: return both_bool ? v_bool(a ^ b) : v_int(a ^ b);
    default: return V_UNDEF;
    }
}

/* ------------------------------------------------------------- floats */

/* Floor quotient and modulo with the sign of the divisor, exact at the
 * edges (infinities, signed zeros) the way Python's float divmod is:
 * take fmod, fix its sign, derive the quotient from it. */
static void float_divmod(double a, double b, double *q, double *m) {
    double mod = fmod(a, b);
    double div = (a - mod) / b;
    if (mod != 0.0) {
        if ((b < 0) != (mod < 0)) {
            mod += b;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, b);
    }
    double fq;
    if (div != 0.0) {
        fq = floor(div);
        if (div - fq > 0.5) fq += 1.0;
    } else {
        fq = copysign(0.0, a / b);
    }
    *q = fq;
    *m = mod;
}

static Value float_pow(VM *vm, double a, double b) {
    if (a == 0.0 && b < 0) return vm_raise(vm, EXC_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    if (a < 0 && b != floor(b) && isfinite(b))
        return vm_raise(vm, EXC_ValueError, "negative number cannot be raised to a fractional power");
    double r = pow(a, b);
    if (isinf(r) && isfinite(a) && isfinite(b)) return vm_raise(vm, EXC_OverflowError, "(34, 'Numerical result out of range')");
    return v_float(r);
}

static Value float_binop(VM *vm, int op, double a, double b) {
    switch (op) {
    case OP_ADD: return v_float(a + b);
    case OP_SUB: return v_float(a - b);
    case OP_MUL: return v_float(a * b);
    case OP_DIV:
        if (b == 0.0) return vm_raise(vm, EXC_ZeroDivisionError, "float division by zero");
        return v_float(a / b);
    case OP_FLOORDIV: {
        if (b == 0.0) return vm_raise(vm, EXC_ZeroDivisionError, "float floor division by zero");
        double q, m;
        float_divmod(a, b, &q, &m);
        return v_float(q);
    }
    case OP_MOD: {
        if (b == 0.0) return vm_raise(vm, EXC_ZeroDivisionError, "float modulo");
        double q, m;
        float_divmod(a, b, &q, &m);
        return v_float(m);
    }
    case OP_POW: return float_pow(vm, a, b);
    default: return V_UNDEF;
    }
}

/* Exported for the interpreter's inline fast paths, which share the exact
 * semantics (e.g. `%` on floats). */
Value arith_number(VM *vm, int op, Value a, Value b) {
    if (!IS_FLOAT(a) && !IS_FLOAT(b)) return int_binop(vm, op, AS_INT(a), AS_INT(b), IS_BOOL(a) && IS_BOOL(b));
    double x = IS_FLOAT(a) ? AS_FLOAT(a) : (double)AS_INT(a);
    double y = IS_FLOAT(b) ? AS_FLOAT(b) : (double)AS_INT(b);
    return float_binop(vm, op, x, y);
}

/* ---------------------------------------------------------- sequences */

static Value repeat_count(VM *vm, Value n, int64_t *out) {
    if (!IS_INTLIKE(n)) return V_UNDEF;
    *out = AS_INT(n) < 0 ? 0 : AS_INT(n);
    (void)vm;
    return V_NONE;
}

static Value repeat_values(VM *vm, const Value *items, uint32_t len, int64_t n, bool tuple) {
    if (len && (uint64_t)n > (UINT32_MAX / 2) / len) return vm_raise_value(vm, vm->memory_error);
    uint32_t total = (uint32_t)(len * n);
    Value *dst;
    Value result;
    if (tuple) {
        ObjTuple *t = tuple_new(vm, total);
        dst = t->items;
        result = v_obj(t);
    } else {
        ObjList *l = list_new(vm, total);
        l->len = total;
        dst = l->items;
        result = v_obj(l);
    }
    if (len)
        for (int64_t i = 0; i < n; i++) memcpy(dst + i * len, items, len * sizeof(Value));
    return result;
}

static Value str_repeat(VM *vm, ObjStr *s, int64_t n) {
    if (n <= 0 || s->len == 0) return v_obj(vm->empty_str);
    if ((uint64_t)n > (UINT32_MAX / 2) / s->len) return vm_raise_value(vm, vm->memory_error);
    ObjStr *r = str_alloc(vm, s->len * (size_t)n);
    for (int64_t i = 0; i < n; i++) memcpy(r->data + i * s->len, s->data, s->len);
    r->nchars = (uint32_t)(s->nchars * n);
    r->obj.flags |= s->obj.flags & STR_ASCII;
    return v_obj(r);
}

static Value bytes_concat(VM *vm, ObjBytes *a, ObjBytes *b, int64_t repeat) {
    size_t len = repeat >= 0 ? a->len * (size_t)repeat : (size_t)a->len + b->len;
    ObjBytes *r = (ObjBytes *)vm_alloc_obj(vm, OT_BYTES, sizeof(ObjBytes) + len + 1);
    r->len = (uint32_t)len;
    if (repeat >= 0) {
        for (int64_t i = 0; i < repeat; i++) memcpy(r->data + i * a->len, a->data, a->len);
    } else {
        memcpy(r->data, a->data, a->len);
        memcpy(r->data + a->len, b->data, b->len);
    }
    r->data[len] = 0;
    return v_obj(r);
}

Value set_binop(VM *vm, int op, ObjSet *a, ObjSet *b, ObjSet *into);  /* lib_dict.c */
Value dict_update_from(VM *vm, ObjDict *d, Value other, bool no_dups); /* lib_dict.c */
Value view_set_binop(VM *vm, int op, Value a, Value b);                /* lib_dict.c */

Value str_percent_format(VM *vm, ObjStr *fmt, Value args);            /* format.c */
Value list_extend_iter(VM *vm, ObjList *l, Value iterable);           /* lib_list.c */

static Value concat_error(VM *vm, const char *what, Value b) {
    return vm_raise(vm, EXC_TypeError, "can only concatenate %s (not \"%T\") to %s", what, b, what);
}

/* The built-in meaning of a op b for container types, or V_UNDEF. */
static Value builtin_seq_binop(VM *vm, int op, Value a, Value b, bool inplace) {
    int64_t n;
    /* "hi " + Name("bob") with Name a str subclass works on the str; not
     * for %, where the instance's own __str__/__repr__ formats it */
    if (op != OP_MOD && IS_WRAPPED(b)) b = vm_unwrap(b);
    ObjType ta = IS_OBJ(a) ? OBJ_TYPE(a) : OT_COUNT, tb = IS_OBJ(b) ? OBJ_TYPE(b) : OT_COUNT;
    if (op == OP_ADD) {
        if (ta == OT_STR) return tb == OT_STR ? v_obj(str_concat(vm, AS_STR(a), AS_STR(b))) : concat_error(vm, "str", b);
        if (ta == OT_LIST) {
            if (inplace) {
                Value r = list_extend_iter(vm, AS_LIST(a), b);
                return IS_EXC(r) ? r : a;
            }
            if (tb != OT_LIST) return concat_error(vm, "list", b);
            ObjList *x = AS_LIST(a), *y = AS_LIST(b);
            ObjList *l = list_new(vm, x->len + y->len);
            if (x->len) memcpy(l->items, x->items, x->len * sizeof(Value));
            if (y->len) memcpy(l->items + x->len, y->items, y->len * sizeof(Value));
            l->len = x->len + y->len;
            return v_obj(l);
        }
        if (ta == OT_TUPLE) {
            if (tb != OT_TUPLE) return concat_error(vm, "tuple", b);
            ObjTuple *x = AS_TUPLE(a), *y = AS_TUPLE(b);
            ObjTuple *t = tuple_new(vm, x->len + y->len);
            memcpy(t->items, x->items, x->len * sizeof(Value));
            memcpy(t->items + x->len, y->items, y->len * sizeof(Value));
            return v_obj(t);
        }
        if (ta == OT_BYTES && tb == OT_BYTES) return bytes_concat(vm, (ObjBytes *)AS_OBJ(a), (ObjBytes *)AS_OBJ(b), -1);
    }
    if (op == OP_MUL) {
        Value seq = a, cnt = b;
        ObjType ts = ta;
        if (ta != OT_STR && ta != OT_LIST && ta != OT_TUPLE && ta != OT_BYTES) {
            seq = b;
            cnt = a;
            ts = tb;
        }
        if (ts == OT_STR || ts == OT_LIST || ts == OT_TUPLE || ts == OT_BYTES) {
            if (IS_UNDEF(repeat_count(vm, cnt, &n)))
                return vm_raise(vm, EXC_TypeError, "can't multiply sequence by non-int of type '%T'", cnt);
            switch (ts) {
            case OT_STR: return str_repeat(vm, AS_STR(seq), n);
            case OT_BYTES: return bytes_concat(vm, (ObjBytes *)AS_OBJ(seq), NULL, n);
            case OT_TUPLE: return repeat_values(vm, AS_TUPLE(seq)->items, AS_TUPLE(seq)->len, n, true);
            default: {
                ObjList *src = AS_LIST(seq);
                Value r = repeat_values(vm, src->items, src->len, n, false);
                if (inplace && !IS_EXC(r)) {   /* l *= n mutates l */
                    ObjList *res = AS_LIST(r);
                    Value *tmp = src->items;
                    uint32_t cap = src->cap;
                    src->items = res->items;
                    src->len = res->len;
                    src->cap = res->cap;
                    res->items = tmp;
                    res->cap = cap;
                    res->len = 0;
                    return seq;
                }
                return r;
            }
            }
        }
    }
    if (op == OP_MOD && ta == OT_STR) return str_percent_format(vm, AS_STR(a), b);
    if (ta == OT_SET && tb == OT_SET && (op == OP_BITOR || op == OP_BITAND || op == OP_SUB || op == OP_BITXOR))
        return set_binop(vm, op, AS_SET(a), AS_SET(b), inplace && !IS_FROZENSET(a) ? AS_SET(a) : NULL);
    if ((op == OP_BITOR || op == OP_BITAND || op == OP_SUB || op == OP_BITXOR) &&
        (IS_SET_LIKE_VIEW(a) || IS_SET_LIKE_VIEW(b)))
        return view_set_binop(vm, op, a, b);
    if (op == OP_BITOR && ta == OT_DICT && inplace && tb != OT_DICT) {
        Value r = dict_update_from(vm, AS_DICT(a), b, false);
        return IS_EXC(r) ? r : a;
    }
    if (op == OP_BITOR && ta == OT_DICT && tb == OT_DICT) {
        ObjDict *d = AS_DICT(a);
        if (!inplace) {
            d = dict_new(vm);
            if (!dict_copy_into(vm, &d->d, &AS_DICT(a)->d)) return V_EXC;
        }
        if (!dict_copy_into(vm, &d->d, &AS_DICT(b)->d)) return V_EXC;
        return v_obj(d);
    }
    return V_UNDEF;
}

/* ------------------------------------------------------- user classes */

static bool is_user(Value v) {
    return IS_OBJ(v) && (OBJ_TYPE(v) == OT_INSTANCE || OBJ_TYPE(v) == OT_CDATA);
}

/* obj.__name__(arg) if obj's class defines it; V_UNDEF if not, or NotImplemented. */
static Value try_dunder(VM *vm, Value obj, CommonName name, Value arg) {
    if (!is_user(obj) || !(class_slots(vm, vm_class_of(vm, obj)) & SLOT_ARITH)) return V_UNDEF;
    bool found;
    Value r = vm_call_special(vm, obj, name, 1, &arg, &found);
    if (!found || v_same(r, vm->not_implemented)) return V_UNDEF;
    return r;
}

Value vm_binop(VM *vm, int op, Value a, Value b, bool inplace) {
    if (IS_NUMBER(a) && IS_NUMBER(b)) {
        Value r = arith_number(vm, op, a, b);
        if (!IS_UNDEF(r)) return r;
    }
    Value r;
    if (inplace) {
        r = try_dunder(vm, a, (CommonName)(NAME___iadd__ + op), b);
        if (!IS_UNDEF(r)) return r;
    }
    bool right_first = is_user(b) && vm_class_of(vm, a) != vm_class_of(vm, b) &&
                       class_is_subclass(vm_class_of(vm, b), vm_class_of(vm, a));
    if (right_first) {
        r = try_dunder(vm, b, (CommonName)(NAME___radd__ + op), a);
        if (!IS_UNDEF(r)) return r;
    }
    r = try_dunder(vm, a, (CommonName)(NAME___add__ + op), b);
    if (!IS_UNDEF(r)) return r;
    if (!right_first && !is_user(a) && is_user(b) && !inplace) {
        /* the built-in types' operators return NotImplemented for user objects */
        r = try_dunder(vm, b, (CommonName)(NAME___radd__ + op), a);
        if (!IS_UNDEF(r)) return r;
        right_first = true;
    }
    if (!is_user(a)) {
        r = builtin_seq_binop(vm, op, a, b, inplace);
        if (!IS_UNDEF(r)) return r;
    }
    if (!right_first && vm_class_of(vm, a) != vm_class_of(vm, b)) {
        r = try_dunder(vm, b, (CommonName)(NAME___radd__ + op), a);
        if (!IS_UNDEF(r)) return r;
    }
    return vm_type_error_unsupported(vm, inplace ? inplace_symbols[op] : binop_symbols[op], a, b);
}

/* ------------------------------------------------------------- unary */

Value vm_unop(VM *vm, int op, Value a) {
    static const char *const names[] = {"-", "+", "~"};
    static const CommonName dunders[] = {NAME___neg__, NAME___pos__, NAME___invert__};
    if (op == UOP_NOT) {
        bool err;
        bool t = vm_truthy(vm, a, &err);
        return err ? V_EXC : v_bool(!t);
    }
    if (IS_INTLIKE(a)) {
        int64_t i = AS_INT(a);
        if (op == UOP_NEG) return i == INT64_MIN ? overflow(vm) : v_int(-i);
        if (op == UOP_POS) return v_int(i);
        return v_int(~i);
    }
    if (IS_FLOAT(a) && op != UOP_INVERT) return v_float(op == UOP_NEG ? -AS_FLOAT(a) : AS_FLOAT(a));
    if (is_user(a)) {
        bool found;
        Value r = vm_call_special(vm, a, dunders[op], 0, NULL, &found);
        if (found) return r;
    }
    return vm_raise(vm, EXC_TypeError, "bad operand type for unary %s: '%T'", names[op], a);
}
