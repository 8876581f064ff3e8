/* ops.c - the object protocol shared by the interpreter and the library:
 * truthiness, ==, ordering, hashing, `in`, len, and calling special methods.
 *
 * Built-in types are handled directly in C. Instances of user classes go
 * through their special methods (__eq__, __lt__, __hash__, __len__, ...),
 * with Python's reflected-operand rules and NotImplemented fallbacks. */
#include <math.h>
#include <string.h>

#include "vm.h"

/* How many values a range yields; past INT64_MAX for ranges that span more
 * than 63 bits (len() then raises, indexing still works). */
uint64_t range_count(const ObjRange *r) {
    uint64_t step = r->step > 0 ? (uint64_t)r->step : (uint64_t)0 - (uint64_t)r->step;
    if (r->step > 0 && r->start < r->stop) return ((uint64_t)r->stop - (uint64_t)r->start - 1) / step + 1;
    if (r->step < 0 && r->start > r->stop) return ((uint64_t)r->start - (uint64_t)r->stop - 1) / step + 1;
    return 0;
}


#define C_DEPTH_LIMIT 4000

static bool is_user_object(Value v) {
    return IS_OBJ(v) && (OBJ_TYPE(v) == OT_INSTANCE || OBJ_TYPE(v) == OT_CDATA);
}

static bool is_not_implemented(VM *vm, Value v) { return v_same(v, vm->not_implemented); }

/* ------------------------------------------------------ special methods */

Value vm_special_method(VM *vm, Value obj, CommonName name, bool *found) {
    Value m;
    *found = class_lookup(vm_class_of(vm, obj), vm->names[name], &m);
    if (!*found) return V_NONE;
    if (IS_CLOSURE(m) || IS_NATIVE(m)) return v_obj(bound_new(vm, obj, m));
    return m;
}

/* Call a special method defined on obj's class. *found is false (and
 * nothing is called) when the class does not define it. */
Value vm_call_special(VM *vm, Value obj, CommonName name, int argc, Value *argv, bool *found) {
    Value m;
    *found = class_lookup(vm_class_of(vm, obj), vm->names[name], &m);
    if (!*found) return V_NONE;
    Value args[4];
    if (argc > 3) return vm_raise(vm, EXC_RuntimeError, "too many arguments to special method");
    args[0] = obj;
    for (int i = 0; i < argc; i++) args[i + 1] = argv[i];
    if (IS_CLOSURE(m) || IS_NATIVE(m)) return vm_call(vm, m, argc + 1, args);
    return vm_call(vm, m, argc, argv);
}

static bool enter_c(VM *vm, const char *where) {
    if (!vm_check_stack(vm)) return false;
    if (++vm->c_depth > C_DEPTH_LIMIT) {
        vm->c_depth--;
        vm_raise(vm, EXC_RecursionError, "maximum recursion depth exceeded%s", where);
        return false;
    }
    return true;
}

static void leave_c(VM *vm) { vm->c_depth--; }

/* ------------------------------------------------------------- truth */

bool vm_truthy(VM *vm, Value v, bool *err) {
    *err = false;
    switch ((ValueType)v.type) {
    case VT_NONE: return false;
    case VT_BOOL: case VT_INT: return v.as.i != 0;
    case VT_FLOAT: return v.as.f != 0.0;
    case VT_OBJ: break;
    default: return false;
    }
    Obj *o = AS_OBJ(v);
    switch ((ObjType)o->type) {
    case OT_STR: return ((ObjStr *)o)->len != 0;
    case OT_BYTES: return ((ObjBytes *)o)->len != 0;
    case OT_TUPLE: return ((ObjTuple *)o)->len != 0;
    case OT_LIST: return ((ObjList *)o)->len != 0;
    case OT_DICT: return ((ObjDict *)o)->d.count != 0;
    case OT_SET: return ((ObjSet *)o)->s.used != 0;
    case OT_DICTVIEW: return ((ObjDictView *)o)->dict->d.count != 0;
    case OT_RANGE: case OT_INSTANCE: case OT_CDATA: break;
    default: return true;
    }
    if (o->type == OT_RANGE) return range_count((ObjRange *)o) != 0;
    uint32_t slots = class_slots(vm, vm_class_of(vm, v));
    bool found;
    if (slots & SLOT_BOOL) {
        Value r = vm_call_special(vm, v, NAME___bool__, 0, NULL, &found);
        if (IS_EXC(r)) { *err = true; return false; }
        if (!IS_BOOL(r)) {
            vm_raise(vm, EXC_TypeError, "__bool__ should return bool, returned %T", r);
            *err = true;
            return false;
        }
        return AS_BOOL(r);
    }
    if (slots & SLOT_LEN) {
        Value n = vm_len(vm, v);
        if (IS_EXC(n)) { *err = true; return false; }
        return AS_INT(n) != 0;
    }
    return true;
}

