/* builtins.c - the built-in functions (print, len, range, sorted, ...), the
 * builtins dict that global lookups fall back to, and the table of
 * built-in C modules that `import` consults. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib.h"

#define NATIVE(name) static Value name(VM *vm, int argc, Value *argv, ObjTuple *kwnames)
#define UNUSED_ARGS (void)argc, (void)argv, (void)kwnames

static int npositional(int argc, ObjTuple *kwnames) { return argc - (kwnames ? (int)kwnames->len : 0); }

/* Keyword parsing as CPython's Argument Clinic does it (_PyArg_UnpackKeywords),
 * with its wording: params[0..nposonly) are positional-only, "*name" marks a
 * keyword-only one (optional), the others are positional-or-keyword; the
 * first `required` must be given. Unset ones come back VT_UNDEF. Shared with
 * lib_math.c (which declares it; it belongs in lib.h beside lib_bind). */
static const char *param_name(const char *p) { return p[0] == '*' ? p + 1 : p; }

bool lib_clinic_bind(VM *vm, const char *fname, int argc, Value *argv, ObjTuple *kwnames,
                     const char *const *params, int nparams, int nposonly, int required, Value *out) {
    int nkw = kwnames ? (int)kwnames->len : 0, npos = argc - nkw, maxpos = 0;
    while (maxpos < nparams && params[maxpos][0] != '*') maxpos++;
    int minposonly = nposonly < required ? nposonly : required;
    if (npos + nkw > nparams) {
        vm_raise(vm, EXC_TypeError, "%s() takes at most %d %sargument%s (%d given)", fname, nparams,
                 npos == 0 ? "keyword " : "", nparams == 1 ? "" : "s", npos + nkw);
        return false;
    }
    if (npos > maxpos) {
        if (maxpos == 0) vm_raise(vm, EXC_TypeError, "%s() takes no positional arguments", fname);
        else
            vm_raise(vm, EXC_TypeError, "%s() takes %s %d positional argument%s (%d given)", fname,
                     required < maxpos ? "at most" : "exactly", maxpos, maxpos == 1 ? "" : "s", npos);
        return false;
    }
    if (npos < minposonly) {
        vm_raise(vm, EXC_TypeError, "%s() takes %s %d positional argument%s (%d given)", fname,
                 minposonly < maxpos ? "at least" : "exactly", minposonly, minposonly == 1 ? "" : "s", npos);
        return false;
    }
    for (int i = 0; i < nparams; i++) out[i] = i < npos ? argv[i] : V_UNDEF;
    int left = nkw;
    for (int i = npos > nposonly ? npos : nposonly; i < nparams; i++) {
        if (!left && i >= required) break;
        for (int k = 0; k < nkw; k++)
            if (strcmp(AS_STR(kwnames->items[k])->data, param_name(params[i])) == 0) {
                out[i] = argv[npos + k];
                left--;
                break;
            }
        if (IS_UNDEF(out[i]) && i < required) {
            vm_raise(vm, EXC_TypeError, "%s() missing required argument '%s' (pos %d)", fname,
                     param_name(params[i]), i + 1);
            return false;
        }
    }
    if (left == 0) return true;
    for (int i = nposonly; i < npos; i++)
        for (int k = 0; k < nkw; k++)
            if (strcmp(AS_STR(kwnames->items[k])->data, params[i]) == 0) {
                vm_raise(vm, EXC_TypeError, "argument for %s() given by name ('%s') and position (%d)", fname,
                         params[i], i + 1);
                return false;
            }
    for (int k = 0; k < nkw; k++) {
        const char *name = AS_STR(kwnames->items[k])->data;
        int i = nposonly;
        while (i < nparams && strcmp(name, param_name(params[i])) != 0) i++;
        if (i == nparams) {
            vm_raise(vm, EXC_TypeError, "'%s' is an invalid keyword argument for %s()", name, fname);
            return false;
        }
    }
    return true;
}
/* ----------------------------------------------------------------- print */

static Value writer_of(VM *vm, Value file, bool *use_stdout) {
    *use_stdout = IS_NONE(file) || IS_UNDEF(file);
    if (*use_stdout) return V_NONE;
    bool found;
    Value w = vm_getattr_opt(vm, file, str_intern(vm, "write", 5), &found);
    if (!found && !IS_EXC(w)) return vm_raise(vm, EXC_AttributeError, "'%T' object has no attribute 'write'", file);
    return w;
}

static bool sep_arg(VM *vm, Value v, const char *what, const char *dflt, ObjStr **out) {
    if (IS_UNDEF(v) || IS_NONE(v)) {
        *out = str_from_cstr(vm, dflt);
        return true;
    }
    if (!IS_STR(v)) {
        vm_raise(vm, EXC_TypeError, "%s must be None or a string, not %T", what, v);
        return false;
    }
    *out = AS_STR(v);
    return true;
}

NATIVE(b_print) {
    static const CommonName names[] = {NAME_sep, NAME_end, NAME_file, NAME_flush};
    Value kw[4];
    if (!kw_lookup(vm, "print", argc, argv, kwnames, names, kw, 4)) return V_EXC;
    ObjStr *sep, *end;
    if (!sep_arg(vm, kw[0], "sep", " ", &sep) || !sep_arg(vm, kw[1], "end", "\n", &end)) return V_EXC;
    bool to_stdout;
    Value writer = writer_of(vm, kw[2], &to_stdout);
    if (IS_EXC(writer)) return writer;
    int n = npositional(argc, kwnames);
    StrBuf b;
    sb_init(&b, vm);
    for (int i = 0; i < n; i++) {
        if (i) sb_add_str(&b, sep);
        Value s = vm_str(vm, argv[i]);
        if (IS_EXC(s)) {
            sb_free(&b);
            return s;
        }
        sb_add_str(&b, AS_STR(s));
    }
    sb_add_str(&b, end);
    if (to_stdout) {
        vm_write_out(vm, b.data ? b.data : "", b.len);
        sb_free(&b);
        if (!IS_UNDEF(kw[3])) fflush(stdout);
        return V_NONE;
    }
    Value text = v_obj(sb_finish(&b));
    Value r = vm_call(vm, writer, 1, &text);
    return IS_EXC(r) ? r : V_NONE;
}

/* ------------------------------------------------------------ basics */

NATIVE(b_len) {
    UNUSED_ARGS;
    return vm_len(vm, argv[0]);
}

NATIVE(b_repr) {
    UNUSED_ARGS;
    return vm_repr(vm, argv[0]);
}

NATIVE(b_ascii) {
    UNUSED_ARGS;
    return ascii_of(vm, argv[0]);
}

