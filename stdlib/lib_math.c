/* lib_math.c - the math module: constants, the float functions of the C
 * library with Python's error rules (ValueError "math domain error",
 * OverflowError "math range error"), rounding to ints, the exact integer
 * functions (factorial, gcd, comb, isqrt, ... on 64-bit ints: results that
 * do not fit raise OverflowError "integer overflow"), fsum (exact, after
 * Shewchuk) and hypot/dist (the correctly rounded vector norm). */
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "lib.h"

#define NATIVE(name) static Value name(VM *vm, int argc, Value *argv, ObjTuple *kwnames)
#define UNUSED_ARGS (void)argc, (void)argv, (void)kwnames

/* ------------------------------------------------------------ arguments */

static Value domain_error(VM *vm) { return vm_raise(vm, EXC_ValueError, "math domain error"); }
static Value range_error(VM *vm) { return vm_raise(vm, EXC_OverflowError, "math range error"); }
static Value int_overflow(VM *vm) { return vm_raise(vm, EXC_OverflowError, "integer overflow"); }

/* A real number as a double, as Python's float arguments accept it. */
static bool to_double(VM *vm, Value v, double *out) {
    if (IS_FLOAT(v)) {
        *out = AS_FLOAT(v);
        return true;
    }
    if (IS_INTLIKE(v)) {
        *out = (double)AS_INT(v);
        return true;
    }
    bool found = false;
    Value r = IS_A(v, OT_INSTANCE) ? vm_call_special(vm, v, NAME___float__, 0, NULL, &found) : V_NONE;
    if (found) {
        if (IS_EXC(r)) return false;
        if (IS_FLOAT(r)) {
            *out = AS_FLOAT(r);
            return true;
        }
        vm_raise(vm, EXC_TypeError, "%T.__float__ returned non-float (type %T)", v, r);
        return false;
    }
    vm_raise(vm, EXC_TypeError, "must be real number, not %T", v);
    return false;
}

static bool to_doubles(VM *vm, int n, Value *argv, double *out) {
    for (int i = 0; i < n; i++)
        if (!to_double(vm, argv[i], &out[i])) return false;
    return true;
}

static bool to_int(VM *vm, Value v, int64_t *out) { return !IS_EXC(vm_index_value(vm, v, out)); }

/* A double that is a whole number as an int Value, for floor/ceil/trunc. */
static Value whole_to_int(VM *vm, double d) {
    if (isnan(d)) return vm_raise(vm, EXC_ValueError, "cannot convert float NaN to integer");
    if (isinf(d)) return vm_raise(vm, EXC_OverflowError, "cannot convert float infinity to integer");
    if (d < -9223372036854775808.0 || d >= 9223372036854775808.0) return int_overflow(vm);
    return v_int((int64_t)d);
}

/* ---------------------------------------------- functions of one float */

/* Python's rule: NaN out of a non-NaN is a domain error; an infinity out of
 * a finite argument is an overflow where the function can overflow and a
 * domain error (a pole, like log(0)) elsewhere. */
static Value math1(VM *vm, Value arg, double (*f)(double), bool can_overflow) {
    double x;
    if (!to_double(vm, arg, &x)) return V_EXC;
    double r = f(x);
    if (isnan(r) && !isnan(x)) return domain_error(vm);
    if (isinf(r) && isfinite(x)) return can_overflow ? range_error(vm) : domain_error(vm);
    return v_float(r);
}

