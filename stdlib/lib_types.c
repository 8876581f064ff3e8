/* lib_types.c - calling the built-in classes: int(), float(), str(),
 * bool(), list(), tuple(), dict(), set(), range(), slice(), bytes(),
 * object() and type(), plus the few methods of int and float. */
#include <ctype.h>
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lib.h"

#define NATIVE(name) static Value name(VM *vm, int argc, Value *argv, ObjTuple *kwnames)

static int npositional(int argc, ObjTuple *kwnames) { return argc - (kwnames ? (int)kwnames->len : 0); }

static bool no_keywords(VM *vm, const char *fname, ObjTuple *kwnames) {
    if (!kwnames || !kwnames->len) return true;
    vm_raise(vm, EXC_TypeError, "%s() takes no keyword arguments", fname);
    return false;
}

static bool at_most(VM *vm, const char *fname, int n, int max) {
    if (n <= max) return true;
    vm_raise(vm, EXC_TypeError, "%s expected at most %d argument%s, got %d", fname, max, max == 1 ? "" : "s", n);
    return false;
}

/* ------------------------------------------------------------------ int */

static Value invalid_int(VM *vm, ObjStr *s, int base) {
    return vm_raise(vm, EXC_ValueError, "invalid literal for int() with base %d: %R", base, v_obj(s));
}

static Value parse_int(VM *vm, ObjStr *s, int base) {
    const char *p = s->data, *end = s->data + s->len;
    while (p < end && isspace((unsigned char)*p)) p++;
    while (end > p && isspace((unsigned char)end[-1])) end--;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) neg = *p++ == '-';
    int b = base;
    if (end - p >= 2 && p[0] == '0') {
        char x = (char)tolower((unsigned char)p[1]);
        int prefixed = x == 'x' ? 16 : x == 'o' ? 8 : x == 'b' ? 2 : 0;
        if (prefixed && (base == 0 || base == prefixed)) {
            b = prefixed;
            p += 2;
            if (p < end && *p == '_') p++;
        }
    }
    if (b == 0) {
        b = 10;
        if (end - p > 1 && p[0] == '0') {   /* base 0 forbids leading zeros */
            for (const char *q = p; q < end; q++)
                if (*q != '0' && *q != '_') return invalid_int(vm, s, base);
        }
    }
    if (p >= end) return invalid_int(vm, s, base);
    uint64_t acc = 0;
    bool last_underscore = true;
    for (; p < end; p++) {
        if (*p == '_') {
            if (last_underscore) return invalid_int(vm, s, base);
            last_underscore = true;
            continue;
        }
        int d = isdigit((unsigned char)*p) ? *p - '0' : isalpha((unsigned char)*p) ? tolower((unsigned char)*p) - 'a' + 10 : 99;
        if (d >= b) return invalid_int(vm, s, base);
        last_underscore = false;
        if (acc > (UINT64_MAX - (uint64_t)d) / (uint64_t)b) return vm_raise(vm, EXC_OverflowError, "integer overflow");
        acc = acc * (uint64_t)b + (uint64_t)d;
    }
    if (last_underscore) return invalid_int(vm, s, base);
    if (neg ? acc > (uint64_t)INT64_MAX + 1 : acc > (uint64_t)INT64_MAX)
        return vm_raise(vm, EXC_OverflowError, "integer overflow");
    return v_int(neg ? (int64_t)(0 - acc) : (int64_t)acc);
}

static Value int_from_float(VM *vm, double d) {
    if (isnan(d)) return vm_raise(vm, EXC_ValueError, "cannot convert float NaN to integer");
    if (isinf(d)) return vm_raise(vm, EXC_OverflowError, "cannot convert float infinity to integer");
    double t = trunc(d);
    if (t >= 9223372036854775808.0 || t < -9223372036854775808.0) return vm_raise(vm, EXC_OverflowError, "integer overflow");
    return v_int((int64_t)t);
}

