/* lib_dunder.c - the special methods of the built-in types as real
 * methods (list.__len__, dict.__getitem__, int.__add__, ...).
 *
 * The VM never needs them for plain values: its protocol code switches on
 * the type. They exist so that Python code can call them explicitly
 * (super().__getitem__(k), int.__add__(1, 2)), and so that instances of
 * script classes derived from list, dict, set, str, int, ... (which wrap a
 * value of the built-in type, see vm_unwrap) find the built-in behaviour
 * through ordinary attribute lookup. */
#include <string.h>

#include "lib.h"

#define NATIVE(name) static Value name(VM *vm, int argc, Value *argv, ObjTuple *kwnames)
#define ARGS_UNUSED (void)argc, (void)kwnames

#define UNARY(name, expr)       \
    NATIVE(name) {              \
        ARGS_UNUSED;            \
        Value self = vm_unwrap(argv[0]); \
        return expr;            \
    }

#define BINARY(name, expr)      \
    NATIVE(name) {              \
        ARGS_UNUSED;            \
        Value self = vm_unwrap(argv[0]), other = vm_unwrap(argv[1]); \
        return expr;            \
    }

UNARY(d_len, vm_len(vm, self))
UNARY(d_iter, vm_iter(vm, self))
UNARY(d_repr, vm_repr(vm, self))
UNARY(d_str, vm_str(vm, self))
UNARY(d_hash, vm_hash(vm, self))
UNARY(d_neg, vm_unop(vm, UOP_NEG, self))
UNARY(d_pos, vm_unop(vm, UOP_POS, self))
UNARY(d_invert, vm_unop(vm, UOP_INVERT, self))
UNARY(d_int, int_from_value(vm, self, 10, false))
UNARY(d_float, float_from_value(vm, self))
UNARY(d_index, IS_INTLIKE(self) ? v_int(AS_INT(self)) : vm_raise(vm, EXC_TypeError, "an integer is required"))

NATIVE(d_bool) {
    ARGS_UNUSED;
    bool err;
    bool t = vm_truthy(vm, vm_unwrap(argv[0]), &err);
    return err ? V_EXC : v_bool(t);
}

NATIVE(d_abs) {
    ARGS_UNUSED;
    Value self = vm_unwrap(argv[0]);
    if (IS_FLOAT(self)) return v_float(AS_FLOAT(self) < 0 ? -AS_FLOAT(self) : AS_FLOAT(self));
    if (AS_INT(self) == INT64_MIN) return vm_raise(vm, EXC_OverflowError, "integer overflow");
    return v_int(AS_INT(self) < 0 ? -AS_INT(self) : AS_INT(self));
}

BINARY(d_contains, vm_contains(vm, self, other))
BINARY(d_delitem, vm_delitem(vm, self, other))
BINARY(d_format, IS_STR(other) ? vm_format(vm, self, AS_STR(other)) : vm_raise(vm, EXC_TypeError, "format spec must be str"))

NATIVE(d_setitem) {
    ARGS_UNUSED;
    return vm_setitem(vm, vm_unwrap(argv[0]), argv[1], argv[2]);
}

/* dict.__getitem__ honours a subclass's __missing__, as Python's does. */
NATIVE(d_getitem) {
    ARGS_UNUSED;
    Value self = vm_unwrap(argv[0]);
    if (IS_DICT(self) && !v_same(self, argv[0])) {
        Value v, missing;
        bool err;
        if (dict_get(vm, &AS_DICT(self)->d, argv[1], &v, &err)) return v;
        if (err) return V_EXC;
        if (class_lookup(vm_class_of(vm, argv[0]), str_intern(vm, "__missing__", 11), &missing)) {
            Value args[2] = {argv[0], argv[1]};
            return vm_call(vm, missing, 2, args);
        }
    }
    return vm_getitem(vm, self, argv[1]);
}