/* ----------------------------------------------------- numeric compare */

/* Compare an int with a float exactly: -1, 0, 1, or 2 when f is NaN. */
static int cmp_int_float(int64_t i, double f) {
    if (isnan(f)) return 2;
    if (f >= 9223372036854775808.0) return -1;
    if (f < -9223372036854775808.0) return 1;
    double fl = floor(f);
    int64_t fi = (int64_t)fl;
    if (i != fi) return i < fi ? -1 : 1;
    return fl == f ? 0 : -1;   /* f has a fraction above i */
}

/* -1/0/1, or 2 when unordered (NaN). */
static int num_cmp(Value a, Value b) {
    if (!IS_FLOAT(a) && !IS_FLOAT(b)) return AS_INT(a) < AS_INT(b) ? -1 : AS_INT(a) > AS_INT(b);
    if (IS_FLOAT(a) && IS_FLOAT(b)) {
        double x = AS_FLOAT(a), y = AS_FLOAT(b);
        if (x < y) return -1;
        if (x > y) return 1;
        return x == y ? 0 : 2;
    }
    if (IS_FLOAT(b)) return cmp_int_float(AS_INT(a), AS_FLOAT(b));
    int c = cmp_int_float(AS_INT(b), AS_FLOAT(a));
    return c == 2 ? 2 : -c;
}

static bool cmp_result(int op, int c) {
    if (c == 2) return op == CMP_NE;
    switch (op) {
    case CMP_EQ: return c == 0;
    case CMP_NE: return c != 0;
    case CMP_LT: return c < 0;
    case CMP_LE: return c <= 0;
    case CMP_GT: return c > 0;
    default: return c >= 0;
    }
}

static int swapped_op(int op) {
    switch (op) {
    case CMP_LT: return CMP_GT;
    case CMP_LE: return CMP_GE;
    case CMP_GT: return CMP_LT;
    case CMP_GE: return CMP_LE;
    default: return op;
    }
}

static const char *const cmp_symbols[] = {"==", "!=", "<", "<=", ">", ">="};

/* -------------------------------------------------- sequence compare */

static Value seq_compare(VM *vm, int op, const Value *a, uint32_t na, const Value *b, uint32_t nb) {
    uint32_t n = na < nb ? na : nb;
    for (uint32_t i = 0; i < n; i++) {
        if (v_same(a[i], b[i])) continue;
        Value eq = vm_equals(vm, a[i], b[i]);
        if (IS_EXC(eq)) return eq;
        if (AS_BOOL(eq)) continue;
        if (op == CMP_EQ) return V_FALSE;
        if (op == CMP_NE) return V_TRUE;
        return vm_compare(vm, op, a[i], b[i]);
    }
    return v_bool(cmp_result(op, na < nb ? -1 : na > nb));
}

static Value dict_equal(VM *vm, Dict *a, Dict *b, bool keys_only) {
    if (a->count != b->count) return V_FALSE;
    uint32_t pos = 0;
    DictEntry *e;
    while (dict_next(a, &pos, &e)) {
        Value other;
        bool err;
        if (!dict_get(vm, b, e->key, &other, &err)) return err ? V_EXC : V_FALSE;
        if (keys_only) continue;
        Value eq = vm_equals(vm, e->value, other);
        if (IS_EXC(eq) || !AS_BOOL(eq)) return eq;
    }
    return V_TRUE;
}