Value int_from_value(VM *vm, Value v, int base, bool has_base) {
    if (has_base) {
        if (!IS_STR(v) && !IS_A(v, OT_BYTES))
            return vm_raise(vm, EXC_TypeError, "int() can't convert non-string with explicit base");
        if (base != 0 && (base < 2 || base > 36)) return vm_raise(vm, EXC_ValueError, "int() base must be >= 2 and <= 36, or 0");
    }
    if (IS_INTLIKE(v)) return v_int(AS_INT(v));
    if (IS_FLOAT(v)) return int_from_float(vm, AS_FLOAT(v));
    if (IS_STR(v)) return parse_int(vm, AS_STR(v), has_base ? base : 10);
    if (IS_A(v, OT_BYTES)) {
        ObjBytes *b = (ObjBytes *)AS_OBJ(v);
        return parse_int(vm, str_new(vm, (const char *)b->data, b->len), has_base ? base : 10);
    }
    bool found;
    Value r = vm_call_special(vm, v, NAME___int__, 0, NULL, &found);
    if (!found) r = vm_call_special(vm, v, NAME___index__, 0, NULL, &found);
    if (found) {
        if (IS_EXC(r) || IS_INTLIKE(r)) return IS_EXC(r) ? r : v_int(AS_INT(r));
        return vm_raise(vm, EXC_TypeError, "__int__ returned non-int (type %T)", r);
    }
    return vm_raise(vm, EXC_TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%T'", v);
}

NATIVE(construct_int) {
    int n = npositional(argc, kwnames);
    Value base = V_UNDEF;
    if (kwnames && kwnames->len) {
        for (uint32_t k = 0; k < kwnames->len; k++) {
            if (strcmp(AS_STR(kwnames->items[k])->data, "base") == 0) base = argv[n + (int)k];
            else return vm_raise(vm, EXC_TypeError, "'%s' is an invalid keyword argument for int()",
                                 AS_STR(kwnames->items[k])->data);
        }
    }
    if (!at_most(vm, "int", n, 2)) return V_EXC;
    if (n == 2) base = argv[1];
    if (n == 0) {
        if (!IS_UNDEF(base)) return vm_raise(vm, EXC_TypeError, "int() missing string argument");
        return v_int(0);
    }
    int64_t b = 10;
    if (!IS_UNDEF(base) && IS_EXC(vm_index_value(vm, base, &b))) return V_EXC;
    return int_from_value(vm, argv[0], (int)b, !IS_UNDEF(base));
}

/* ---------------------------------------------------------------- float */

/* Python's float() syntax on a NUL-terminated copy without underscores. */
static bool parse_float_clean(const char *buf, double *out) {
    if (!*buf) return false;
    const char *s = buf;
    bool neg = false;
    if (*s == '+' || *s == '-') neg = *s++ == '-';
    if (strcasecmp(s, "inf") == 0 || strcasecmp(s, "infinity") == 0) {
        *out = neg ? -INFINITY : INFINITY;
        return true;
    }
    if (strcasecmp(s, "nan") == 0) {
        *out = neg ? -NAN : NAN;
        return true;
    }
    for (const char *q = s; *q; q++)   /* reject hex floats, "0x", etc. */
        if (!isdigit((unsigned char)*q) && *q != '.' && *q != 'e' && *q != 'E' && *q != '+' && *q != '-') return false;
    char *endp;
    errno = 0;
    double d = strtod(buf, &endp);
    if (*endp || endp == buf) return false;
    *out = d;
    return true;
}

/* Strip blanks and the underscores allowed between digits into buf (len+1 bytes). */
static bool float_text_copy(const char *p, size_t len, char *buf) {
    const char *end = p + len;
    while (p < end && isspace((unsigned char)*p)) p++;
    while (end > p && isspace((unsigned char)end[-1])) end--;
    size_t n = 0;
    char prev = 0;
    for (const char *q = p; q < end; q++) {
        if (*q == '_') {   /* underscores only between digits */
            if (!isdigit((unsigned char)prev) || q + 1 >= end || !isdigit((unsigned char)q[1])) return false;
            prev = *q;
            continue;
        }
        buf[n++] = *q;
        prev = *q;
    }
    buf[n] = 0;
    return true;
}

static bool parse_float_text(VM *vm, const char *p, size_t len, double *out) {
    char small[128];
    char *buf = len < sizeof small ? small : vm_scratch_realloc(vm, NULL, 0, len + 1);
    bool ok = float_text_copy(p, len, buf) && parse_float_clean(buf, out);
    if (buf != small) vm_scratch_free(vm, buf, len + 1);
    return ok;
}

Value float_from_value(VM *vm, Value v) {
    if (IS_FLOAT(v)) return v;
    if (IS_INTLIKE(v)) return v_float((double)AS_INT(v));
    if (IS_STR(v)) {
        double d;
        if (parse_float_text(vm, AS_STR(v)->data, AS_STR(v)->len, &d)) return v_float(d);
        return vm_raise(vm, EXC_ValueError, "could not convert string to float: %R", v);
    }
    bool found;
    Value r = vm_call_special(vm, v, NAME___float__, 0, NULL, &found);
    if (found) {
        if (IS_EXC(r) || IS_FLOAT(r)) return r;
        return vm_raise(vm, EXC_TypeError, "%T.__float__ returned non-float (type %T)", v, r);
    }
    r = vm_call_special(vm, v, NAME___index__, 0, NULL, &found);
    if (found) return IS_EXC(r) ? r : v_float((double)AS_INT(r));
    return vm_raise(vm, EXC_TypeError, "float() argument must be a string or a real number, not '%T'", v);
}

NATIVE(construct_float) {
    int n = npositional(argc, kwnames);
    if (!no_keywords(vm, "float", kwnames) || !at_most(vm, "float", n, 1)) return V_EXC;
    return n ? float_from_value(vm, argv[0]) : v_float(0.0);
}

/* ------------------------------------------------------------ str, bool */


NATIVE(construct_str) {
    int n = npositional(argc, kwnames);
    if (n == 0 && (!kwnames || !kwnames->len)) return v_obj(vm->empty_str);
    if (n == 1 && !kwnames) return vm_str(vm, argv[0]);
    Value obj = n ? argv[0] : V_UNDEF, enc = n > 1 ? argv[1] : V_UNDEF, errs = n > 2 ? argv[2] : V_UNDEF;
    for (uint32_t k = 0; kwnames && k < kwnames->len; k++) {
        const char *name = AS_STR(kwnames->items[k])->data;
        Value v = argv[n + (int)k];
        if (strcmp(name, "object") == 0) obj = v;
        else if (strcmp(name, "encoding") == 0) enc = v;
        else if (strcmp(name, "errors") == 0) errs = v;
        else return vm_raise(vm, EXC_TypeError, "'%s' is an invalid keyword argument for str()", name);
    }
    if (IS_UNDEF(obj)) return v_obj(vm->empty_str);
    if (IS_UNDEF(enc) && IS_UNDEF(errs)) return vm_str(vm, obj);
    if (!IS_A(obj, OT_BYTES)) return vm_raise(vm, EXC_TypeError, "decoding to str: need a bytes-like object, %T found", obj);
    return bytes_decode(vm, (ObjBytes *)AS_OBJ(obj), enc, errs);
}

NATIVE(construct_bool) {
    int n = npositional(argc, kwnames);
    if (!no_keywords(vm, "bool", kwnames) || !at_most(vm, "bool", n, 1)) return V_EXC;
    if (n == 0) return V_FALSE;
    bool err;
    bool t = vm_truthy(vm, argv[0], &err);
    return err ? V_EXC : v_bool(t);
}

/* ---------------------------------------------------------- containers */

NATIVE(construct_list) {
    int n = npositional(argc, kwnames);
    if (!no_keywords(vm, "list", kwnames) || !at_most(vm, "list", n, 1)) return V_EXC;
    if (n == 0) return v_obj(list_new(vm, 0));
    return list_from_iterable(vm, argv[0]);
}

NATIVE(construct_tuple) {
    int n = npositional(argc, kwnames);
    if (!no_keywords(vm, "tuple", kwnames) || !at_most(vm, "tuple", n, 1)) return V_EXC;
    if (n == 0) return v_obj(vm->empty_tuple);
    if (IS_TUPLE(argv[0])) return argv[0];
    Value l = list_from_iterable(vm, argv[0]);
    if (IS_EXC(l)) return l;
    return v_obj(tuple_from(vm, AS_LIST(l)->items, AS_LIST(l)->len));
}

NATIVE(construct_set) {
    int n = npositional(argc, kwnames);
    if (!no_keywords(vm, "set", kwnames) || !at_most(vm, "set", n, 1)) return V_EXC;
    ObjSet *s = set_new(vm);
    if (n == 0) return v_obj(s);
    Value r = set_update(vm, &s->s, argv[0]);
    return IS_EXC(r) ? r : v_obj(s);
}

NATIVE(construct_frozenset) {
    int n = npositional(argc, kwnames);
    if (!no_keywords(vm, "frozenset", kwnames) || !at_most(vm, "frozenset", n, 1)) return V_EXC;
    if (n == 1 && IS_FROZENSET(argv[0])) return argv[0];
    ObjSet *s = frozenset_new(vm);
    if (n == 0) return v_obj(s);
    Value r = set_update(vm, &s->s, argv[0]);
    return IS_EXC(r) ? r : v_obj(s);
}

NATIVE(construct_dict) {
    int n = npositional(argc, kwnames);
    if (!at_most(vm, "dict", n, 1)) return V_EXC;
    ObjDict *d = dict_new(vm);
    if (n == 1) {
        Value r = dict_update_from(vm, d, argv[0], false);
        if (IS_EXC(r)) return r;
    }
    for (uint32_t k = 0; kwnames && k < kwnames->len; k++) dict_set_str(vm, &d->d, AS_STR(kwnames->items[k]), argv[n + (int)k]);
    return v_obj(d);
}

/* ---------------------------------------------------------- range, slice */

NATIVE(construct_range) {
    int n = npositional(argc, kwnames);
    if (!no_keywords(vm, "range", kwnames)) return V_EXC;
    if (n == 0) return vm_raise(vm, EXC_TypeError, "range expected at least 1 argument, got 0");
    if (n > 3) return vm_raise(vm, EXC_TypeError, "range expected at most 3 arguments, got %d", n);
    int64_t v[3] = {0, 0, 1};
    for (int i = 0; i < n; i++)
        if (IS_EXC(vm_index_value(vm, argv[i], &v[n == 1 ? 1 : i]))) return V_EXC;
    if (v[2] == 0) return vm_raise(vm, EXC_ValueError, "range() arg 3 must not be zero");
    ObjRange *r = ALLOC_OBJ(vm, ObjRange, OT_RANGE);
    r->start = v[0];
    r->stop = v[1];
    r->step = v[2];
    return v_obj(r);
}

NATIVE(construct_slice) {
    int n = npositional(argc, kwnames);
    if (!no_keywords(vm, "slice", kwnames)) return V_EXC;
    if (n < 1 || n > 3) return vm_raise(vm, EXC_TypeError, "slice expected at %s 1 argument%s, got %d",
                                       n < 1 ? "least" : "most", n < 1 ? "" : "s", n);
    ObjSlice *s = ALLOC_OBJ(vm, ObjSlice, OT_SLICE);
    s->start = n > 1 ? argv[0] : V_NONE;
    s->stop = n > 1 ? argv[1] : argv[0];
    s->step = n > 2 ? argv[2] : V_NONE;
    return v_obj(s);
}

/* ------------------------------------------------------------ bytes */


NATIVE(construct_bytes) { return bytes_from_value(vm, argc, argv, kwnames); }

/* --------------------------------------------------------- object, type */

NATIVE(construct_object) {
    int n = npositional(argc, kwnames);
    if (n || (kwnames && kwnames->len)) return vm_raise(vm, EXC_TypeError, "object() takes no arguments");
    (void)argv;
    return v_obj(instance_new(vm, vm->classes[CLS_object]));
}

NATIVE(construct_type) {
    int n = npositional(argc, kwnames);
    if (n == 1 && !kwnames) return v_obj(vm_class_of(vm, argv[0]));
    if (n != 3) return vm_raise(vm, EXC_TypeError, "type() takes 1 or 3 arguments");
    if (!IS_STR(argv[0]) || !IS_TUPLE(argv[1]) || !IS_DICT(argv[2]))
        return vm_raise(vm, EXC_TypeError, "type.__new__() argument types must be str, tuple and dict");
    ObjTuple *bases = AS_TUPLE(argv[1]);
    if (bases->len > 1) return vm_raise(vm, EXC_TypeError, "multiple inheritance is not supported");
    ObjDict *ns = dict_new(vm);
    if (!dict_copy_into(vm, &ns->d, &AS_DICT(argv[2])->d)) return V_EXC;
    Value regs[4] = {v_obj(ns), v_obj(str_intern_obj(vm, AS_STR(argv[0]))), bases->len ? bases->items[0] : V_UNDEF, argv[0]};
    Value class_build(VM *vm, Value *regs);
    return class_build(vm, regs);
}

/* ------------------------------------------------------- number methods */

NATIVE(int_bit_length) {
    (void)vm, (void)argc, (void)kwnames;
    int64_t i = AS_INT(argv[0]);
    uint64_t u = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
    return v_int(u ? 64 - __builtin_clzll(u) : 0);
}

NATIVE(int_bit_count) {
    (void)vm, (void)argc, (void)kwnames;
    int64_t i = AS_INT(argv[0]);
    uint64_t u = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
    return v_int(__builtin_popcountll(u));
}

NATIVE(int_conjugate) {
    (void)vm, (void)argc, (void)kwnames;
    return v_int(AS_INT(argv[0]));
}

NATIVE(float_conjugate) {
    (void)vm, (void)argc, (void)kwnames;
    return argv[0];
}

NATIVE(float_is_integer) {
    (void)vm, (void)argc, (void)kwnames;
    double d = AS_FLOAT(argv[0]);
    return v_bool(isfinite(d) && d == floor(d));
}

NATIVE(int_as_integer_ratio) {
    (void)argc, (void)kwnames;
    Value t[2] = {v_int(AS_INT(argv[0])), v_int(1)};
    return v_obj(tuple_from(vm, t, 2));
}

/* CPython's float_as_integer_ratio, within 64-bit ints. */
NATIVE(float_as_integer_ratio) {
    (void)argc, (void)kwnames;
    double x = AS_FLOAT(argv[0]);
    if (isinf(x)) return vm_raise(vm, EXC_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(x)) return vm_raise(vm, EXC_ValueError, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(x, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    int64_t num = (int64_t)m, den = 1;
    if (e > 0) {   /* x is whole: num != 0 */
        if (e >= 63 || num > (INT64_MAX >> e) || num < -(INT64_MAX >> e))
            return vm_raise(vm, EXC_OverflowError, "integer overflow");
        num = (int64_t)((uint64_t)num << e);
    } else if (e < 0) {
        if (-e >= 63) return vm_raise(vm, EXC_OverflowError, "integer overflow");
        den = (int64_t)1 << -e;
    }
    Value t[2] = {v_int(num), v_int(den)};
    return v_obj(tuple_from(vm, t, 2));
}

/* float.hex(), exactly as CPython's float_hex formats it: a normalised
 * 1.xxx mantissa of 13 hex digits (0.xxx with exponent -1022 for
 * subnormals), "0x0.0p+0" for zero, repr() for inf and nan. */
NATIVE(float_hex) {
    (void)argc, (void)kwnames;
    double x = AS_FLOAT(argv[0]);
    if (isnan(x) || isinf(x)) return v_obj(float_repr(vm, x));
    if (x == 0.0) return v_obj(str_from_cstr(vm, signbit(x) ? "-0x0.0p+0" : "0x0.0p+0"));
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    char digits[32];
    int n = 0;
    digits[n++] = "0123456789abcdef"[(int)m];
    m -= (int)m;
    digits[n++] = '.';
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
        m *= 16.0;
        digits[n++] = "0123456789abcdef"[(int)m];
        m -= (int)m;
    }
    digits[n] = 0;
    return v_obj(str_printf(vm, "%s0x%sp%c%d", x < 0.0 ? "-" : "", digits, e < 0 ? '-' : '+', e < 0 ? -e : e));
}

static bool is_py_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f); }