#define COMPARE(name, op) BINARY(name, vm_compare(vm, op, self, other))
COMPARE(d_eq, CMP_EQ)
COMPARE(d_ne, CMP_NE)
COMPARE(d_lt, CMP_LT)
COMPARE(d_le, CMP_LE)
COMPARE(d_gt, CMP_GT)
COMPARE(d_ge, CMP_GE)

#define ARITH(name, rname, op)                          \
    BINARY(name, vm_binop(vm, op, self, other, false))  \
    BINARY(rname, vm_binop(vm, op, other, self, false))

/* In-place forms update the wrapped value and return the wrapper itself. */
#define INPLACE(iname, op)                                                     \
    NATIVE(iname) {                                                            \
        ARGS_UNUSED;                                                           \
        Value r = vm_binop(vm, op, vm_unwrap(argv[0]), vm_unwrap(argv[1]), true); \
        return IS_EXC(r) || !v_same(r, vm_unwrap(argv[0])) ? r : argv[0];     \
    }

ARITH(d_add, d_radd, OP_ADD)
ARITH(d_sub, d_rsub, OP_SUB)
ARITH(d_mul, d_rmul, OP_MUL)
ARITH(d_truediv, d_rtruediv, OP_DIV)
ARITH(d_floordiv, d_rfloordiv, OP_FLOORDIV)
ARITH(d_mod, d_rmod, OP_MOD)
ARITH(d_pow, d_rpow, OP_POW)
ARITH(d_lshift, d_rlshift, OP_LSHIFT)
ARITH(d_rshift, d_rrshift, OP_RSHIFT)
ARITH(d_and, d_rand, OP_BITAND)
ARITH(d_or, d_ror, OP_BITOR)
ARITH(d_xor, d_rxor, OP_BITXOR)
INPLACE(d_iadd, OP_ADD)
INPLACE(d_isub, OP_SUB)
INPLACE(d_imul, OP_MUL)
INPLACE(d_iand, OP_BITAND)
INPLACE(d_ior, OP_BITOR)
INPLACE(d_ixor, OP_BITXOR)

/* list.__init__(iterable=()), set.__init__, dict.__init__(mapping=(), **kw):
 * fill a (fresh) value in place. */
NATIVE(d_list_init) {
    int n = argc - (kwnames ? (int)kwnames->len : 0);
    if (kwnames && kwnames->len) return vm_raise(vm, EXC_TypeError, "list() takes no keyword arguments");
    if (n > 2) return vm_raise(vm, EXC_TypeError, "list expected at most 1 argument, got %d", n - 1);
    ObjList *l = AS_LIST(vm_unwrap(argv[0]));
    l->len = 0;
    return n == 2 ? list_extend_iter(vm, l, argv[1]) : V_NONE;
}

NATIVE(d_set_init) {
    int n = argc - (kwnames ? (int)kwnames->len : 0);
    if (kwnames && kwnames->len) return vm_raise(vm, EXC_TypeError, "set() takes no keyword arguments");
    if (n > 2) return vm_raise(vm, EXC_TypeError, "set expected at most 1 argument, got %d", n - 1);
    ObjSet *s = AS_SET(vm_unwrap(argv[0]));
    set_clear(vm, &s->s);
    return n == 2 ? set_update(vm, &s->s, argv[1]) : V_NONE;
}

NATIVE(d_dict_init) {
    int n = argc - (kwnames ? (int)kwnames->len : 0);
    if (n > 2) return vm_raise(vm, EXC_TypeError, "dict expected at most 1 argument, got %d", n - 1);
    ObjDict *d = AS_DICT(vm_unwrap(argv[0]));
    if (n == 2) {
        Value r = dict_update_from(vm, d, argv[1], false);
        if (IS_EXC(r)) return r;
    }
    for (uint32_t k = 0; kwnames && k < kwnames->len; k++) dict_set_str(vm, &d->d, AS_STR(kwnames->items[k]), argv[n + (int)k]);
    return V_NONE;
}

/* ------------------------------------------------------------- install */