#define MATH1(name, fn, can_overflow) \
    NATIVE(m_##name) { UNUSED_ARGS; return math1(vm, argv[0], fn, can_overflow); }

MATH1(sqrt, sqrt, false)
MATH1(exp, exp, true)
MATH1(exp2, exp2, true)
MATH1(expm1, expm1, true)
MATH1(log2, log2, false)
MATH1(log10, log10, false)
MATH1(log1p, log1p, false)
MATH1(sin, sin, false)
MATH1(cos, cos, false)
MATH1(tan, tan, false)
MATH1(asin, asin, false)
MATH1(acos, acos, false)
MATH1(atan, atan, false)
MATH1(sinh, sinh, true)
MATH1(cosh, cosh, true)
MATH1(tanh, tanh, false)
MATH1(asinh, asinh, false)
MATH1(acosh, acosh, false)
MATH1(atanh, atanh, false)
MATH1(fabs, fabs, false)
MATH1(cbrt, cbrt, false)
MATH1(erf, erf, false)
MATH1(erfc, erfc, false)

static Value scaled(VM *vm, Value arg, double factor) {
    double x;
    if (!to_double(vm, arg, &x)) return V_EXC;
    return v_float(x * factor);
}

NATIVE(m_degrees) { UNUSED_ARGS; return scaled(vm, argv[0], 180.0 / M_PI); }
NATIVE(m_radians) { UNUSED_ARGS; return scaled(vm, argv[0], M_PI / 180.0); }

NATIVE(m_log) {   /* METH_VARARGS in CPython: its own wording */
    if (kwnames && kwnames->len) return vm_raise(vm, EXC_TypeError, "log() takes no keyword arguments");
    if (argc < 1 || argc > 2) return vm_raise(vm, EXC_TypeError, "math.log requires 1 to 2 arguments");
    Value num = math1(vm, argv[0], log, false);
    if (argc == 1 || IS_EXC(num)) return num;
    Value den = math1(vm, argv[1], log, false);
    if (IS_EXC(den)) return den;
    if (AS_FLOAT(den) == 0.0) return vm_raise(vm, EXC_ZeroDivisionError, "float division by zero");
    return v_float(AS_FLOAT(num) / AS_FLOAT(den));
}

typedef bool (*DoublePredicate)(double);
static bool is_finite(double x) { return isfinite(x); }
static bool is_inf(double x) { return isinf(x); }
static bool is_nan(double x) { return isnan(x); }

static Value test_double(VM *vm, Value arg, DoublePredicate p) {
    double x;
    if (!to_double(vm, arg, &x)) return V_EXC;
    return v_bool(p(x));
}

NATIVE(m_isfinite) { UNUSED_ARGS; return test_double(vm, argv[0], is_finite); }
NATIVE(m_isinf) { UNUSED_ARGS; return test_double(vm, argv[0], is_inf); }
NATIVE(m_isnan) { UNUSED_ARGS; return test_double(vm, argv[0], is_nan); }

/* ------------------------------------------------- rounding to integers */

static Value round_to_int(VM *vm, Value v, double (*f)(double)) {
    if (IS_INTLIKE(v)) return v_int(AS_INT(v));
    double x;
    if (!to_double(vm, v, &x)) return V_EXC;
    return whole_to_int(vm, f(x));
}

NATIVE(m_floor) { UNUSED_ARGS; return round_to_int(vm, argv[0], floor); }
NATIVE(m_ceil) { UNUSED_ARGS; return round_to_int(vm, argv[0], ceil); }

NATIVE(m_trunc) {
    UNUSED_ARGS;
    Value v = argv[0];
    if (!IS_NUMBER(v)) return vm_raise(vm, EXC_TypeError, "type %T doesn't define __trunc__ method", v);
    return round_to_int(vm, v, trunc);
}

/* ----------------------------------------------- functions of two floats */

/* Python's rule for two-argument functions: NaN from non-NaNs is a domain
 * error, an infinity from finite arguments an overflow. */
static Value math2(VM *vm, Value a, Value b, double (*f)(double, double)) {
    double x, y;
    if (!to_double(vm, a, &x) || !to_double(vm, b, &y)) return V_EXC;
    double r = f(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) return domain_error(vm);
    if (isinf(r) && isfinite(x) && isfinite(y)) return range_error(vm);
    return v_float(r);
}

NATIVE(m_atan2) { UNUSED_ARGS; return math2(vm, argv[0], argv[1], atan2); }
NATIVE(m_copysign) { UNUSED_ARGS; return math2(vm, argv[0], argv[1], copysign); }
NATIVE(m_nextafter) { UNUSED_ARGS; return math2(vm, argv[0], argv[1], nextafter); }

NATIVE(m_pow) {
    UNUSED_ARGS;
    double x, y;
    if (!to_double(vm, argv[0], &x) || !to_double(vm, argv[1], &y)) return V_EXC;
    double r = pow(x, y);
    if (isfinite(x) && isfinite(y) && !isfinite(r)) {
        if (isnan(r) || x == 0.0) return domain_error(vm);
        return range_error(vm);
    }
    return v_float(r);
}

NATIVE(m_fmod) {
    UNUSED_ARGS;
    double x, y;
    if (!to_double(vm, argv[0], &x) || !to_double(vm, argv[1], &y)) return V_EXC;
    if (isinf(y) && isfinite(x)) return v_float(x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) return domain_error(vm);
    return v_float(r);
}

NATIVE(m_ulp) {
    UNUSED_ARGS;
    double x;
    if (!to_double(vm, argv[0], &x)) return V_EXC;
    x = fabs(x);
    if (!isfinite(x)) return v_float(x);
    double up = nextafter(x, INFINITY);
    if (isinf(up)) return v_float(x - nextafter(x, -INFINITY));
    return v_float(up - x);
}

/* Argument Clinic's keyword parsing and wording (builtins.c). */
bool lib_clinic_bind(VM *vm, const char *fname, int argc, Value *argv, ObjTuple *kwnames,
                     const char *const *params, int nparams, int nposonly, int required, Value *out);

NATIVE(m_isclose) {
    static const char *const params[] = {"a", "b", "*rel_tol", "*abs_tol"};
    Value args[4];
    if (!lib_clinic_bind(vm, "isclose", argc, argv, kwnames, params, 4, 0, 2, args)) return V_EXC;
    double a, b, rel = 1e-09, abs_tol = 0.0;
    if (!to_double(vm, args[0], &a) || !to_double(vm, args[1], &b)) return V_EXC;
    if (!IS_UNDEF(args[2]) && !to_double(vm, args[2], &rel)) return V_EXC;
    if (!IS_UNDEF(args[3]) && !to_double(vm, args[3], &abs_tol)) return V_EXC;
    if (rel < 0.0 || abs_tol < 0.0) return vm_raise(vm, EXC_ValueError, "tolerances must be non-negative");
    if (a == b) return V_TRUE;
    if (isinf(a) || isinf(b)) return V_FALSE;
    double diff = fabs(b - a);
    return v_bool(diff <= fabs(rel * b) || diff <= fabs(rel * a) || diff <= abs_tol);
}

/* ------------------------------------------------ float decompositions */

static Value pair(VM *vm, Value a, Value b) {
    Value items[2] = {a, b};
    return v_obj(tuple_from(vm, items, 2));
}

NATIVE(m_modf) {
    UNUSED_ARGS;
    double x;
    if (!to_double(vm, argv[0], &x)) return V_EXC;
    if (isinf(x)) return pair(vm, v_float(copysign(0.0, x)), v_float(x));
    double whole;
    double frac = modf(x, &whole);
    return pair(vm, v_float(frac), v_float(whole));
}

NATIVE(m_frexp) {
    UNUSED_ARGS;
    double x;
    if (!to_double(vm, argv[0], &x)) return V_EXC;
    int e = 0;
    double m = isfinite(x) && x != 0.0 ? frexp(x, &e) : x;
    return pair(vm, v_float(m), v_int(e));
}

NATIVE(m_ldexp) {
    UNUSED_ARGS;
    double x;
    if (!to_double(vm, argv[0], &x)) return V_EXC;
    if (!IS_INTLIKE(argv[1])) return vm_raise(vm, EXC_TypeError, "Expected an int as second argument to ldexp.");
    int64_t e = AS_INT(argv[1]);
    if (x == 0.0 || !isfinite(x)) return v_float(x);
    if (e > INT32_MAX) return range_error(vm);
    if (e < INT32_MIN) return v_float(copysign(0.0, x));
    double r = ldexp(x, (int)e);
    if (isinf(r)) return range_error(vm);
    return v_float(r);
}

/* ---------------------------------------------------- integer functions */

static uint64_t gcd_u64(uint64_t a, uint64_t b) {
    while (b) {
        uint64_t t = a % b;
        a = b;
        b = t;
    }
    return a;
}

static uint64_t magnitude(int64_t i) { return i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i; }

static Value u64_result(VM *vm, uint64_t u) { return u > INT64_MAX ? int_overflow(vm) : v_int((int64_t)u); }

NATIVE(m_gcd) {
    (void)kwnames;
    uint64_t g = 0;
    for (int i = 0; i < argc; i++) {
        int64_t n;
        if (!to_int(vm, argv[i], &n)) return V_EXC;
        g = gcd_u64(g, magnitude(n));
    }
    return u64_result(vm, g);
}

NATIVE(m_lcm) {
    (void)kwnames;
    uint64_t l = 1;
    for (int i = 0; i < argc; i++) {
        int64_t n;
        if (!to_int(vm, argv[i], &n)) return V_EXC;
        uint64_t m = magnitude(n);
        if (l == 0 || m == 0) {
            l = 0;
            continue;
        }
        if (__builtin_mul_overflow(l / gcd_u64(l, m), m, &l) || l > INT64_MAX) return int_overflow(vm);
    }
    return v_int((int64_t)l);
}

NATIVE(m_factorial) {
    UNUSED_ARGS;
    int64_t n, r = 1;
    if (!to_int(vm, argv[0], &n)) return V_EXC;
    if (n < 0) return vm_raise(vm, EXC_ValueError, "factorial() not defined for negative values");
    for (int64_t i = 2; i <= n; i++)
        if (__builtin_mul_overflow(r, i, &r)) return int_overflow(vm);
    return v_int(r);
}

/* n and k of comb/perm: both ints, then both non-negative. */
static bool n_k_args(VM *vm, Value *argv, int64_t *n, int64_t *k) {
    if (!to_int(vm, argv[0], n) || !to_int(vm, argv[1], k)) return false;
    if (*n >= 0 && *k >= 0) return true;
    vm_raise(vm, EXC_ValueError, "%s must be a non-negative integer", *n < 0 ? "n" : "k");
    return false;
}

NATIVE(m_comb) {
    UNUSED_ARGS;
    int64_t n, k;
    if (!n_k_args(vm, argv, &n, &k)) return V_EXC;
    if (k > n) return v_int(0);
    if (k > n - k) k = n - k;
    /* C(n, i+1) = C(n, i) * (n-i) / (i+1) exactly; the values grow with i */
    unsigned __int128 c = 1;
    for (int64_t i = 0; i < k; i++) {
        c = c * (unsigned __int128)(n - i) / (unsigned __int128)(i + 1);
        if (c > INT64_MAX) return int_overflow(vm);
    }
    return v_int((int64_t)c);
}

NATIVE(m_perm) {
    (void)kwnames;
    if (argc == 1 || IS_NONE(argv[1])) return m_factorial(vm, 1, argv, NULL);
    int64_t n, k, r = 1;
    if (!n_k_args(vm, argv, &n, &k)) return V_EXC;
    if (k > n) return v_int(0);
    for (int64_t i = 0; i < k; i++)
        if (__builtin_mul_overflow(r, n - i, &r)) return int_overflow(vm);
    return v_int(r);
}

NATIVE(m_isqrt) {
    UNUSED_ARGS;
    int64_t n;
    if (!to_int(vm, argv[0], &n)) return V_EXC;
    if (n < 0) return vm_raise(vm, EXC_ValueError, "isqrt() argument must be nonnegative");
    uint64_t r = (uint64_t)sqrt((double)n);   /* within one of the answer */
    while (r * r > (uint64_t)n) r--;
    while ((r + 1) * (r + 1) <= (uint64_t)n) r++;
    return v_int((int64_t)r);
}

NATIVE(m_prod) {
    static const char *const params[] = {"iterable", "*start"};
    Value args[2];
    if (!lib_clinic_bind(vm, "prod", argc, argv, kwnames, params, 2, 1, 1, args)) return V_EXC;
    Value acc = IS_UNDEF(args[1]) ? v_int(1) : args[1];
    Value it = vm_iter(vm, args[0]);
    if (IS_EXC(it)) return it;
    for (;;) {
        Value v = vm_next(vm, it);
        if (IS_UNDEF(v) || IS_EXC(v)) return IS_EXC(v) ? v : acc;
        acc = vm_binop(vm, OP_MUL, acc, v, false);
        if (IS_EXC(acc)) return acc;
    }
}

/* ------------------------------------------------------------------ fsum */

/* Shewchuk's exact summation: `partials` holds non-overlapping doubles whose
 * sum is exactly the sum so far. Non-overlapping doubles each own a distinct
 * range of the 2098 bit positions a double can have, so 2100 always suffice. */
enum { FSUM_MAX_PARTIALS = 2100 };

typedef struct FSum {
    double p[FSUM_MAX_PARTIALS];
    int n;
    double special;   /* sum of the infinities and NaNs seen */
    double inf_sum;   /* sum of the infinities alone: NaN means inf + -inf */
} FSum;

/* Add x to the partials; false if an intermediate sum overflowed. */
static bool fsum_add(FSum *s, double x) {
    double xsave = x;
    int i = 0;
    for (int j = 0; j < s->n; j++) {
        double y = s->p[j];
        if (fabs(x) < fabs(y)) {
            double t = x;
            x = y;
            y = t;
        }
        double hi = x + y;
        double lo = y - (hi - x);
        if (lo != 0.0) s->p[i++] = lo;
        x = hi;
    }
    if (isfinite(x)) {
        s->p[i++] = x;
        s->n = i;
        return true;
    }
    if (isfinite(xsave)) return false;
    if (isinf(xsave)) s->inf_sum += xsave;
    s->special += xsave;
    s->n = 0;
    return true;
}

/* The correctly rounded value of the partials (half-even across partials). */
static double fsum_result(FSum *s) {
    int n = s->n;
    if (n == 0) return 0.0;
    double hi = s->p[--n], lo = 0.0;
    while (n > 0) {
        double x = hi, y = s->p[--n];
        hi = x + y;
        lo = y - (hi - x);
        if (lo != 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && s->p[n - 1] < 0.0) || (lo > 0.0 && s->p[n - 1] > 0.0))) {
        double y = lo * 2.0, x = hi + y;
        if (y == x - hi) hi = x;
    }
    return hi;
}