/* float.fromhex(s): [sign] ("inf" | "infinity" | "nan" | ["0x"] hexdigits ["." hexdigits] ["p" [sign] digits]),
 * surrounded by optional whitespace; at least one hex digit. */
NATIVE(float_fromhex) {
    (void)argc, (void)kwnames;
    Value arg = argv[0];
    if (!IS_STR(arg)) return vm_raise(vm, EXC_TypeError, "bad argument type for built-in operation");
    const char *p = AS_STR(arg)->data, *end = p + AS_STR(arg)->len;
    while (p < end && is_py_space(*p)) p++;
    while (end > p && is_py_space(end[-1])) end--;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) neg = *p++ == '-';
    size_t rest = (size_t)(end - p);
    if ((rest == 3 && strncasecmp(p, "inf", 3) == 0) || (rest == 8 && strncasecmp(p, "infinity", 8) == 0))
        return v_float(neg ? -INFINITY : INFINITY);
    if (rest == 3 && strncasecmp(p, "nan", 3) == 0) return v_float(neg ? -NAN : NAN);
    if (end - p >= 2 && p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) p += 2;
    const char *mant = p;
    size_t ndigits = 0;
    while (p < end && isxdigit((unsigned char)*p)) p++, ndigits++;
    if (p < end && *p == '.') {
        p++;
        while (p < end && isxdigit((unsigned char)*p)) p++, ndigits++;
    }
    const char *mant_end = p;
    if (ndigits == 0) goto invalid;
    if (p < end && (*p == 'p' || *p == 'P')) {
        p++;
        if (p < end && (*p == '+' || *p == '-')) p++;
        if (p >= end || !isdigit((unsigned char)*p)) goto invalid;
        while (p < end && isdigit((unsigned char)*p)) p++;
    }
    if (p != end) goto invalid;
    StrBuf b;
    sb_init(&b, vm);
    sb_adds(&b, neg ? "-0x" : "0x");
    sb_add(&b, mant, (size_t)(mant_end - mant));
    if (mant_end < end) sb_add(&b, mant_end, (size_t)(end - mant_end));
    sb_addc(&b, 0);
    errno = 0;
    double d = strtod(b.data, NULL);   /* C99 hex floats: exact, rounded half-even */
    sb_free(&b);
    if (isinf(d)) return vm_raise(vm, EXC_OverflowError, "hexadecimal value too large to represent as a float");
    return v_float(d);