static const LibFn common[] = {
    {"__repr__", d_repr, 1, 1, 0}, {"__eq__", d_eq, 2, 2, 0}, {"__ne__", d_ne, 2, 2, 0}, {"__bool__", d_bool, 1, 1, 0},
};
/* only str and bytes have a __str__ of their own: for the others str() is
 * object.__str__, which is repr() (so a subclass's __repr__ shows in print) */
static const LibFn own_str[] = {{"__str__", d_str, 1, 1, 0}};
static const LibFn ordered[] = {
    {"__lt__", d_lt, 2, 2, 0}, {"__le__", d_le, 2, 2, 0}, {"__gt__", d_gt, 2, 2, 0}, {"__ge__", d_ge, 2, 2, 0},
};
static const LibFn container[] = {
    {"__len__", d_len, 1, 1, 0}, {"__iter__", d_iter, 1, 1, 0}, {"__contains__", d_contains, 2, 2, 0},
};
static const LibFn mutable_items[] = {{"__setitem__", d_setitem, 3, 3, 0}, {"__delitem__", d_delitem, 2, 2, 0}};
static const LibFn sequence_arith[] = {
    {"__add__", d_add, 2, 2, 0}, {"__mul__", d_mul, 2, 2, 0}, {"__rmul__", d_rmul, 2, 2, 0},
};
static const LibFn numeric[] = {
    {"__add__", d_add, 2, 2, 0}, {"__radd__", d_radd, 2, 2, 0}, {"__sub__", d_sub, 2, 2, 0}, {"__rsub__", d_rsub, 2, 2, 0},
    {"__mul__", d_mul, 2, 2, 0}, {"__rmul__", d_rmul, 2, 2, 0}, {"__truediv__", d_truediv, 2, 2, 0},
    {"__rtruediv__", d_rtruediv, 2, 2, 0}, {"__floordiv__", d_floordiv, 2, 2, 0}, {"__rfloordiv__", d_rfloordiv, 2, 2, 0},
    {"__mod__", d_mod, 2, 2, 0}, {"__rmod__", d_rmod, 2, 2, 0}, {"__pow__", d_pow, 2, 3, 0}, {"__rpow__", d_rpow, 2, 3, 0},
    {"__neg__", d_neg, 1, 1, 0}, {"__pos__", d_pos, 1, 1, 0}, {"__abs__", d_abs, 1, 1, 0}, {"__hash__", d_hash, 1, 1, 0},
    {"__int__", d_int, 1, 1, 0}, {"__float__", d_float, 1, 1, 0}, {"__format__", d_format, 2, 2, 0},
};
static const LibFn integer_only[] = {
    {"__lshift__", d_lshift, 2, 2, 0}, {"__rlshift__", d_rlshift, 2, 2, 0}, {"__rshift__", d_rshift, 2, 2, 0},
    {"__rrshift__", d_rrshift, 2, 2, 0}, {"__and__", d_and, 2, 2, 0}, {"__rand__", d_rand, 2, 2, 0},
    {"__or__", d_or, 2, 2, 0}, {"__ror__", d_ror, 2, 2, 0}, {"__xor__", d_xor, 2, 2, 0}, {"__rxor__", d_rxor, 2, 2, 0},
    {"__invert__", d_invert, 1, 1, 0}, {"__index__", d_index, 1, 1, 0},
};
static const LibFn set_ops[] = {
    {"__or__", d_or, 2, 2, 0}, {"__and__", d_and, 2, 2, 0}, {"__sub__", d_sub, 2, 2, 0}, {"__xor__", d_xor, 2, 2, 0},
    {"__ior__", d_ior, 2, 2, 0}, {"__iand__", d_iand, 2, 2, 0}, {"__isub__", d_isub, 2, 2, 0}, {"__ixor__", d_ixor, 2, 2, 0},
};