NATIVE(m_fsum) {
    UNUSED_ARGS;
    FSum s = {.n = 0, .special = 0.0, .inf_sum = 0.0};
    Value it = vm_iter(vm, argv[0]);
    if (IS_EXC(it)) return it;
    for (;;) {
        Value v = vm_next(vm, it);
        if (IS_EXC(v)) return v;
        if (IS_UNDEF(v)) break;
        double x;
        if (!to_double(vm, v, &x)) return V_EXC;
        if (!fsum_add(&s, x)) return vm_raise(vm, EXC_OverflowError, "intermediate overflow in fsum");
    }
    if (s.special != 0.0) {
        if (isnan(s.inf_sum)) return vm_raise(vm, EXC_ValueError, "-inf + inf in fsum");
        return v_float(s.special);
    }
    return v_float(fsum_result(&s));
}

/* ------------------------------------------------------- hypot and dist */

/* hi + lo == a * b exactly */
typedef struct DoubleLength {
    double hi, lo;
} DoubleLength;

static DoubleLength dl_mul(double a, double b) {
    double hi = a * b;
    return (DoubleLength){hi, fma(a, b, -hi)};
}

/* hi + lo == a + b exactly, for |a| >= |b| */
static DoubleLength dl_fast_sum(double a, double b) {
    double hi = a + b;
    return (DoubleLength){hi, (a - hi) + b};
}