/* Is every member of a in b? */
static Value set_subset(VM *vm, Set *a, Set *b) {
    uint32_t pos = 0;
    Value k;
    while (set_next(a, &pos, &k)) {
        int r = set_contains(vm, b, k);
        if (r <= 0) return r < 0 ? V_EXC : V_FALSE;
    }
    return V_TRUE;
}

static Value set_compare(VM *vm, int op, Set *a, Set *b) {
    switch (op) {
    case CMP_EQ: case CMP_NE: {
        Value r = a->used == b->used ? set_subset(vm, a, b) : V_FALSE;
        if (IS_EXC(r) || op == CMP_EQ) return r;
        return v_bool(!AS_BOOL(r));
    }
    case CMP_LE: return set_subset(vm, a, b);
    case CMP_GE: return set_subset(vm, b, a);
    case CMP_LT: return a->used < b->used ? set_subset(vm, a, b) : V_FALSE;
    default: return b->used < a->used ? set_subset(vm, b, a) : V_FALSE;
    }
}

ObjSet *set_of(VM *vm, Value v);   /* lib_dict.c */

/* d.keys() <= {...}, d.items() == other.items(): compared as sets */
static Value view_compare(VM *vm, int op, Value a, Value b) {
    ObjSet *x = set_of(vm, a);
    if (!x) return V_EXC;
    ObjSet *y = set_of(vm, b);
    if (!y) return V_EXC;
    return set_compare(vm, op, &x->s, &y->s);
}

/* The built-in comparison of two values, or V_UNDEF for NotImplemented. */
static Value builtin_compare(VM *vm, int op, Value a, Value b) {
    if (IS_NUMBER(a) && IS_NUMBER(b)) return v_bool(cmp_result(op, num_cmp(a, b)));
    if ((IS_SET_LIKE_VIEW(a) && (IS_SET(b) || IS_SET_LIKE_VIEW(b))) || (IS_SET(a) && IS_SET_LIKE_VIEW(b)))
        return view_compare(vm, op, a, b);
    if (IS_OBJ(a) && IS_OBJ(b) && OBJ_TYPE(a) == OBJ_TYPE(b)) {
        switch (OBJ_TYPE(a)) {
        case OT_STR: {
            if (op == CMP_EQ) return v_bool(str_eq(AS_STR(a), AS_STR(b)));
            if (op == CMP_NE) return v_bool(!str_eq(AS_STR(a), AS_STR(b)));
            return v_bool(cmp_result(op, str_cmp(AS_STR(a), AS_STR(b))));
        }
        case OT_BYTES: {
            ObjBytes *x = (ObjBytes *)AS_OBJ(a), *y = (ObjBytes *)AS_OBJ(b);
            size_t n = x->len < y->len ? x->len : y->len;
            int c = memcmp(x->data, y->data, n);
            c = c ? (c < 0 ? -1 : 1) : (x->len < y->len ? -1 : x->len > y->len);
            return v_bool(cmp_result(op, c));
        }
        case OT_TUPLE: case OT_LIST: {
            if (!enter_c(vm, " in comparison")) return V_EXC;
            Value r = IS_TUPLE(a)
                ? seq_compare(vm, op, AS_TUPLE(a)->items, AS_TUPLE(a)->len, AS_TUPLE(b)->items, AS_TUPLE(b)->len)
                : seq_compare(vm, op, AS_LIST(a)->items, AS_LIST(a)->len, AS_LIST(b)->items, AS_LIST(b)->len);
            leave_c(vm);
            return r;
        }
        case OT_DICT: {
            if (op != CMP_EQ && op != CMP_NE) return V_UNDEF;
            if (!enter_c(vm, " in comparison")) return V_EXC;
            Value r = dict_equal(vm, &AS_DICT(a)->d, &AS_DICT(b)->d, false);
            leave_c(vm);
            if (IS_EXC(r) || op == CMP_EQ) return r;
            return v_bool(!AS_BOOL(r));
        }
        case OT_SET: return set_compare(vm, op, &AS_SET(a)->s, &AS_SET(b)->s);
        case OT_BOUND: {   /* a.m == a.m: the same function bound to the same object */
            if (op != CMP_EQ && op != CMP_NE) return V_UNDEF;
            bool eq = v_same(AS_BOUND(a)->self, AS_BOUND(b)->self) && v_same(AS_BOUND(a)->func, AS_BOUND(b)->func);
            return v_bool(op == CMP_EQ ? eq : !eq);
        }
        case OT_RANGE: {
            if (op != CMP_EQ && op != CMP_NE) return V_UNDEF;
            ObjRange *x = (ObjRange *)AS_OBJ(a), *y = (ObjRange *)AS_OBJ(b);
            Value lx = vm_len(vm, a), ly = vm_len(vm, b);
            if (IS_EXC(lx) || IS_EXC(ly)) return V_EXC;
            bool eq = AS_INT(lx) == AS_INT(ly) &&
                      (AS_INT(lx) == 0 || (x->start == y->start && (AS_INT(lx) == 1 || x->step == y->step)));
            return v_bool(op == CMP_EQ ? eq : !eq);
        }
        default: break;
        }
    }
    if (op == CMP_EQ || op == CMP_NE) {
        if (is_user_object(a) || is_user_object(b)) return V_UNDEF;
        bool same = v_same(a, b);
        return v_bool(op == CMP_EQ ? same : !same);
    }
    return V_UNDEF;
}