NATIVE(b_hash) {
    UNUSED_ARGS;
    return vm_hash(vm, argv[0]);
}

NATIVE(b_id) {
    UNUSED_ARGS;
    (void)vm;
    Value v = argv[0];
    if (IS_OBJ(v)) return v_int((int64_t)(uintptr_t)AS_OBJ(v));
    return v_int((int64_t)((uint64_t)v.type << 56 ^ (uint64_t)v.as.i));
}

NATIVE(b_callable) {
    UNUSED_ARGS;
    Value v = argv[0];
    if (!IS_OBJ(v)) return V_FALSE;
    switch (OBJ_TYPE(v)) {
    case OT_CLOSURE: case OT_NATIVE: case OT_BOUND: case OT_CLASS: return V_TRUE;
    case OT_INSTANCE: case OT_CDATA: return v_bool(class_slots(vm, vm_class_of(vm, v)) & SLOT_CALL);
    default: return V_FALSE;
    }
}

static Value class_or_tuple_check(VM *vm, Value v, Value cls, bool subclass) {
    if (IS_TUPLE(cls)) {
        ObjTuple *t = AS_TUPLE(cls);
        for (uint32_t i = 0; i < t->len; i++) {
            Value r = class_or_tuple_check(vm, v, t->items[i], subclass);
            if (IS_EXC(r) || AS_BOOL(r)) return r;
        }
        return V_FALSE;
    }
    if (!IS_CLASS(cls))
        return vm_raise(vm, EXC_TypeError, "%s() arg 2 must be a type, a tuple of types, or a union",
                        subclass ? "issubclass" : "isinstance");
    if (subclass) {
        if (!IS_CLASS(v)) return vm_raise(vm, EXC_TypeError, "issubclass() arg 1 must be a class");
        return v_bool(class_is_subclass(AS_CLASS(v), AS_CLASS(cls)));
    }
    return v_bool(vm_isinstance(vm, v, AS_CLASS(cls)));
}

NATIVE(b_isinstance) {
    UNUSED_ARGS;
    return class_or_tuple_check(vm, argv[0], argv[1], false);
}

NATIVE(b_issubclass) {
    UNUSED_ARGS;
    return class_or_tuple_check(vm, argv[0], argv[1], true);
}

/* ------------------------------------------------------------ attributes */

static Value name_arg(VM *vm, Value v, const char *fn) {
    if (!IS_STR(v)) return vm_raise(vm, EXC_TypeError, "%s(): attribute name must be string, not '%T'", fn, v);
    return v_obj(str_intern_obj(vm, AS_STR(v)));
}

NATIVE(b_getattr) {
    (void)kwnames;
    Value name = name_arg(vm, argv[1], "getattr");
    if (IS_EXC(name)) return name;
    if (argc < 3) return vm_getattr(vm, argv[0], AS_STR(name));
    bool found;
    Value v = vm_getattr_opt(vm, argv[0], AS_STR(name), &found);
    if (IS_EXC(v)) return v;
    return found ? v : argv[2];
}

NATIVE(b_setattr) {
    UNUSED_ARGS;
    Value name = name_arg(vm, argv[1], "setattr");
    if (IS_EXC(name)) return name;
    return vm_setattr(vm, argv[0], AS_STR(name), argv[2]);
}

NATIVE(b_hasattr) {
    UNUSED_ARGS;
    Value name = name_arg(vm, argv[1], "hasattr");
    if (IS_EXC(name)) return name;
    bool found;
    Value v = vm_getattr_opt(vm, argv[0], AS_STR(name), &found);
    if (IS_EXC(v)) {
        if (!exc_matches(vm, vm->exc, EXC_AttributeError)) return v;
        vm->exc = V_NONE;
        return V_FALSE;
    }
    return v_bool(found);
}

NATIVE(b_delattr) {
    UNUSED_ARGS;
    Value name = name_arg(vm, argv[1], "delattr");
    if (IS_EXC(name)) return name;
    return vm_delattr(vm, argv[0], AS_STR(name));
}

/* --------------------------------------------------------------- numbers */

NATIVE(b_abs) {
    UNUSED_ARGS;
    Value v = argv[0];
    if (IS_INTLIKE(v)) {
        if (AS_INT(v) == INT64_MIN) return vm_raise(vm, EXC_OverflowError, "integer overflow");
        return v_int(AS_INT(v) < 0 ? -AS_INT(v) : AS_INT(v));
    }
    if (IS_FLOAT(v)) return v_float(fabs(AS_FLOAT(v)));
    bool found;
    Value r = vm_call_special(vm, v, NAME___abs__, 0, NULL, &found);
    if (found) return r;
    return vm_raise(vm, EXC_TypeError, "bad operand type for abs(): '%T'", v);
}

NATIVE(b_divmod) {
    UNUSED_ARGS;
    Value q = vm_binop(vm, OP_FLOORDIV, argv[0], argv[1], false);
    if (IS_EXC(q)) return q;
    Value r = vm_binop(vm, OP_MOD, argv[0], argv[1], false);
    if (IS_EXC(r)) return r;
    Value pair[2] = {q, r};
    return v_obj(tuple_from(vm, pair, 2));
}

/* The inverse of a modulo n (0 <= a < n), or false when there is none. */
static bool mod_inverse(uint64_t a, uint64_t n, uint64_t *out) {
    __int128 r0 = (__int128)n, r1 = (__int128)a, s0 = 0, s1 = 1;
    while (r1) {
        __int128 q = r0 / r1, t = r0 - q * r1;
        r0 = r1;
        r1 = t;
        t = s0 - q * s1;
        s0 = s1;
        s1 = t;
    }
    if (r0 != 1) return false;
    if (s0 < 0) s0 += (__int128)n;
    *out = (uint64_t)s0;
    return true;
}

/* pow(base, exp, mod) on ints, as CPython's long_pow does it. */
static Value pow_mod_int(VM *vm, int64_t base, int64_t exp, int64_t mod) {
    if (mod == 0) return vm_raise(vm, EXC_ValueError, "pow() 3rd argument cannot be 0");
    uint64_t um = mod < 0 ? (uint64_t)0 - (uint64_t)mod : (uint64_t)mod;
    if (um == 1) return v_int(0);
    uint64_t b;
    if (base >= 0) b = (uint64_t)base % um;
    else {
        uint64_t nb = ((uint64_t)0 - (uint64_t)base) % um;
        b = nb ? um - nb : 0;
    }
    uint64_t e = exp < 0 ? (uint64_t)0 - (uint64_t)exp : (uint64_t)exp;
    if (exp < 0 && !mod_inverse(b, um, &b))
        return vm_raise(vm, EXC_ValueError, "base is not invertible for the given modulus");
    unsigned __int128 r = 1, x = b;
    while (e) {
        if (e & 1) r = r * x % um;
        x = x * x % um;
        e >>= 1;
    }
    uint64_t res = (uint64_t)r;
    if (mod < 0 && res) return v_int((int64_t)(res - um));
    return v_int((int64_t)res);
}