/* sqrt(sum of squares of v[0..n)), all finite and at most max in magnitude,
 * correctly rounded in nearly all cases: the squares of the scaled values
 * are summed in extended precision (on top of 1.0, so the low parts stay
 * aligned), then the square root gets one Newton correction. */
static double vector_norm(int n, double *v, double max, bool found_nan) {
    if (isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0 || n <= 1) return max;
    int max_e;
    frexp(max, &max_e);
    if (max_e < -1023) {   /* subnormal: 2**-max_e would overflow, so rescale first */
        for (int i = 0; i < n; i++) v[i] /= DBL_MIN;
        return DBL_MIN * vector_norm(n, v, max / DBL_MIN, found_nan);
    }
    double scale = ldexp(1.0, -max_e);
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
    for (int i = 0; i < n; i++) {
        double x = v[i] * scale;
        DoubleLength sq = dl_mul(x, x);
        DoubleLength sm = dl_fast_sum(csum, sq.hi);
        csum = sm.hi;
        frac1 += sq.lo;
        frac2 += sm.lo;
    }
    double h = sqrt(csum - 1.0 + (frac1 + frac2));
    DoubleLength sq = dl_mul(-h, h);
    DoubleLength sm = dl_fast_sum(csum, sq.hi);
    csum = sm.hi;
    frac1 += sq.lo;
    frac2 += sm.lo;
    double x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
}