static const CommonName cmp_names[] = {NAME___eq__, NAME___ne__, NAME___lt__, NAME___le__, NAME___gt__, NAME___ge__};

/* a.__op__(b) if a's class defines it in script code; V_UNDEF if it does
 * not or returns NotImplemented. */
static Value user_compare(VM *vm, int op, Value a, Value b) {
    if (!is_user_object(a)) return V_UNDEF;
    uint32_t slots = class_slots(vm, vm_class_of(vm, a));
    if (!(slots & (op <= CMP_NE ? SLOT_EQ : SLOT_LT))) return V_UNDEF;
    bool found;
    Value r = vm_call_special(vm, a, cmp_names[op], 1, &b, &found);
    if (!found && op == CMP_NE) {   /* default __ne__ inverts __eq__ */
        r = vm_call_special(vm, a, NAME___eq__, 1, &b, &found);
        if (found && !IS_EXC(r) && !is_not_implemented(vm, r)) {
            bool err;
            bool t = vm_truthy(vm, r, &err);
            return err ? V_EXC : v_bool(!t);
        }
    }
    if (!found || is_not_implemented(vm, r)) return V_UNDEF;
    return r;
}

Value vm_compare(VM *vm, int op, Value a, Value b) {
    if (IS_NUMBER(a) && IS_NUMBER(b)) return v_bool(cmp_result(op, num_cmp(a, b)));
    /* a subclass instance on the right gets the first try, as in Python */
    bool right_first = is_user_object(b) && is_user_object(a) &&
                       vm_class_of(vm, a) != vm_class_of(vm, b) &&
                       class_is_subclass(vm_class_of(vm, b), vm_class_of(vm, a));
    Value r;
    if (right_first) {
        r = user_compare(vm, swapped_op(op), b, a);
        if (!IS_UNDEF(r)) return r;
    }
    r = user_compare(vm, op, a, b);
    if (!IS_UNDEF(r)) return r;
    if (!right_first) {
        r = user_compare(vm, swapped_op(op), b, a);
        if (!IS_UNDEF(r)) return r;
    }
    r = builtin_compare(vm, op, a, b);
    if (!IS_UNDEF(r)) return r;
    if (op == CMP_EQ) return v_bool(v_same(a, b));
    if (op == CMP_NE) return v_bool(!v_same(a, b));
    return vm_raise(vm, EXC_TypeError, "'%s' not supported between instances of '%T' and '%T'",
                    cmp_symbols[op], a, b);
}