invalid:
    return vm_raise(vm, EXC_ValueError, "invalid hexadecimal floating-point string");
}

/* -------------------------------------------------------------- slice */

bool slice_indices(VM *vm, ObjSlice *s, int64_t len, int64_t *start, int64_t *stop, int64_t *step, int64_t *count);

NATIVE(slice_indices_m) {
    (void)argc, (void)kwnames;
    int64_t len, start, stop, step, n;
    if (IS_EXC(vm_index_value(vm, argv[1], &len))) return V_EXC;
    if (len < 0) return vm_raise(vm, EXC_ValueError, "length should not be negative");
    if (!slice_indices(vm, (ObjSlice *)AS_OBJ(argv[0]), len, &start, &stop, &step, &n)) return V_EXC;
    Value t[3] = {v_int(start), v_int(stop), v_int(step)};
    return v_obj(tuple_from(vm, t, 3));
}

void lib_number_methods(VM *vm) {
    ObjClass *i = vm->classes[CLS_int], *f = vm->classes[CLS_float];
    class_add_native(vm, i, "bit_length", int_bit_length, 1, 1, 0);
    class_add_native(vm, i, "bit_count", int_bit_count, 1, 1, 0);
    class_add_native(vm, i, "conjugate", int_conjugate, 1, 1, 0);
    class_add_native(vm, f, "is_integer", float_is_integer, 1, 1, 0);
    class_add_native(vm, f, "conjugate", float_conjugate, 1, 1, 0);
    class_add_native(vm, f, "hex", float_hex, 1, 1, 0);
    class_add_native(vm, i, "as_integer_ratio", int_as_integer_ratio, 1, 1, 0);
    class_add_native(vm, f, "as_integer_ratio", float_as_integer_ratio, 1, 1, 0);
    class_add_native(vm, f, "fromhex", float_fromhex, 1, 1, NATIVE_STATIC);
    class_add_native(vm, vm->classes[CLS_slice], "indices", slice_indices_m, 2, 2, 0);
}