/* Collect |v[i]| for the norm: the largest and whether a NaN was seen. */
static void norm_prepare(int n, double *v, double *max, bool *found_nan) {
    *max = 0.0;
    *found_nan = false;
    for (int i = 0; i < n; i++) {
        v[i] = fabs(v[i]);
        *found_nan |= isnan(v[i]);
        if (v[i] > *max) *max = v[i];
    }
}

static Value norm_of(VM *vm, int n, double *v) {
    (void)vm;
    double max;
    bool found_nan;
    norm_prepare(n, v, &max, &found_nan);
    return v_float(vector_norm(n, v, max, found_nan));
}

/* Scratch space for n doubles that the collector frees if we unwind. */
static double *scratch_doubles(VM *vm, uint32_t n) {
    ObjStr *s = str_alloc(vm, (size_t)n * sizeof(double) + sizeof(double));
    uintptr_t p = (uintptr_t)s->data;
    return (double *)((p + sizeof(double) - 1) & ~(uintptr_t)(sizeof(double) - 1));
}

NATIVE(m_hypot) {
    (void)kwnames;
    double *v = scratch_doubles(vm, (uint32_t)argc);
    if (!to_doubles(vm, argc, argv, v)) return V_EXC;
    return norm_of(vm, argc, v);
}

static Value point_items(VM *vm, Value p, ObjTuple **out) {
    if (IS_TUPLE(p)) {
        *out = AS_TUPLE(p);
        return V_NONE;
    }
    Value l = list_from_iterable(vm, p);
    if (IS_EXC(l)) return l;
    *out = tuple_from(vm, AS_LIST(l)->items, AS_LIST(l)->len);
    return V_NONE;
}