Value vm_equals(VM *vm, Value a, Value b) {
    if (v_same(a, b) && !IS_FLOAT(a)) return V_TRUE;
    if (IS_NUMBER(a) && IS_NUMBER(b)) return v_bool(num_cmp(a, b) == 0);
    if (IS_STR(a) && IS_STR(b)) return v_bool(str_eq(AS_STR(a), AS_STR(b)));
    Value r = vm_compare(vm, CMP_EQ, a, b);
    if (IS_EXC(r) || IS_BOOL(r)) return r;
    bool err;
    bool t = vm_truthy(vm, r, &err);
    return err ? V_EXC : v_bool(t);
}

/* ------------------------------------------------------------- hashing */

#define HASH_MODULUS (((uint64_t)1 << 61) - 1)

static int64_t finish_hash(int64_t h) { return h == -1 ? -2 : h; }

/* Python's numeric hash: the value modulo 2**61 - 1, so equal numbers of
 * different types hash alike. */
uint64_t hash_int(int64_t i) {
    uint64_t mag = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
    int64_t h = (int64_t)(mag % HASH_MODULUS);
    return (uint64_t)finish_hash(i < 0 ? -h : h);
}

/* x = m * 2**e with integral m < 2**53; 2**61 == 1 (mod P) makes 2**e a
 * rotation by e mod 61 within 61 bits. */
uint64_t hash_double(double d) {
    if (isinf(d)) return d > 0 ? 314159 : (uint64_t)-314159;
    if (isnan(d)) return 0;
    int e;
    double m = frexp(fabs(d), &e);     /* |d| = m * 2**e, 0.5 <= m < 1 */
    uint64_t mant = (uint64_t)ldexp(m, 53);
    e -= 53;
    int r = e % 61;
    if (r < 0) r += 61;
    uint64_t x = mant % HASH_MODULUS;
    x = ((x << r) & HASH_MODULUS) | (x >> (61 - r));
    int64_t h = (int64_t)x;
    return (uint64_t)finish_hash(d < 0 ? -h : h);
}

static Value hash_tuple(VM *vm, ObjTuple *t) {
    uint64_t acc = 0x27d4eb2f165667c5ULL;
    for (uint32_t i = 0; i < t->len; i++) {
        Value h = vm_hash(vm, t->items[i]);
        if (IS_EXC(h)) return h;
        acc += (uint64_t)AS_INT(h) * 0xc2b2ae3d27d4eb4fULL;
        acc = (acc << 31) | (acc >> 33);
        acc *= 0x9e3779b185ebca87ULL;
    }
    acc += t->len ^ 0x27d4eb2f165667c5ULL;
    return v_int(finish_hash((int64_t)(acc >> 1)));
}