/* -------------------------------------------------------------- install */

void lib_types_open(VM *vm) {
    static const struct {
        BuiltinClass cls;
        NativeFn fn;
    } ctors[] = {
        {CLS_int, construct_int},       {CLS_float, construct_float}, {CLS_str, construct_str},
        {CLS_bool, construct_bool},     {CLS_list, construct_list},   {CLS_tuple, construct_tuple},
        {CLS_set, construct_set},       {CLS_frozenset, construct_frozenset}, {CLS_dict, construct_dict},   {CLS_range, construct_range},
        {CLS_slice, construct_slice},   {CLS_bytes, construct_bytes}, {CLS_object, construct_object},
        {CLS_type, construct_type},
    };
    for (size_t k = 0; k < sizeof ctors / sizeof ctors[0]; k++) vm->classes[ctors[k].cls]->construct = ctors[k].fn;
    lib_object_methods(vm);
    lib_number_methods(vm);
    lib_coroutine_methods(vm);
    lib_str_methods(vm, vm->classes[CLS_str]);
    lib_list_methods(vm, vm->classes[CLS_list]);
    lib_tuple_methods(vm, vm->classes[CLS_tuple]);
    lib_dict_methods(vm, vm->classes[CLS_dict]);
    lib_set_methods(vm, vm->classes[CLS_set]);
    lib_set_methods(vm, vm->classes[CLS_frozenset]);
    lib_bytes_methods(vm, vm->classes[CLS_bytes]);
    lib_dunder_methods(vm);   /* last: the types' own methods take precedence */
}