NATIVE(m_dist) {
    UNUSED_ARGS;
    ObjTuple *p, *q;
    if (IS_EXC(point_items(vm, argv[0], &p)) || IS_EXC(point_items(vm, argv[1], &q))) return V_EXC;
    if (p->len != q->len)
        return vm_raise(vm, EXC_ValueError, "both points must have the same number of dimensions");
    double *v = scratch_doubles(vm, p->len);
    for (uint32_t i = 0; i < p->len; i++) {
        double a, b;
        if (!to_double(vm, p->items[i], &a) || !to_double(vm, q->items[i], &b)) return V_EXC;
        v[i] = a - b;
    }
    return norm_of(vm, (int)p->len, v);
}

/* ------------------------------------------------------------ the module */

static const LibFn math_fns[] = {
    {"sqrt", m_sqrt, 1, 1, 0},       {"exp", m_exp, 1, 1, 0},         {"exp2", m_exp2, 1, 1, 0},
    {"expm1", m_expm1, 1, 1, 0},     {"log", m_log, 0, -1, NATIVE_KW},       {"log2", m_log2, 1, 1, 0},
    {"log10", m_log10, 1, 1, 0},     {"log1p", m_log1p, 1, 1, 0},     {"sin", m_sin, 1, 1, 0},
    {"cos", m_cos, 1, 1, 0},         {"tan", m_tan, 1, 1, 0},         {"asin", m_asin, 1, 1, 0},
    {"acos", m_acos, 1, 1, 0},       {"atan", m_atan, 1, 1, 0},       {"atan2", m_atan2, 2, 2, 0},
    {"sinh", m_sinh, 1, 1, 0},       {"cosh", m_cosh, 1, 1, 0},       {"tanh", m_tanh, 1, 1, 0},
    {"asinh", m_asinh, 1, 1, 0},     {"acosh", m_acosh, 1, 1, 0},     {"atanh", m_atanh, 1, 1, 0},
    {"fabs", m_fabs, 1, 1, 0},       {"cbrt", m_cbrt, 1, 1, 0},       {"erf", m_erf, 1, 1, 0},
    {"erfc", m_erfc, 1, 1, 0},       {"degrees", m_degrees, 1, 1, 0}, {"radians", m_radians, 1, 1, 0},
    {"isfinite", m_isfinite, 1, 1, 0}, {"isinf", m_isinf, 1, 1, 0},   {"isnan", m_isnan, 1, 1, 0},
    {"floor", m_floor, 1, 1, 0},     {"ceil", m_ceil, 1, 1, 0},       {"trunc", m_trunc, 1, 1, 0},
    {"pow", m_pow, 2, 2, 0},         {"fmod", m_fmod, 2, 2, 0},       {"copysign", m_copysign, 2, 2, 0},
    {"nextafter", m_nextafter, 2, 2, 0}, {"ulp", m_ulp, 1, 1, 0},     {"isclose", m_isclose, 0, -1, NATIVE_KW},
    {"modf", m_modf, 1, 1, 0},       {"frexp", m_frexp, 1, 1, 0},     {"ldexp", m_ldexp, 2, 2, 0},
    {"gcd", m_gcd, 0, -1, 0},        {"lcm", m_lcm, 0, -1, 0},        {"factorial", m_factorial, 1, 1, 0},
    {"comb", m_comb, 2, 2, 0},       {"perm", m_perm, 1, 2, 0},       {"isqrt", m_isqrt, 1, 1, 0},
    {"prod", m_prod, 0, -1, NATIVE_KW}, {"fsum", m_fsum, 1, 1, 0},     {"hypot", m_hypot, 0, -1, 0},
    {"dist", m_dist, 2, 2, 0},
};

void lib_math_open(VM *vm, ObjModule *m) {
    lib_add_functions(vm, m, math_fns, LIB_COUNT(math_fns));
    module_add(vm, m, "pi", v_float(M_PI));
    module_add(vm, m, "e", v_float(M_E));
    module_add(vm, m, "tau", v_float(2.0 * M_PI));
    module_add(vm, m, "inf", v_float(INFINITY));
    module_add(vm, m, "nan", v_float(NAN));
}