/* Three-argument pow: CPython tries the power slot of each argument's type
 * in turn; int's computes when all three are ints, float's refuses a
 * modulus, and a class's __pow__ is only called for the base. */
static Value pow_ternary(VM *vm, Value base, Value exp, Value mod) {
    Value m;
    if (IS_A(base, OT_INSTANCE) && class_lookup(vm_class_of(vm, base), vm->names[NAME___pow__], &m) && IS_CLOSURE(m)) {
        Value args[3] = {base, exp, mod};
        Value r = vm_call(vm, m, 3, args);
        if (IS_EXC(r) || !v_same(r, vm->not_implemented)) return r;
    }
    Value b = vm_unwrap(base), e = vm_unwrap(exp);
    m = vm_unwrap(mod);
    if (IS_INTLIKE(b) && IS_INTLIKE(e) && IS_INTLIKE(m)) return pow_mod_int(vm, AS_INT(b), AS_INT(e), AS_INT(m));
    bool any_float = IS_FLOAT(b) || IS_FLOAT(e) || IS_FLOAT(m);
    if (any_float && IS_NUMBER(b) && IS_NUMBER(e))
        return vm_raise(vm, EXC_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    return vm_raise(vm, EXC_TypeError, "unsupported operand type(s) for ** or pow(): '%T', '%T', '%T'", base, exp, mod);
}

NATIVE(b_pow) {
    static const char *const params[] = {"base", "exp", "mod"};
    Value a[3];
    if (!lib_clinic_bind(vm, "pow", argc, argv, kwnames, params, 3, 0, 2, a)) return V_EXC;
    if (!IS_UNDEF(a[2]) && !IS_NONE(a[2])) return pow_ternary(vm, a[0], a[1], a[2]);
    return vm_binop(vm, OP_POW, a[0], a[1], false);
}

static Value round_float(VM *vm, double x, Value nd) {
    if (IS_UNDEF(nd) || IS_NONE(nd)) {
        if (isnan(x)) return vm_raise(vm, EXC_ValueError, "cannot convert float NaN to integer");
        if (isinf(x)) return vm_raise(vm, EXC_OverflowError, "cannot convert float infinity to integer");
        double r = nearbyint(x);
        if (r >= 9223372036854775808.0 || r < -9223372036854775808.0) return vm_raise(vm, EXC_OverflowError, "integer overflow");
        return v_int((int64_t)r);
    }
    int64_t n;
    if (IS_EXC(vm_index_value(vm, nd, &n))) return V_EXC;
    if (!isfinite(x) || n > 300) return v_float(x);
    if (n < -308) return v_float(0.0 * x);
    char buf[400];
    if (n >= 0) {
        snprintf(buf, sizeof buf, "%.*f", (int)n, x);
        return v_float(strtod(buf, NULL));
    }
    double p = pow(10.0, (double)-n);
    double y = x / p;
    double r = nearbyint(y);
    if (fabs(y - trunc(y)) == 0.5) r = 2.0 * nearbyint(y / 2.0);
    return v_float(r * p);
}

NATIVE(b_round) {
    static const char *const params[] = {"number", "ndigits"};
    Value a[2];
    if (!lib_clinic_bind(vm, "round", argc, argv, kwnames, params, 2, 0, 1, a)) return V_EXC;
    Value x = a[0], nd = IS_NONE(a[1]) ? V_UNDEF : a[1];
    if (IS_FLOAT(x)) return round_float(vm, AS_FLOAT(x), nd);
    if (IS_INTLIKE(x)) {
        int64_t n = 0;
        if (!IS_UNDEF(nd) && !IS_NONE(nd) && IS_EXC(vm_index_value(vm, nd, &n))) return V_EXC;
        if (n >= 0) return v_int(AS_INT(x));
        int64_t v = AS_INT(x);
        if (n < -18)   /* 10**19 is past 64 bits: 0, or a result that does not fit */
            return v > 5000000000000000000 || v < -5000000000000000000 ? vm_raise(vm, EXC_OverflowError, "integer overflow")
                                                                       : v_int(0);
        int64_t p = 1;
        for (int64_t i = 0; i < -n; i++) p *= 10;
        int64_t q = v / p, rem = v % p, r;
        if (rem < 0) { rem += p; q--; }
        if (2 * rem > p || (2 * rem == p && (q & 1))) q++;
        if (__builtin_mul_overflow(q, p, &r)) return vm_raise(vm, EXC_OverflowError, "integer overflow");
        return v_int(r);
    }
    bool found;
    Value r = IS_UNDEF(nd) ? vm_call_special(vm, x, NAME___round__, 0, NULL, &found)
                           : vm_call_special(vm, x, NAME___round__, 1, &nd, &found);
    if (found) return r;
    return vm_raise(vm, EXC_TypeError, "type %T doesn't define __round__ method", x);
}

static Value int_arg(VM *vm, Value v, int64_t *out) { return vm_index_value(vm, v, out); }

static Value radix_string(VM *vm, Value v, int base, const char *prefix) {
    int64_t i;
    if (IS_EXC(int_arg(vm, v, &i))) return V_EXC;
    char buf[80];
    char *p = buf + sizeof buf;
    *--p = 0;
    uint64_t u = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
    do {
        *--p = "0123456789abcdef"[u % (uint64_t)base];
        u /= (uint64_t)base;
    } while (u);
    p -= strlen(prefix);
    memcpy(p, prefix, strlen(prefix));
    if (i < 0) *--p = '-';
    return v_obj(str_from_cstr(vm, p));
}

NATIVE(b_hex) { UNUSED_ARGS; return radix_string(vm, argv[0], 16, "0x"); }
NATIVE(b_oct) { UNUSED_ARGS; return radix_string(vm, argv[0], 8, "0o"); }
NATIVE(b_bin) { UNUSED_ARGS; return radix_string(vm, argv[0], 2, "0b"); }

NATIVE(b_ord) {
    UNUSED_ARGS;
    Value v = argv[0];
    if (IS_STR(v)) {
        ObjStr *s = AS_STR(v);
        if (s->nchars != 1)
            return vm_raise(vm, EXC_TypeError, "ord() expected a character, but string of length %u found", s->nchars);
        const unsigned char *p = (const unsigned char *)s->data;
        uint32_t cp = p[0];
        if (cp >= 0xF0) cp = (cp & 7u) << 18 | (p[1] & 63u) << 12 | (p[2] & 63u) << 6 | (p[3] & 63u);
        else if (cp >= 0xE0) cp = (cp & 15u) << 12 | (p[1] & 63u) << 6 | (p[2] & 63u);
        else if (cp >= 0xC0) cp = (cp & 31u) << 6 | (p[1] & 63u);
        return v_int(cp);
    }
    if (IS_A(v, OT_BYTES)) {
        ObjBytes *b = (ObjBytes *)AS_OBJ(v);
        if (b->len != 1)
            return vm_raise(vm, EXC_TypeError, "ord() expected a character, but string of length %u found", b->len);
        return v_int(b->data[0]);
    }
    return vm_raise(vm, EXC_TypeError, "ord() expected string of length 1, but %T found", v);
}

NATIVE(b_chr) {
    UNUSED_ARGS;
    int64_t i;
    if (IS_EXC(int_arg(vm, argv[0], &i))) return V_EXC;
    if (i < 0 || i > 0x10FFFF) return vm_raise(vm, EXC_ValueError, "chr() arg not in range(0x110000)");
    if (i >= 0xD800 && i <= 0xDFFF) return vm_raise(vm, EXC_ValueError, "chr() arg is a surrogate, which Aster strings cannot hold");
    StrBuf b;
    sb_init(&b, vm);
    sb_add_codepoint(&b, (uint32_t)i);
    return v_obj(sb_finish(&b));
}

/* ------------------------------------------------------------- iteration */

NATIVE(b_iter) {
    (void)kwnames;
    if (argc == 2) {
        ObjIter *it = iter_new(vm, IT_CALL_SENTINEL, argv[1]);
        it->fn = argv[0];
        return v_obj(it);
    }
    return vm_iter(vm, argv[0]);
}

NATIVE(b_next) {
    (void)kwnames;
    Value v = vm_next(vm, argv[0]);
    if (!IS_UNDEF(v)) return v;
    if (argc > 1) return argv[1];
    return vm_raise_value(vm, exc_new(vm, vm->exc_classes[EXC_StopIteration], NULL));
}

/* any (want true) / all (want false): stop at the first item whose truth is `want`. */
static Value truth_scan(VM *vm, Value iterable, bool want) {
    Value it = vm_iter(vm, iterable);
    if (IS_EXC(it)) return it;
    for (;;) {
        Value v = vm_next(vm, it);
        if (IS_EXC(v)) return v;
        if (IS_UNDEF(v)) return v_bool(!want);
        bool err;
        bool b = vm_truthy(vm, v, &err);
        if (err) return V_EXC;
        if (b == want) return v_bool(want);
    }
}

NATIVE(b_any) { UNUSED_ARGS; return truth_scan(vm, argv[0], true); }
NATIVE(b_all) { UNUSED_ARGS; return truth_scan(vm, argv[0], false); }

static Value sum_values(VM *vm, Value iterable, Value start) {
    Value it = vm_iter(vm, iterable);
    if (IS_EXC(it)) return it;
    Value acc = start;
    for (;;) {
        Value v = vm_next(vm, it);
        if (IS_EXC(v)) return v;
        if (IS_UNDEF(v)) return acc;
        int64_t r;
        if (IS_INT(acc) && IS_INT(v) && !__builtin_add_overflow(AS_INT(acc), AS_INT(v), &r)) acc = v_int(r);
        else if (IS_FLOAT(acc) && IS_FLOAT(v)) acc = v_float(AS_FLOAT(acc) + AS_FLOAT(v));
        else {
            acc = vm_binop(vm, OP_ADD, acc, v, false);
            if (IS_EXC(acc)) return acc;
        }
    }
}

NATIVE(b_sum) {
    static const char *const params[] = {"iterable", "start"};
    Value a[2];
    if (!lib_clinic_bind(vm, "sum", argc, argv, kwnames, params, 2, 1, 1, a)) return V_EXC;
    Value start = IS_UNDEF(a[1]) ? v_int(0) : a[1];
    if (IS_STR(start)) return vm_raise(vm, EXC_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (IS_BYTES(start)) return vm_raise(vm, EXC_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    return sum_values(vm, a[0], start);
}

static Value min_max(VM *vm, int argc, Value *argv, ObjTuple *kwnames, bool is_max) {
    const char *fname = is_max ? "max" : "min";
    static const CommonName names[] = {NAME_key, NAME_default};
    Value kw[2];
    if (!kw_lookup(vm, fname, argc, argv, kwnames, names, kw, 2)) return V_EXC;
    int n = npositional(argc, kwnames);
    if (n == 0) return vm_raise(vm, EXC_TypeError, "%s expected at least 1 argument, got 0", fname);
    if (n > 1 && !IS_UNDEF(kw[1]))
        return vm_raise(vm, EXC_TypeError, "Cannot specify a default for %s() with multiple positional arguments", fname);
    Value src = n == 1 ? argv[0] : v_obj(tuple_from(vm, argv, (uint32_t)n));
    Value key = IS_NONE(kw[0]) ? V_UNDEF : kw[0];
    Value it = vm_iter(vm, src);
    if (IS_EXC(it)) return it;
    Value best = V_UNDEF, best_key = V_UNDEF;
    for (;;) {
        Value v = vm_next(vm, it);
        if (IS_EXC(v)) return v;
        if (IS_UNDEF(v)) break;
        Value k = v;
        if (!IS_UNDEF(key)) {
            k = vm_call(vm, key, 1, &v);
            if (IS_EXC(k)) return k;
        }
        if (IS_UNDEF(best)) {
            best = v;
            best_key = k;
            continue;
        }
        Value better = vm_compare(vm, is_max ? CMP_GT : CMP_LT, k, best_key);
        if (IS_EXC(better)) return better;
        bool err;
        if (vm_truthy(vm, better, &err)) {
            best = v;
            best_key = k;
        }
        if (err) return V_EXC;
    }
    if (!IS_UNDEF(best)) return best;
    if (!IS_UNDEF(kw[1])) return kw[1];
    return vm_raise(vm, EXC_ValueError, "%s() arg is an empty sequence", fname);
}

NATIVE(b_min) { return min_max(vm, argc, argv, kwnames, false); }
NATIVE(b_max) { return min_max(vm, argc, argv, kwnames, true); }

NATIVE(b_sorted) {
    static const CommonName names[] = {NAME_key, NAME_reverse};
    Value kw[2];
    if (!kw_lookup(vm, "sorted", argc, argv, kwnames, names, kw, 2)) return V_EXC;
    if (npositional(argc, kwnames) != 1)
        return vm_raise(vm, EXC_TypeError, "sorted expected 1 argument, got %d", npositional(argc, kwnames));
    Value l = list_from_iterable(vm, argv[0]);
    if (IS_EXC(l)) return l;
    bool err = false, rev = !IS_UNDEF(kw[1]) && vm_truthy(vm, kw[1], &err);
    if (err) return V_EXC;
    Value r = list_sort(vm, AS_LIST(l), IS_UNDEF(kw[0]) ? V_NONE : kw[0], rev);
    return IS_EXC(r) ? r : l;
}

/* Whether reversed() may index v from the end (PySequence_Check): it has
 * __getitem__ and is not a dict. */
static bool is_sequence(VM *vm, Value v) {
    Value u = vm_unwrap(v);
    if (IS_LIST(u) || IS_TUPLE(u) || IS_STR(u) || IS_BYTES(u) || IS_A(u, OT_RANGE)) return true;
    if (!IS_A(u, OT_INSTANCE) && !IS_A(u, OT_CDATA)) return false;
    return (class_slots(vm, vm_class_of(vm, u)) & SLOT_GETITEM) != 0;
}

static Value reverse_range(VM *vm, ObjRange *r) {
    Value n = vm_len(vm, v_obj(r));
    if (IS_EXC(n)) return n;
    ObjIter *it = iter_new(vm, IT_RANGE, V_NONE);
    it->step = -r->step;
    it->i = r->start + (AS_INT(n) - 1) * r->step;
    it->stop = r->start - r->step;
    if (AS_INT(n) == 0) it->i = it->stop;
    return v_obj(it);
}

NATIVE(b_reversed) {
    (void)kwnames;
    if (argc != 1) return vm_raise(vm, EXC_TypeError, "reversed expected 1 argument, got %d", argc);
    Value v = argv[0];
    if (IS_A(v, OT_RANGE)) return reverse_range(vm, (ObjRange *)AS_OBJ(v));
    if (IS_A(v, OT_INSTANCE) || IS_A(v, OT_CDATA)) {   /* __reversed__, looked up on the class */
        Value m;
        if (class_lookup(vm_class_of(vm, v), str_intern(vm, "__reversed__", 12), &m)) {
            if (IS_NONE(m)) return vm_raise(vm, EXC_TypeError, "'%T' object is not reversible", v);
            if (IS_CLOSURE(m) || (IS_NATIVE(m) && !(AS_OBJ(m)->flags & NATIVE_STATIC))) return vm_call(vm, m, 1, &v);
            return vm_call(vm, m, 0, NULL);
        }
    }
    Value u = vm_unwrap(v);
    if (IS_DICT(u) || IS_A(u, OT_DICTVIEW)) {   /* dicts reverse by insertion order */
        Value items = list_from_iterable(vm, v);
        if (IS_EXC(items)) return items;
        ObjIter *it = iter_new(vm, IT_REVERSED, items);
        it->i = AS_LIST(items)->len - 1;
        return v_obj(it);
    }
    if (!is_sequence(vm, v)) return vm_raise(vm, EXC_TypeError, "'%T' object is not reversible", v);
    Value len = vm_len(vm, v);
    if (IS_EXC(len)) return len;
    ObjIter *it = iter_new(vm, IT_REVERSED, v);
    it->i = AS_INT(len) - 1;
    return v_obj(it);
}

/* enumerate(iterable, start=0), with the argument handling of CPython's
 * enumerate_vectorcall (it matches keywords by position, not by name). */
NATIVE(b_enumerate) {
    int nkw = kwnames ? (int)kwnames->len : 0, npos = argc - nkw;
    Value src = V_UNDEF, sv = V_UNDEF;
    if (npos + nkw == 2) {
        const char *k0 = nkw ? AS_STR(kwnames->items[0])->data : NULL;
        const char *k1 = nkw == 2 ? AS_STR(kwnames->items[1])->data : NULL;
        const char *bad = NULL;
        src = argv[0];
        sv = argv[1];
        if (nkw == 1 && strcmp(k0, "start") != 0) bad = k0;
        else if (nkw == 2 && strcmp(k0, "start") == 0) {
            if (strcmp(k1, "iterable") != 0) bad = k1;
            src = argv[1];
            sv = argv[0];
        } else if (nkw == 2) {
            if (strcmp(k0, "iterable") != 0) bad = k0;
            else if (strcmp(k1, "start") != 0) bad = k1;
        }
        if (bad) return vm_raise(vm, EXC_TypeError, "'%s' is an invalid keyword argument for enumerate()", bad);
    } else if (npos + nkw == 1) {
        if (nkw == 1 && strcmp(AS_STR(kwnames->items[0])->data, "iterable") != 0)
            return vm_raise(vm, EXC_TypeError, "'%s' is an invalid keyword argument for enumerate()",
                            AS_STR(kwnames->items[0])->data);
        src = argv[0];
    } else if (npos == 0) {
        return vm_raise(vm, EXC_TypeError, "enumerate() missing required argument 'iterable'");
    } else {
        return vm_raise(vm, EXC_TypeError, "enumerate() takes at most 2 arguments (%d given)", npos + nkw);
    }
    Value it_src = vm_iter(vm, src);
    if (IS_EXC(it_src)) return it_src;
    int64_t start = 0;
    if (!IS_UNDEF(sv) && IS_EXC(vm_index_value(vm, sv, &start))) return V_EXC;
    ObjIter *it = iter_new(vm, IT_ENUMERATE, V_NONE);
    it->fn = it_src;
    it->i = start;
    return v_obj(it);
}

static Value iterators_of(VM *vm, int n, Value *argv) {
    ObjTuple *t = tuple_new(vm, (uint32_t)n);
    for (int i = 0; i < n; i++) {
        Value it = vm_iter(vm, argv[i]);
        if (IS_EXC(it)) return it;
        t->items[i] = it;
    }
    return v_obj(t);
}

/* One step of zip(..., strict=True): self is (iterators, sentinel); the
 * sentinel ends the iter(step, sentinel) iterator that zip returns. */
NATIVE(zip_strict_step) {
    (void)argc, (void)kwnames;
    ObjTuple *state = AS_TUPLE(argv[0]), *its = AS_TUPLE(state->items[0]);
    uint32_t n = its->len, i;
    if (n == 0) return state->items[1];
    ObjTuple *t = tuple_new(vm, n);
    for (i = 0; i < n; i++) {
        Value v = vm_next(vm, its->items[i]);
        if (IS_EXC(v)) return v;
        if (IS_UNDEF(v)) break;
        t->items[i] = v;
    }
    if (i == n) return v_obj(t);
    if (i)
        return vm_raise(vm, EXC_ValueError, "zip() argument %u is shorter than argument%s%u", i + 1,
                        i == 1 ? " " : "s 1-", i);
    for (i = 1; i < n; i++) {
        Value v = vm_next(vm, its->items[i]);
        if (IS_EXC(v)) return v;
        if (!IS_UNDEF(v))
            return vm_raise(vm, EXC_ValueError, "zip() argument %u is longer than argument%s%u", i + 1,
                            i == 1 ? " " : "s 1-", i);
    }
    return state->items[1];
}

NATIVE(b_zip) {
    int nkw = kwnames ? (int)kwnames->len : 0, n = argc - nkw;
    bool strict = false;
    if (nkw > 1) return vm_raise(vm, EXC_TypeError, "zip() takes at most 1 keyword argument (%d given)", nkw);
    if (nkw == 1) {
        const char *name = AS_STR(kwnames->items[0])->data;
        if (strcmp(name, "strict") != 0)
            return vm_raise(vm, EXC_TypeError, "'%s' is an invalid keyword argument for zip()", name);
        bool err;
        strict = vm_truthy(vm, argv[n], &err);
        if (err) return V_EXC;
    }
    Value its = iterators_of(vm, n, argv);
    if (IS_EXC(its)) return its;
    if (!strict) return v_obj(iter_new(vm, IT_ZIP, its));
    Value state[2] = {its, v_obj(instance_new(vm, vm->classes[CLS_object]))};
    ObjNative *step = native_new(vm, "zip", zip_strict_step, 1, 1, NATIVE_METHOD);
    ObjIter *it = iter_new(vm, IT_CALL_SENTINEL, state[1]);
    it->fn = v_obj(bound_new(vm, v_obj(tuple_from(vm, state, 2)), v_obj(step)));
    return v_obj(it);
}

NATIVE(b_map) {
    UNUSED_ARGS;
    if (argc < 2) return vm_raise(vm, EXC_TypeError, "map() must have at least two arguments.");
    Value its = iterators_of(vm, argc - 1, argv + 1);
    if (IS_EXC(its)) return its;
    ObjIter *it = iter_new(vm, IT_MAP, its);
    it->fn = argv[0];
    return v_obj(it);
}

NATIVE(b_filter) {
    UNUSED_ARGS;
    Value src = vm_iter(vm, argv[1]);
    if (IS_EXC(src)) return src;
    ObjIter *it = iter_new(vm, IT_FILTER, src);
    it->fn = argv[0];
    return v_obj(it);
}

/* --------------------------------------------------------------- misc */

NATIVE(b_input) {
    (void)kwnames;
    if (argc > 0) {
        Value s = vm_str(vm, argv[0]);
        if (IS_EXC(s)) return s;
        vm_write_out(vm, AS_STR(s)->data, AS_STR(s)->len);
    }
    fflush(stdout);
    StrBuf b;
    sb_init(&b, vm);
    int c;
    bool any = false;
    while ((c = getchar()) != EOF) {
        any = true;
        if (c == '\n') break;
        sb_addc(&b, (char)c);
    }
    if (!any) {
        sb_free(&b);
        return vm_raise(vm, EXC_EOFError, "EOF when reading a line");
    }
    if (b.len && b.data[b.len - 1] == '\r') b.len--;
    return v_obj(sb_finish(&b));
}

NATIVE(b_format) {
    (void)kwnames;
    Value spec = argc > 1 ? argv[1] : v_obj(vm->empty_str);
    if (!IS_STR(spec)) return vm_raise(vm, EXC_TypeError, "format() argument 2 must be str, not %T", spec);
    return vm_format(vm, argv[0], AS_STR(spec));
}

NATIVE(b_globals) {
    UNUSED_ARGS;
    Frame *fr = vm->fiber->frame;
    return fr ? v_obj(fr->closure->globals) : v_obj(vm->main_module->globals);
}

NATIVE(b_super) {
    UNUSED_ARGS;
    if (argc != 2) return vm_raise(vm, EXC_RuntimeError, "super(): no arguments");
    Value cls = argv[0], self = argv[1];
    if (!IS_CLASS(cls)) return vm_raise(vm, EXC_TypeError, "super() argument 1 must be a type, not %T", cls);
    bool ok = IS_CLASS(self) ? class_is_subclass(AS_CLASS(self), AS_CLASS(cls)) : vm_isinstance(vm, self, AS_CLASS(cls));
    if (!ok) return vm_raise(vm, EXC_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    ObjSuper *s = ALLOC_OBJ(vm, ObjSuper, OT_SUPER);
    s->start = AS_CLASS(cls);
    s->self = self;
    return v_obj(s);
}

NATIVE(b_exit) {
    (void)kwnames;
    Value code = argc ? argv[0] : V_NONE;
    return vm_raise_value(vm, exc_new(vm, vm->exc_classes[EXC_SystemExit], tuple_from(vm, &code, argc ? 1 : 0)));
}

NATIVE(b_displayhook) {
    UNUSED_ARGS;
    if (IS_NONE(argv[0])) return V_NONE;
    Value r = vm_repr(vm, argv[0]);
    if (IS_EXC(r)) return r;
    vm_write_out(vm, AS_STR(r)->data, AS_STR(r)->len);
    vm_write_out(vm, "\n", 1);
    dict_set_str(vm, &vm->builtins->d, str_intern(vm, "_", 1), argv[0]);
    return V_NONE;
}

/* ------------------------------------------------------------ dir, vars */

static bool is_cell_reg(ObjProto *p, size_t reg) {
    for (uint8_t i = 0; i < p->ncellregs; i++)
        if (p->cellregs[i] == reg) return true;
    return false;
}

static void add_local(VM *vm, ObjDict *d, ObjStr *name, Value v) {
    if (IS_A(v, OT_CELL)) v = ((ObjCell *)AS_OBJ(v))->value;
    if (name && !IS_UNDEF(v)) dict_set_str(vm, &d->d, name, v);
}

/* A function's locals as a new dict in CPython's order: parameters, other
 * locals, then those captured by inner functions, then free variables;
 * unbound ones are left out. */
static ObjDict *function_locals(VM *vm, Frame *fr) {
    ObjProto *p = fr->closure->proto;
    ObjDict *d = dict_new(vm);
    if (!p->localnames) return d;
    Value *regs = FRAME_REGS(fr);
    size_t nparams = (size_t)p->nparams + p->nkwonly + !!(p->flags & PROTO_VARARGS) + !!(p->flags & PROTO_VARKW);
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < p->nlocals; i++)
            if (pass == 0 ? i < nparams || !is_cell_reg(p, i) : i >= nparams && is_cell_reg(p, i))
                add_local(vm, d, p->localnames[i], regs[i]);
    for (size_t i = 0; i < p->nfree; i++) add_local(vm, d, p->localnames[p->nlocals + i], v_obj(fr->closure->free[i]));
    return d;
}

/* The calling scope as a dict, for dir(), vars() and locals() without an
 * argument: the globals of a module body, the namespace of a class body, a
 * snapshot of a function's variables. */
static ObjDict *caller_namespace(VM *vm) {
    Frame *fr = vm->fiber->frame;
    if (!fr) return vm->main_module->globals;
    ObjProto *p = fr->closure->proto;
    if (p->flags & PROTO_MODULE) return fr->closure->globals;
    if (p->flags & PROTO_CLASS) {
        Value ns = FRAME_REGS(fr)[0];
        if (IS_DICT(ns)) return AS_DICT(ns);
    }
    return function_locals(vm, fr);
}

NATIVE(b_locals) {
    (void)argc, (void)argv, (void)kwnames;
    return v_obj(caller_namespace(vm));
}

NATIVE(b_vars) {
    (void)kwnames;
    if (argc == 0) {
        return v_obj(caller_namespace(vm));
    }
    Value v = argv[0];
    if (IS_MODULE(v)) return v_obj(AS_MODULE(v)->globals);
    bool found = false;
    Value d = V_UNDEF;
    if (!IS_A(v, OT_INSTANCE) || vm_class_of(vm, v) != vm->classes[CLS_object]) {   /* object() has no __dict__ */
        d = vm_getattr_opt(vm, v, vm->names[NAME___dict__], &found);
        if (IS_EXC(d)) {
            if (!exc_matches(vm, vm->exc, EXC_AttributeError)) return d;
            vm->exc = V_NONE;
            found = false;
        }
    }
    if (!found) return vm_raise(vm, EXC_TypeError, "vars() argument must have __dict__ attribute");
    return d;
}

static void dir_add(VM *vm, ObjDict *names, const char *name) {
    dict_set_str(vm, &names->d, str_intern(vm, name, strlen(name)), V_NONE);
}

static void dir_add_keys(VM *vm, ObjDict *names, Dict *d) {
    uint32_t pos = 0;
    DictEntry *e;
    while (dict_next(d, &pos, &e))
        if (IS_STR(e->key)) dict_set_str(vm, &names->d, str_intern_obj(vm, AS_STR(e->key)), V_NONE);
}

/* Attributes the VM answers without a dict entry (vm/attr.c). */
static void dir_add_special(VM *vm, ObjDict *names, Value v) {
    static const char *const exc_names[] = {"args", "__cause__", "__context__", "__suppress_context__",
                                            "__traceback__", NULL};
    static const char *const os_names[] = {"errno", "strerror", "filename", "filename2", NULL};
    static const char *const int_names[] = {"real", "imag", "numerator", "denominator", NULL};
    static const char *const float_names[] = {"real", "imag", NULL};
    static const char *const seq_names[] = {"start", "stop", "step", NULL};
    static const char *const fn_names[] = {"__name__", "__qualname__", "__module__", "__doc__", "__defaults__", NULL};
    const char *const *list = NULL, *const *more = NULL;
    if (IS_INTLIKE(v)) list = int_names;
    else if (IS_FLOAT(v)) list = float_names;
    else if (IS_A(v, OT_RANGE) || IS_A(v, OT_SLICE)) list = seq_names;
    else if (IS_CLOSURE(v)) list = fn_names;
    else if (IS_EXCEPTION(v)) {
        ObjClass *c = AS_EXC(v)->inst.cls;
        list = exc_names;
        if (class_is_subclass(c, vm->exc_classes[EXC_OSError])) more = os_names;
        else if (class_is_subclass(c, vm->exc_classes[EXC_StopIteration])) dir_add(vm, names, "value");
        else if (class_is_subclass(c, vm->exc_classes[EXC_SystemExit])) dir_add(vm, names, "code");
    }
    for (int i = 0; list && list[i]; i++) dir_add(vm, names, list[i]);
    for (int i = 0; more && more[i]; i++) dir_add(vm, names, more[i]);
}

/* Add the names of cls and its bases; true if one of them is a script class. */
static bool dir_add_classes(VM *vm, ObjDict *names, ObjClass *cls) {
    bool user = false;
    for (ObjClass *c = cls; c; c = c->base) {
        if (c->dict) dir_add_keys(vm, names, &c->dict->d);
        if (!(c->cflags & CLASS_BUILTIN)) user = true;
    }
    return user;
}

static Value sorted_names(VM *vm, Value iterable) {
    Value l = list_from_iterable(vm, iterable);
    if (IS_EXC(l)) return l;
    Value r = list_sort(vm, AS_LIST(l), V_NONE, false);
    return IS_EXC(r) ? r : l;
}

NATIVE(b_dir) {
    (void)kwnames;
    if (argc == 0) {
        return sorted_names(vm, v_obj(caller_namespace(vm)));
    }
    Value v = argv[0];
    if (IS_A(v, OT_INSTANCE) || IS_A(v, OT_CDATA)) {   /* a class's own __dir__ */
        Value m;
        if (class_lookup(vm_class_of(vm, v), str_intern(vm, "__dir__", 7), &m)) {
            Value r = IS_CLOSURE(m) || IS_NATIVE(m) ? vm_call(vm, m, 1, &v) : vm_call(vm, m, 0, NULL);
            return IS_EXC(r) ? r : sorted_names(vm, r);
        }
    }
    ObjDict *names = dict_new(vm);
    if (IS_MODULE(v)) {
        dir_add_keys(vm, names, &AS_MODULE(v)->globals->d);
        return sorted_names(vm, v_obj(names));
    }
    bool user = dir_add_classes(vm, names, IS_CLASS(v) ? AS_CLASS(v) : vm_class_of(vm, v)), err;
    dict_del(vm, &names->d, v_obj(vm->names[NAME___qualname__]), &err);   /* no class dict entry in CPython */
    Dict *own = vm_instance_dict(v);
    if (own) dir_add_keys(vm, names, own);
    if (IS_CLASS(v)) dir_add(vm, names, "__doc__");
    else dir_add_special(vm, names, v);
    if (user) dir_add(vm, names, "__dict__");
    dir_add(vm, names, "__class__");
    return sorted_names(vm, v_obj(names));
}

/* ------------------------------------------------------------- tables */

static const LibFn builtin_fns[] = {
    {"print", b_print, 0, -1, NATIVE_KW},
    {"len", b_len, 1, 1, 0},
    {"repr", b_repr, 1, 1, 0},
    {"ascii", b_ascii, 1, 1, 0},
    {"hash", b_hash, 1, 1, 0},
    {"id", b_id, 1, 1, 0},
    {"callable", b_callable, 1, 1, 0},
    {"isinstance", b_isinstance, 2, 2, 0},
    {"issubclass", b_issubclass, 2, 2, 0},
    {"getattr", b_getattr, 2, 3, 0},
    {"setattr", b_setattr, 3, 3, 0},
    {"hasattr", b_hasattr, 2, 2, 0},
    {"delattr", b_delattr, 2, 2, 0},
    {"abs", b_abs, 1, 1, 0},
    {"divmod", b_divmod, 2, 2, 0},
    {"pow", b_pow, 0, -1, NATIVE_KW},
    {"round", b_round, 0, -1, NATIVE_KW},
    {"hex", b_hex, 1, 1, 0},
    {"oct", b_oct, 1, 1, 0},
    {"bin", b_bin, 1, 1, 0},
    {"ord", b_ord, 1, 1, 0},
    {"chr", b_chr, 1, 1, 0},
    {"iter", b_iter, 1, 2, 0},
    {"next", b_next, 1, 2, 0},
    {"any", b_any, 1, 1, 0},
    {"all", b_all, 1, 1, 0},
    {"sum", b_sum, 0, -1, NATIVE_KW},
    {"min", b_min, 0, -1, NATIVE_KW},
    {"max", b_max, 0, -1, NATIVE_KW},
    {"sorted", b_sorted, 0, -1, NATIVE_KW},
    {"reversed", b_reversed, 0, -1, 0},
    {"enumerate", b_enumerate, 0, -1, NATIVE_KW},
    {"zip", b_zip, 0, -1, NATIVE_KW},
    {"map", b_map, 0, -1, 0},
    {"filter", b_filter, 2, 2, 0},
    {"input", b_input, 0, 1, 0},
    {"format", b_format, 1, 2, 0},
    {"globals", b_globals, 0, 0, 0},
    {"dir", b_dir, 0, 1, 0},
    {"vars", b_vars, 0, 1, 0},
    {"locals", b_locals, 0, 0, 0},
    {"super", b_super, 0, 2, 0},
    {"exit", b_exit, 0, 1, 0},
    {"quit", b_exit, 0, 1, 0},
};

static void add_builtin(VM *vm, const char *name, Value v) {
    dict_set_str(vm, &vm->builtins->d, str_intern(vm, name, strlen(name)), v);
}

void lib_types_open(VM *vm);   /* lib_types.c: constructors of the built-in classes */

#include "asyncio_prelude.h"    /* generated from stdlib/asyncio.as */

/* asyncio: the C natives, then the Aster prelude run in the same module;
 * everything in its __all__ is also a built-in. */
static void open_asyncio(VM *vm) {
    ObjModule *m = vm_register_module(vm, "asyncio");
    vm->asyncio = m;
    lib_asyncio_open(vm, m);
    m->name = str_intern(vm, "asyncio", 7);
    Value r = vm_exec_source(vm, m, asyncio_prelude, sizeof asyncio_prelude - 1, false);
    if (IS_EXC(r)) {
        exc_print(vm, vm->exc, vm->config.write_err, vm->config.write_ud);
        vm->exc = V_NONE;
        return;
    }
    Value v, all;
    if (dict_get_str(&m->globals->d, str_intern(vm, "_await_native", 13), &v)) vm->builtin_refs[BREF_AWAIT_NATIVE] = v;
    if (!dict_get_str(&m->globals->d, vm->names[NAME___all__], &all) || !IS_LIST(all)) return;
    for (uint32_t i = 0; i < AS_LIST(all)->len; i++) {
        ObjStr *name = AS_STR(AS_LIST(all)->items[i]);
        if (dict_get_str(&m->globals->d, name, &v)) dict_set_str(vm, &vm->builtins->d, name, v);
    }
}

void stdlib_open_builtins(VM *vm) {
    for (size_t i = 0; i < LIB_COUNT(builtin_fns); i++) {
        const LibFn *f = &builtin_fns[i];
        ObjNative *n = native_new(vm, f->name, f->fn, f->min, f->max, f->flags);
        add_builtin(vm, f->name, v_obj(n));
    }
    vm->builtin_refs[BREF_DISPLAYHOOK] = v_obj(native_new(vm, "displayhook", b_displayhook, 1, 1, 0));
    static const BuiltinClass exposed[] = {CLS_object, CLS_type, CLS_bool, CLS_int, CLS_float, CLS_str, CLS_bytes,
                                           CLS_tuple, CLS_list, CLS_dict, CLS_set, CLS_frozenset, CLS_range,
                                           CLS_slice};
    for (size_t i = 0; i < sizeof exposed / sizeof exposed[0]; i++)
        add_builtin(vm, vm->classes[exposed[i]]->name->data, v_obj(vm->classes[exposed[i]]));
    for (int i = 0; i < EXC_COUNT; i++) {
        ObjClass *c = vm->exc_classes[i];
        if (i == EXC_CancelledError || i == EXC_InvalidStateError || i == EXC_QueueEmpty || i == EXC_QueueFull ||
            i == EXC_UnsupportedOperation)
            continue;
        add_builtin(vm, c->name->data, v_obj(c));
    }
    add_builtin(vm, "IOError", v_obj(vm->exc_classes[EXC_OSError]));   /* aliases, as in Python 3 */
    add_builtin(vm, "EnvironmentError", v_obj(vm->exc_classes[EXC_OSError]));
    add_builtin(vm, "NotImplemented", vm->not_implemented);
    add_builtin(vm, "Ellipsis", vm->ellipsis);
    lib_types_open(vm);
    lib_io_open(vm);
    open_asyncio(vm);
}

/* ------------------------------------------------------------- modules */

static const struct {
    const char *name;
    ModuleOpener open;
} c_modules[] = {
    {"math", lib_math_open}, {"time", lib_time_open}, {"json", lib_json_open},
    {"sys", lib_sys_open},   {"os", lib_os_open},     {"random", lib_random_open},
};

ObjModule *stdlib_open_module(VM *vm, const char *name) {
    for (size_t i = 0; i < sizeof c_modules / sizeof c_modules[0]; i++) {
        if (strcmp(c_modules[i].name, name) != 0) continue;
        /* registered once complete: a MemoryError half-way leaves no broken module */
        ObjStr *n = str_intern(vm, name, strlen(name));
        ObjModule *m = module_new(vm, n, NULL);
        c_modules[i].open(vm, m);
        dict_set_str(vm, &vm->modules->d, n, v_obj(m));
        return m;
    }
    return NULL;
}