static void add_all(VM *vm, ObjClass *c, const LibFn *d, size_t n) {
    for (size_t i = 0; i < n; i++) {
        Value existing;
        if (dict_get_str(&c->dict->d, str_intern(vm, d[i].name, strlen(d[i].name)), &existing)) continue;
        class_add_native(vm, c, d[i].name, d[i].fn, d[i].min, d[i].max, NATIVE_WRAPPER);
    }
}

#define ADD(cls, table) add_all(vm, cls, table, sizeof table / sizeof table[0])

static void unhashable(VM *vm, ObjClass *c) {
    dict_set_str(vm, &c->dict->d, vm->names[NAME___hash__], V_NONE);
}

void lib_dunder_methods(VM *vm) {
    ObjClass **k = vm->classes;
    ObjClass *all[] = {k[CLS_list], k[CLS_tuple], k[CLS_dict], k[CLS_set], k[CLS_frozenset], k[CLS_str],
                       k[CLS_bytes], k[CLS_int], k[CLS_float]};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) ADD(all[i], common);
    ADD(k[CLS_str], own_str);
    ADD(k[CLS_bytes], own_str);
    ObjClass *seqs[] = {k[CLS_list], k[CLS_tuple], k[CLS_str], k[CLS_bytes]};
    for (size_t i = 0; i < sizeof seqs / sizeof seqs[0]; i++) {
        ADD(seqs[i], ordered);
        ADD(seqs[i], sequence_arith);
        class_add_native(vm, seqs[i], "__getitem__", d_getitem, 2, 2, NATIVE_WRAPPER);
    }
    ObjClass *cont[] = {k[CLS_list], k[CLS_tuple], k[CLS_dict], k[CLS_set], k[CLS_frozenset], k[CLS_str], k[CLS_bytes]};
    for (size_t i = 0; i < sizeof cont / sizeof cont[0]; i++) ADD(cont[i], container);
    ADD(k[CLS_list], mutable_items);
    ADD(k[CLS_dict], mutable_items);
    class_add_native(vm, k[CLS_dict], "__getitem__", d_getitem, 2, 2, NATIVE_WRAPPER);
    class_add_native(vm, k[CLS_list], "__iadd__", d_iadd, 2, 2, NATIVE_WRAPPER);
    class_add_native(vm, k[CLS_list], "__imul__", d_imul, 2, 2, NATIVE_WRAPPER);
    class_add_native(vm, k[CLS_str], "__mod__", d_mod, 2, 2, NATIVE_WRAPPER);
    class_add_native(vm, k[CLS_dict], "__or__", d_or, 2, 2, NATIVE_WRAPPER);
    class_add_native(vm, k[CLS_dict], "__ior__", d_ior, 2, 2, NATIVE_WRAPPER);
    ADD(k[CLS_set], set_ops);
    ADD(k[CLS_set], ordered);
    ADD(k[CLS_frozenset], ordered);
    class_add_native(vm, k[CLS_list], "__init__", d_list_init, 1, -1, NATIVE_KW | NATIVE_WRAPPER);
    class_add_native(vm, k[CLS_set], "__init__", d_set_init, 1, -1, NATIVE_KW | NATIVE_WRAPPER);
    class_add_native(vm, k[CLS_dict], "__init__", d_dict_init, 1, -1, NATIVE_KW | NATIVE_WRAPPER);
    ADD(k[CLS_int], ordered);
    ADD(k[CLS_float], ordered);
    ADD(k[CLS_int], numeric);
    ADD(k[CLS_float], numeric);
    ADD(k[CLS_int], integer_only);
    ObjClass *hashable[] = {k[CLS_tuple], k[CLS_str], k[CLS_bytes], k[CLS_frozenset]};
    for (size_t i = 0; i < sizeof hashable / sizeof hashable[0]; i++)
        class_add_native(vm, hashable[i], "__hash__", d_hash, 1, 1, NATIVE_WRAPPER);
    unhashable(vm, k[CLS_list]);
    unhashable(vm, k[CLS_dict]);
    unhashable(vm, k[CLS_set]);
}