Value vm_hash(VM *vm, Value v) {
    switch ((ValueType)v.type) {
    case VT_NONE: return v_int(0xFCA86420);
    case VT_BOOL: case VT_INT: return v_int((int64_t)hash_int(v.as.i));
    case VT_FLOAT: return v_int((int64_t)hash_double(v.as.f));
    default: break;
    }
    Obj *o = AS_OBJ(v);
    switch ((ObjType)o->type) {
    case OT_STR: return v_int((int64_t)str_hash((ObjStr *)o));
    case OT_BYTES: {
        ObjBytes *b = (ObjBytes *)o;
        if (!b->hash) b->hash = (hash_bytes(b->data, b->len) >> 2) | 1;
        return v_int((int64_t)b->hash);
    }
    case OT_TUPLE: {
        if (!enter_c(vm, " while getting the hash of an object")) return V_EXC;
        Value r = hash_tuple(vm, (ObjTuple *)o);
        leave_c(vm);
        return r;
    }
    case OT_SET:
        if (o->flags & SET_FROZEN) return v_int((int64_t)set_hash(&((ObjSet *)o)->s));
        return vm_raise(vm, EXC_TypeError, "unhashable type: '%T'", v);
    case OT_LIST: case OT_DICT: case OT_SLICE: case OT_DICTVIEW:
        return vm_raise(vm, EXC_TypeError, "unhashable type: '%T'", v);
    case OT_INSTANCE: case OT_CDATA: {
        uint32_t slots = class_slots(vm, vm_class_of(vm, v));
        if (slots & SLOT_HASH) {
            bool found;
            Value m;
            class_lookup(vm_class_of(vm, v), vm->names[NAME___hash__], &m);
            if (IS_NONE(m)) return vm_raise(vm, EXC_TypeError, "unhashable type: '%T'", v);
            Value h = vm_call_special(vm, v, NAME___hash__, 0, NULL, &found);
            if (IS_EXC(h)) return h;
            if (!IS_INTLIKE(h)) return vm_raise(vm, EXC_TypeError, "__hash__ method should return an integer");
            return v_int(finish_hash(AS_INT(h)));
        }
        if (slots & SLOT_EQ) {   /* defining __eq__ without __hash__ makes instances unhashable */
            Value m;
            if (class_lookup(vm_class_of(vm, v), vm->names[NAME___eq__], &m))
                return vm_raise(vm, EXC_TypeError, "unhashable type: '%T'", v);
        }
        break;
    }
    case OT_BOUND: {   /* equal bound methods hash alike (see builtin_compare) */
        uintptr_t self = IS_OBJ(AS_BOUND(v)->self) ? (uintptr_t)AS_OBJ(AS_BOUND(v)->self) : 0;
        uintptr_t fn = IS_OBJ(AS_BOUND(v)->func) ? (uintptr_t)AS_OBJ(AS_BOUND(v)->func) : 0;
        return v_int((int64_t)((self >> 4) ^ (fn << 7)) & INT64_MAX);
    }
    default: break;
    }
    uintptr_t p = (uintptr_t)o;
    return v_int((int64_t)((p >> 4) | (p << 60)) & INT64_MAX);
}

/* ------------------------------------------------------------ len, in */

Value vm_len(VM *vm, Value v) {
    if (IS_OBJ(v)) {
        Obj *o = AS_OBJ(v);
        switch ((ObjType)o->type) {
        case OT_STR: return v_int(((ObjStr *)o)->nchars);
        case OT_BYTES: return v_int(((ObjBytes *)o)->len);
        case OT_TUPLE: return v_int(((ObjTuple *)o)->len);
        case OT_LIST: return v_int(((ObjList *)o)->len);
        case OT_DICT: return v_int(((ObjDict *)o)->d.count);
        case OT_SET: return v_int(((ObjSet *)o)->s.used);
        case OT_DICTVIEW: return v_int(((ObjDictView *)o)->dict->d.count);
        case OT_RANGE: {
            uint64_t n = range_count((ObjRange *)o);
            if (n > INT64_MAX) return vm_raise(vm, EXC_OverflowError, "Python int too large to convert to C ssize_t");
            return v_int((int64_t)n);
        }
        case OT_INSTANCE: case OT_CDATA: {
            bool found;
            Value n = vm_call_special(vm, v, NAME___len__, 0, NULL, &found);
            if (!found) break;
            if (IS_EXC(n)) return n;
            if (!IS_INTLIKE(n)) return vm_raise(vm, EXC_TypeError, "'%T' object cannot be interpreted as an integer", n);
            if (AS_INT(n) < 0) return vm_raise(vm, EXC_ValueError, "__len__() should return >= 0");
            return v_int(AS_INT(n));
        }
        default: break;
        }
    }
    return vm_raise(vm, EXC_TypeError, "object of type '%T' has no len()", v);
}

static Value seq_contains(VM *vm, const Value *items, uint32_t n, Value x) {
    for (uint32_t i = 0; i < n; i++) {
        if (v_same(items[i], x)) return V_TRUE;   /* identity first, as Python's containers do */
        Value eq = vm_equals(vm, items[i], x);
        if (IS_EXC(eq) || AS_BOOL(eq)) return eq;
    }
    return V_FALSE;
}

static Value str_contains(ObjStr *hay, Value x, VM *vm) {
    if (!IS_STR(x))
        return vm_raise(vm, EXC_TypeError, "'in <string>' requires string as left operand, not %T", x);
    ObjStr *needle = AS_STR(x);
    if (needle->len == 0) return V_TRUE;
    if (needle->len > hay->len) return V_FALSE;
    return v_bool(memmem(hay->data, hay->len, needle->data, needle->len) != NULL);
}

static uint64_t abs_step(int64_t step) { return step > 0 ? (uint64_t)step : (uint64_t)0 - (uint64_t)step; }

static Value range_contains(ObjRange *r, Value x) {
    if (IS_FLOAT(x)) {
        double f = AS_FLOAT(x);
        if (f != floor(f) || fabs(f) >= 9.2e18) return V_FALSE;
        x = v_int((int64_t)f);
    }
    if (!IS_INTLIKE(x)) return V_FALSE;
    int64_t i = AS_INT(x);
    if (r->step > 0) {
        if (i < r->start || i >= r->stop) return V_FALSE;
        return v_bool(((uint64_t)i - (uint64_t)r->start) % abs_step(r->step) == 0);
    }
    if (i > r->start || i <= r->stop) return V_FALSE;
    return v_bool(((uint64_t)r->start - (uint64_t)i) % abs_step(r->step) == 0);
}

Value vm_contains(VM *vm, Value c, Value x) {
    if (IS_OBJ(c)) {
        Obj *o = AS_OBJ(c);
        Value dummy;
        bool err;
        switch ((ObjType)o->type) {
        case OT_STR: return str_contains((ObjStr *)o, x, vm);
        case OT_LIST: return seq_contains(vm, ((ObjList *)o)->items, ((ObjList *)o)->len, x);
        case OT_TUPLE: return seq_contains(vm, ((ObjTuple *)o)->items, ((ObjTuple *)o)->len, x);
        case OT_DICT:
            if (dict_get(vm, &((ObjDict *)o)->d, x, &dummy, &err)) return V_TRUE;
            return err ? V_EXC : V_FALSE;
        case OT_SET: {
            int r = set_contains(vm, &((ObjSet *)o)->s, x);
            return r < 0 ? V_EXC : v_bool(r);
        }
        case OT_RANGE: return range_contains((ObjRange *)o, x);
        case OT_DICTVIEW: {
            ObjDictView *dv = (ObjDictView *)o;
            if (o->extra == IT_DICT_KEYS) {
                if (dict_get(vm, &dv->dict->d, x, &dummy, &err)) return V_TRUE;
                return err ? V_EXC : V_FALSE;
            }
            break;  /* values/items: iterate */
        }
        case OT_BYTES: {
            ObjBytes *b = (ObjBytes *)o;
            if (IS_INTLIKE(x)) return v_bool(memchr(b->data, (int)AS_INT(x), b->len) != NULL);
            if (IS_A(x, OT_BYTES)) {
                ObjBytes *n = (ObjBytes *)AS_OBJ(x);
                return v_bool(n->len == 0 || memmem(b->data, b->len, n->data, n->len) != NULL);
            }
            return vm_raise(vm, EXC_TypeError, "a bytes-like object is required, not '%T'", x);
        }
        case OT_INSTANCE: case OT_CDATA: {
            bool found;
            Value r = vm_call_special(vm, c, NAME___contains__, 1, &x, &found);
            if (found) {
                if (IS_EXC(r)) return r;
                bool t = vm_truthy(vm, r, &err);
                return err ? V_EXC : v_bool(t);
            }
            break;
        }
        default: break;
        }
    }
    /* fall back to iteration */
    Value it = vm_iter(vm, c);
    if (IS_EXC(it)) {
        if (exc_matches(vm, vm->exc, EXC_TypeError))
            return vm_raise(vm, EXC_TypeError, "argument of type '%T' is not iterable", c);
        return it;
    }
    for (;;) {
        Value item = vm_next(vm, it);
        if (IS_EXC(item)) return item;
        if (IS_UNDEF(item)) return V_FALSE;
        Value eq = vm_equals(vm, item, x);
        if (IS_EXC(eq) || AS_BOOL(eq)) return eq;
    }
}

const char *vm_type_name(VM *vm, Value v) { return vm_class_of(vm, v)->name->data; }
