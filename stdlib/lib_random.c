/* lib_random.c - the random module: a Mersenne Twister (MT19937, written
 * from Matsumoto and Nishimura's published algorithm) that reproduces
 * CPython's sequences exactly, seeding included (ints, floats by their
 * hash, and str/bytes through SHA-512 as CPython's version 2 seeding does),
 * and the Random methods built on it with CPython's algorithms.
 *
 * The generator state lives in a hidden Random instance (an OT_CDATA
 * object) made when the module opens; the module's functions are its
 * bound methods, as in CPython, so every VM has its own generator. */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "lib.h"

#define NATIVE(name) static Value name(VM *vm, int argc, Value *argv, ObjTuple *kwnames)
#define UNUSED_ARGS (void)argc, (void)argv, (void)kwnames

/* ------------------------------------------------------------- MT19937 */

enum { MT_N = 624, MT_M = 397 };

typedef struct MT {
    uint32_t state[MT_N];
    int index;
    bool has_gauss;       /* gauss() makes values in pairs and keeps the second */
    double gauss_next;
} MT;

static void mt_init(MT *mt, uint32_t seed) {
    mt->state[0] = seed;
    for (int i = 1; i < MT_N; i++)
        mt->state[i] = 1812433253u * (mt->state[i - 1] ^ (mt->state[i - 1] >> 30)) + (uint32_t)i;
    mt->index = MT_N;
}

static void mt_init_by_array(MT *mt, const uint32_t *key, size_t len) {
    mt_init(mt, 19650218u);
    uint32_t *s = mt->state;
    size_t i = 1, j = 0;
    for (size_t k = MT_N > len ? MT_N : len; k; k--) {
        s[i] = (s[i] ^ ((s[i - 1] ^ (s[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
        if (++i >= MT_N) {
            s[0] = s[MT_N - 1];
            i = 1;
        }
        if (++j >= len) j = 0;
    }
    for (size_t k = MT_N - 1; k; k--) {
        s[i] = (s[i] ^ ((s[i - 1] ^ (s[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
        if (++i >= MT_N) {
            s[0] = s[MT_N - 1];
            i = 1;
        }
    }
    s[0] = 0x80000000u;
    mt->has_gauss = false;
}

static uint32_t mt_twist(uint32_t upper, uint32_t lower, uint32_t far) {
    uint32_t y = (upper & 0x80000000u) | (lower & 0x7fffffffu);
    return far ^ (y >> 1) ^ ((y & 1u) ? 0x9908b0dfu : 0u);
}

static void mt_refill(MT *mt) {
    uint32_t *s = mt->state;
    for (int k = 0; k < MT_N; k++) s[k] = mt_twist(s[k], s[(k + 1) % MT_N], s[(k + MT_M) % MT_N]);
    mt->index = 0;
}

static uint32_t mt_next(MT *mt) {
    if (mt->index >= MT_N) mt_refill(mt);
    uint32_t y = mt->state[mt->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    return y ^ (y >> 18);
}

/* A double in [0, 1) with 53 random bits, as CPython makes it. */
static double mt_random(MT *mt) {
    uint32_t a = mt_next(mt) >> 5, b = mt_next(mt) >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

/* k random bits (k <= 64); words are filled low first like CPython's. */
static uint64_t mt_bits(MT *mt, int k) {
    if (k <= 32) return k == 0 ? 0 : mt_next(mt) >> (32 - k);
    uint64_t lo = mt_next(mt);
    return lo | (uint64_t)(mt_next(mt) >> (64 - k)) << 32;
}

static int bit_length(uint64_t n) { return n ? 64 - __builtin_clzll(n) : 0; }

/* Uniform in [0, n) for n > 0 by rejection, as CPython's _randbelow. */
static uint64_t mt_below(MT *mt, uint64_t n) {
    int k = bit_length(n);
    uint64_t r;
    do r = mt_bits(mt, k);
    while (r >= n);
    return r;
}

/* ------------------------------------------------------------- SHA-512 */

/* FIPS 180-4. The round constants are the first 64 bits of the fractional
 * parts of the cube roots of the first 80 primes; the initial hash the
 * same for the square roots of the first 8. */
static const uint64_t sha_k[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
    0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
    0xd807aa98a3030242ULL, 0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
    0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
    0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
    0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
    0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL, 0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
    0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
    0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
    0xd192e819d6ef5218ULL, 0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
    0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
    0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
    0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
    0xca273eceea26619cULL, 0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
    0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
    0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
    0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};

static const uint64_t sha_h0[8] = {
    0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
    0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL,
};

static uint64_t rotr(uint64_t x, int n) { return x >> n | x << (64 - n); }

static void sha512_block(uint64_t h[8], const unsigned char *block) {
    uint64_t w[80];
    for (int t = 0; t < 16; t++) {
        w[t] = 0;
        for (int b = 0; b < 8; b++) w[t] = w[t] << 8 | block[t * 8 + b];
    }
    for (int t = 16; t < 80; t++) {
        uint64_t s0 = rotr(w[t - 15], 1) ^ rotr(w[t - 15], 8) ^ (w[t - 15] >> 7);
        uint64_t s1 = rotr(w[t - 2], 19) ^ rotr(w[t - 2], 61) ^ (w[t - 2] >> 6);
        w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    uint64_t v[8];
    memcpy(v, h, sizeof v);
    for (int t = 0; t < 80; t++) {
        uint64_t s1 = rotr(v[4], 14) ^ rotr(v[4], 18) ^ rotr(v[4], 41);
        uint64_t ch = (v[4] & v[5]) ^ (~v[4] & v[6]);
        uint64_t t1 = v[7] + s1 + ch + sha_k[t] + w[t];
        uint64_t s0 = rotr(v[0], 28) ^ rotr(v[0], 34) ^ rotr(v[0], 39);
        uint64_t maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
        memmove(v + 1, v, 7 * sizeof v[0]);
        v[4] += t1;
        v[0] = t1 + s0 + maj;
    }
    for (int i = 0; i < 8; i++) h[i] += v[i];
}

static void sha512(const unsigned char *data, size_t len, unsigned char digest[64]) {
    uint64_t h[8];
    memcpy(h, sha_h0, sizeof h);
    size_t full = len / 128 * 128;
    for (size_t i = 0; i < full; i += 128) sha512_block(h, data + i);
    unsigned char tail[256] = {0};
    size_t rest = len - full;
    memcpy(tail, data + full, rest);
    tail[rest] = 0x80;
    size_t tail_len = rest + 1 + 16 <= 128 ? 128 : 256;
    uint64_t bits = (uint64_t)len * 8;   /* the high 64 bits of the 128-bit length stay 0 */
    for (int b = 0; b < 8; b++) tail[tail_len - 1 - b] = (unsigned char)(bits >> (8 * b));
    for (size_t i = 0; i < tail_len; i += 128) sha512_block(h, tail + i);
    for (int i = 0; i < 8; i++)
        for (int b = 0; b < 8; b++) digest[i * 8 + b] = (unsigned char)(h[i] >> (56 - 8 * b));
}

/* --------------------------------------------------------------- seeding */

/* Seed with the non-negative integer whose big-endian bytes are given, as
 * CPython does: init_by_array over its 32-bit words, least significant
 * first, at least one. */
static void seed_bytes(VM *vm, MT *mt, const unsigned char *be, size_t len) {
    while (len && be[0] == 0) {
        be++;
        len--;
    }
    size_t nwords = len ? (len + 3) / 4 : 1;
    uint32_t *key = vm_scratch_realloc(vm, NULL, 0, nwords * sizeof(uint32_t));
    memset(key, 0, nwords * sizeof(uint32_t));
    for (size_t i = 0; i < len; i++) key[i / 4] |= (uint32_t)be[len - 1 - i] << (8 * (i % 4));
    mt_init_by_array(mt, key, nwords);
    vm_scratch_free(vm, key, nwords * sizeof(uint32_t));
}

static void seed_u64(VM *vm, MT *mt, uint64_t u) {
    unsigned char be[8];
    for (int i = 0; i < 8; i++) be[i] = (unsigned char)(u >> (56 - 8 * i));
    seed_bytes(vm, mt, be, 8);
}

/* str/bytes: the integer int.from_bytes(data + sha512(data).digest()). */
static void seed_text(VM *vm, MT *mt, const char *data, size_t len) {
    unsigned char *buf = vm_scratch_realloc(vm, NULL, 0, len + 64);
    memcpy(buf, data, len);
    sha512((const unsigned char *)data, len, buf + len);
    seed_bytes(vm, mt, buf, len + 64);
    vm_scratch_free(vm, buf, len + 64);
}

static void seed_from_os(MT *mt) {
    uint32_t key[MT_N];
    if (getrandom(key, sizeof key, GRND_NONBLOCK) != (ssize_t)sizeof key) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        key[0] = (uint32_t)ts.tv_nsec;
        key[1] = (uint32_t)ts.tv_sec;
        key[2] = (uint32_t)getpid();
        key[3] = (uint32_t)(uintptr_t)mt;
        mt_init_by_array(mt, key, 4);
        return;
    }
    mt_init_by_array(mt, key, MT_N);
}

/* CPython's hash of a float: the value modulo the prime 2**61 - 1. */
static int64_t float_hash(double d) {
    const uint64_t P = ((uint64_t)1 << 61) - 1;
    if (isinf(d)) return d > 0 ? 314159 : -314159;
    if (isnan(d)) return 0;
    int e;
    double m = frexp(fabs(d), &e);
    uint64_t x = 0;
    while (m != 0.0) {   /* 28 bits at a time, folding the rotation into the modulus */
        x = ((x << 28) & P) | x >> (61 - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= P) x -= P;
    }
    e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
    x = ((x << e) & P) | x >> (61 - e);
    int64_t h = (int64_t)x * (d < 0 ? -1 : 1);
    return h == -1 ? -2 : h;
}

/* ------------------------------------------------------- the instance */

static const CDataType random_ctype = {"Random", NULL, NULL, NULL};

/* The generator of a method's self, or NULL after raising TypeError. The
 * methods are reached bound to the module's instance, but a script can
 * still take one out (random.random.__func__) and pass anything. */
static MT *self_state(VM *vm, Value self) {
    if (IS_A(self, OT_CDATA) && ((ObjCData *)AS_OBJ(self))->ctype == &random_ctype)
        return (MT *)((ObjCData *)AS_OBJ(self))->payload;
    vm_raise(vm, EXC_TypeError, "descriptor requires a 'Random' object but received a '%T'", self);
    return NULL;
}

#define GET_MT(mt)                       \
    MT *mt = self_state(vm, argv[0]);    \
    if (!mt) return V_EXC

/* Binding the arguments of a method CPython writes in Python, with the
 * interpreter's wording: params are self, the positional-or-keyword ones
 * (the last `ndefaults` optional) and "*name" keyword-only ones (all
 * optional). Unset ones come back VT_UNDEF. */
static bool py_bind(VM *vm, const char *fname, int argc, Value *argv, ObjTuple *kwnames, const char *const *params,
                    int nparams, int ndefaults, Value *out) {
    int nkw = kwnames ? (int)kwnames->len : 0, given = argc - nkw, npos = 0, kwonly_given = 0;
    while (npos < nparams && params[npos][0] != '*') npos++;
    for (int i = 0; i < nparams; i++) out[i] = i < given && i < npos ? argv[i] : V_UNDEF;
    for (int k = 0; k < nkw; k++) {
        const char *name = AS_STR(kwnames->items[k])->data;
        int i = 0;
        while (i < nparams && strcmp(params[i] + (params[i][0] == '*'), name) != 0) i++;
        if (i == nparams) {
            vm_raise(vm, EXC_TypeError, "%s() got an unexpected keyword argument '%s'", fname, name);
            return false;
        }
        if (!IS_UNDEF(out[i])) {
            vm_raise(vm, EXC_TypeError, "%s() got multiple values for argument '%s'", fname, name);
            return false;
        }
        out[i] = argv[given + k];
        if (i >= npos) kwonly_given++;
    }
    if (given > npos) {
        char sig[32], kwsig[80] = "";
        if (ndefaults) snprintf(sig, sizeof sig, "from %d to %d", npos - ndefaults, npos);
        else snprintf(sig, sizeof sig, "%d", npos);
        if (kwonly_given)
            snprintf(kwsig, sizeof kwsig, " positional argument%s (and %d keyword-only argument%s)",
                     given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
        vm_raise(vm, EXC_TypeError, "%s() takes %s positional argument%s but %d%s %s given", fname, sig,
                 ndefaults || npos != 1 ? "s" : "", given, kwsig, given == 1 && !kwonly_given ? "was" : "were");
        return false;
    }
    int missing[8], nmissing = 0;
    for (int i = given; i < npos - ndefaults; i++)
        if (IS_UNDEF(out[i]) && nmissing < 8) missing[nmissing++] = i;
    if (nmissing == 0) return true;
    StrBuf b;
    sb_init(&b, vm);
    for (int j = 0; j < nmissing; j++) {
        if (j) sb_adds(&b, nmissing == 2 ? " and " : j == nmissing - 1 ? ", and " : ", ");
        sb_addf(&b, "'%s'", params[missing[j]]);
    }
    ObjStr *names = sb_finish(&b);
    vm_raise(vm, EXC_TypeError, "%s() missing %d required positional argument%s: %s", fname, nmissing,
             nmissing == 1 ? "" : "s", names->data);
    return false;
}

#define BIND(fname, ndefaults, ...)                                                               \
    static const char *const params[] = {"self", __VA_ARGS__};                                   \
    enum { NPARAMS = sizeof params / sizeof params[0] };                                         \
    Value a[NPARAMS];                                                                            \
    if (!py_bind(vm, fname, argc, argv, kwnames, params, NPARAMS, ndefaults, a)) return V_EXC; \
    GET_MT(mt)

NATIVE(r_seed) {
    BIND("Random.seed", 2, "a", "version");
    Value v = a[1];
    if (IS_UNDEF(v) || IS_NONE(v)) seed_from_os(mt);
    else if (IS_INTLIKE(v)) seed_u64(vm, mt, AS_INT(v) < 0 ? (uint64_t)0 - (uint64_t)AS_INT(v) : (uint64_t)AS_INT(v));
    else if (IS_FLOAT(v)) seed_u64(vm, mt, (uint64_t)float_hash(AS_FLOAT(v)));
    else if (IS_STR(v)) seed_text(vm, mt, AS_STR(v)->data, AS_STR(v)->len);
    else if (IS_A(v, OT_BYTES)) seed_text(vm, mt, (const char *)((ObjBytes *)AS_OBJ(v))->data, ((ObjBytes *)AS_OBJ(v))->len);
    else return vm_raise(vm, EXC_TypeError, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    mt->has_gauss = false;
    return V_NONE;
}

NATIVE(r_random) {
    UNUSED_ARGS;
    GET_MT(mt);
    return v_float(mt_random(mt));
}

NATIVE(r_getrandbits) {
    UNUSED_ARGS;
    GET_MT(mt);
    int64_t k;
    if (IS_EXC(vm_index_value(vm, argv[1], &k))) return V_EXC;
    if (k < 0) return vm_raise(vm, EXC_ValueError, "number of bits must be non-negative");
    if (k > 64) return vm_raise(vm, EXC_OverflowError, "integer overflow");
    uint64_t r = mt_bits(mt, (int)k);
    if (r > INT64_MAX) return vm_raise(vm, EXC_OverflowError, "integer overflow");
    return v_int((int64_t)r);
}

/* ------------------------------------------------------------- ranges */

/* An argument of randrange: an int, or a float with an integral value. */
static bool range_arg(VM *vm, Value v, const char *what, int64_t *out) {
    if (IS_STR(v)) {   /* CPython tries int(v), which never equals a str */
        if (IS_EXC(int_from_value(vm, v, 10, false))) return false;
        vm_raise(vm, EXC_ValueError, "non-integer %s for randrange()", what);
        return false;
    }
    if (!IS_FLOAT(v)) return !IS_EXC(vm_index_value(vm, v, out));
    double d = AS_FLOAT(v);
    if (isnan(d)) vm_raise(vm, EXC_ValueError, "cannot convert float NaN to integer");
    else if (isinf(d)) vm_raise(vm, EXC_OverflowError, "cannot convert float infinity to integer");
    else if (d != floor(d)) vm_raise(vm, EXC_ValueError, "non-integer %s for randrange()", what);
    else if (d < -9223372036854775808.0 || d >= 9223372036854775808.0) vm_raise(vm, EXC_OverflowError, "integer overflow");
    else {
        *out = (int64_t)d;
        return true;
    }
    return false;
}

static Value randrange(VM *vm, MT *mt, Value start, Value stop, Value step) {
    int64_t istart, istop, istep = 1;
    if (!range_arg(vm, start, "arg 1", &istart)) return V_EXC;
    if (IS_UNDEF(stop) || IS_NONE(stop)) {
        if (!IS_UNDEF(step) && !(IS_INT(step) && AS_INT(step) == 1))
            return vm_raise(vm, EXC_TypeError, "Missing a non-None stop argument");
        if (istart > 0) return v_int((int64_t)mt_below(mt, (uint64_t)istart));
        return vm_raise(vm, EXC_ValueError, "empty range for randrange()");
    }
    if (!range_arg(vm, stop, "stop", &istop)) return V_EXC;
    if (!IS_UNDEF(step) && !range_arg(vm, step, "step", &istep)) return V_EXC;
    __int128 width = (__int128)istop - istart, n;   /* 128 bits: no overflow */
    if (istep == 1) {
        if (width > 0) return v_int((int64_t)(istart + (__int128)mt_below(mt, (uint64_t)width)));
        if (width < INT64_MIN) return vm_raise(vm, EXC_ValueError, "empty range for randrange()");
        return vm_raise(vm, EXC_ValueError, "empty range for randrange() (%lld, %lld, %lld)", (long long)istart,
                        (long long)istop, (long long)width);
    }
    if (istep > 0) n = (width + istep - 1) / istep;
    else if (istep < 0) n = (width + istep + 1) / istep;
    else return vm_raise(vm, EXC_ValueError, "zero step for randrange()");
    if (n <= 0) return vm_raise(vm, EXC_ValueError, "empty range for randrange()");
    return v_int((int64_t)(istart + (__int128)istep * mt_below(mt, (uint64_t)n)));
}

NATIVE(r_randrange) {
    BIND("Random.randrange", 2, "start", "stop", "step");
    return randrange(vm, mt, a[1], a[2], a[3]);
}

NATIVE(r_randint) {
    BIND("Random.randint", 0, "a", "b");
    int64_t b;
    if (!range_arg(vm, a[2], "stop", &b)) return V_EXC;
    if (b == INT64_MAX) return vm_raise(vm, EXC_OverflowError, "integer overflow");
    return randrange(vm, mt, a[1], v_int(b + 1), V_UNDEF);
}

/* --------------------------------------------------------- sequences */

static Value length_of(VM *vm, Value seq, int64_t *n) {
    Value len = vm_len(vm, seq);
    if (IS_EXC(len)) return len;
    *n = AS_INT(len);
    return V_NONE;
}

NATIVE(r_choice) {
    BIND("Random.choice", 0, "seq");
    int64_t n;
    if (IS_EXC(length_of(vm, a[1], &n))) return V_EXC;
    if (n == 0) return vm_raise(vm, EXC_IndexError, "Cannot choose from an empty sequence");
    return vm_getitem(vm, a[1], v_int((int64_t)mt_below(mt, (uint64_t)n)));
}

static Value swap_items(VM *vm, Value seq, int64_t i, int64_t j) {
    if (IS_LIST(seq) && (uint64_t)i < AS_LIST(seq)->len && (uint64_t)j < AS_LIST(seq)->len) {
        Value *items = AS_LIST(seq)->items, t = items[i];
        items[i] = items[j];
        items[j] = t;
        return V_NONE;
    }
    Value a = vm_getitem(vm, seq, v_int(i));
    if (IS_EXC(a)) return a;
    Value b = vm_getitem(vm, seq, v_int(j));
    if (IS_EXC(b) || IS_EXC(vm_setitem(vm, seq, v_int(i), b))) return V_EXC;
    return vm_setitem(vm, seq, v_int(j), a);
}

NATIVE(r_shuffle) {
    BIND("Random.shuffle", 0, "x");
    int64_t n;
    if (IS_EXC(length_of(vm, a[1], &n))) return V_EXC;
    for (int64_t i = n - 1; i > 0; i--) {
        int64_t j = (int64_t)mt_below(mt, (uint64_t)i + 1);
        if (IS_EXC(swap_items(vm, a[1], i, j))) return V_EXC;
    }
    return V_NONE;
}

static bool is_sequence(Value v) {
    return IS_LIST(v) || IS_TUPLE(v) || IS_STR(v) || IS_A(v, OT_RANGE) || IS_A(v, OT_BYTES);
}

/* Pick k of the n items by drawing from a shrinking pool. */
static Value sample_pool(VM *vm, MT *mt, Value population, int64_t n, int64_t k, ObjList *result) {
    Value pool = list_from_iterable(vm, population);
    if (IS_EXC(pool)) return pool;
    Value *items = AS_LIST(pool)->items;
    for (int64_t i = 0; i < k; i++) {
        int64_t j = (int64_t)mt_below(mt, (uint64_t)(n - i));
        list_append(vm, result, items[j]);
        items[j] = items[n - i - 1];
    }
    return v_obj(result);
}

/* Pick k of the n items by drawing indices, redrawing ones already taken. */
static Value sample_set(VM *vm, MT *mt, Value population, int64_t n, int64_t k, ObjList *result) {
    ObjSet *taken = set_new(vm);
    for (int64_t i = 0; i < k; i++) {
        Value j;
        do j = v_int((int64_t)mt_below(mt, (uint64_t)n));
        while (set_contains(vm, &taken->s, j) > 0);
        set_add(vm, &taken->s, j);
        Value item = vm_getitem(vm, population, j);
        if (IS_EXC(item)) return item;
        list_append(vm, result, item);
    }
    return v_obj(result);
}

static Value sample(VM *vm, MT *mt, Value population, int64_t k) {
    if (!is_sequence(population))
        return vm_raise(vm, EXC_TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).");
    int64_t n;
    if (IS_EXC(length_of(vm, population, &n))) return V_EXC;
    if (k < 0 || k > n) return vm_raise(vm, EXC_ValueError, "Sample larger than population or is negative");
    int64_t setsize = 21;
    if (k > 5) setsize += (int64_t)1 << (2 * (int)ceil(log((double)(k * 3)) / log(4.0)));
    ObjList *result = list_new(vm, (uint32_t)k);
    if (n <= setsize) return sample_pool(vm, mt, population, n, k, result);
    return sample_set(vm, mt, population, n, k, result);
}

/* Index of the first of the n ascending cum[] greater than x. */
static int64_t bisect_right(const double *cum, int64_t n, double x) {
    int64_t lo = 0, hi = n;
    while (lo < hi) {
        int64_t mid = lo + (hi - lo) / 2;
        if (x < cum[mid]) hi = mid;
        else lo = mid + 1;
    }
    return lo;
}

/* Running sums of an iterable, added as Python adds them. */
static Value accumulate(VM *vm, Value iterable) {
    Value l = list_from_iterable(vm, iterable);
    if (IS_EXC(l)) return l;
    ObjList *sums = AS_LIST(l);
    for (uint32_t i = 1; i < sums->len; i++) {
        Value s = vm_binop(vm, OP_ADD, sums->items[i - 1], sums->items[i], false);
        if (IS_EXC(s)) return s;
        sums->items[i] = s;
    }
    return l;
}

/* The cumulative values as doubles, in GC-owned scratch memory. */
static double *cum_doubles(VM *vm, ObjList *cum, bool *ok) {
    ObjStr *scratch = str_alloc(vm, (cum->len + 1) * sizeof(double));
    double *d = (double *)(((uintptr_t)scratch->data + 7) & ~(uintptr_t)7);
    *ok = true;
    for (uint32_t i = 0; i < cum->len && *ok; i++) {
        Value v = cum->items[i];
        if (IS_FLOAT(v)) d[i] = AS_FLOAT(v);
        else if (IS_INTLIKE(v)) d[i] = (double)AS_INT(v);
        else {
            vm_raise(vm, EXC_TypeError, "unsupported operand type(s) for +: '%T' and 'float'", v);
            *ok = false;
        }
    }
    return d;
}

static Value sample_counts(VM *vm, MT *mt, Value population, Value counts, int64_t k) {
    int64_t n;
    if (IS_EXC(length_of(vm, population, &n))) return V_EXC;
    Value cum = accumulate(vm, counts);
    if (IS_EXC(cum)) return cum;
    ObjList *c = AS_LIST(cum);
    if ((int64_t)c->len != n) return vm_raise(vm, EXC_ValueError, "The number of counts does not match the population");
    Value total = c->len ? c->items[--c->len] : V_UNDEF;
    if (IS_UNDEF(total)) return vm_raise(vm, EXC_IndexError, "pop from empty list");
    if (!IS_INTLIKE(total)) return vm_raise(vm, EXC_TypeError, "Counts must be integers");
    if (AS_INT(total) <= 0) return vm_raise(vm, EXC_ValueError, "Total of counts must be greater than zero");
    ObjRange *r = (ObjRange *)vm_alloc_obj(vm, OT_RANGE, sizeof(ObjRange));
    r->start = 0;
    r->stop = AS_INT(total);
    r->step = 1;
    Value picks = sample(vm, mt, v_obj(r), k);
    if (IS_EXC(picks)) return picks;
    bool ok;
    double *cd = cum_doubles(vm, c, &ok);
    if (!ok) return V_EXC;
    ObjList *out = AS_LIST(picks);
    for (uint32_t i = 0; i < out->len; i++) {
        Value item = vm_getitem(vm, population, v_int(bisect_right(cd, c->len, (double)AS_INT(out->items[i]))));
        if (IS_EXC(item)) return item;
        out->items[i] = item;
    }
    return picks;
}

NATIVE(r_sample) {
    BIND("Random.sample", 0, "population", "k", "*counts");
    int64_t k;
    if (IS_EXC(vm_index_value(vm, a[2], &k))) return V_EXC;
    if (!IS_UNDEF(a[3]) && !IS_NONE(a[3])) return sample_counts(vm, mt, a[1], a[3], k);
    return sample(vm, mt, a[1], k);
}

static Value choices_weighted(VM *vm, MT *mt, Value population, int64_t n, Value cum_weights, int64_t k) {
    ObjList *cum = AS_LIST(cum_weights);
    if ((int64_t)cum->len != n) return vm_raise(vm, EXC_ValueError, "The number of weights does not match the population");
    if (n == 0) return vm_raise(vm, EXC_IndexError, "list index out of range");
    bool ok;
    double *cd = cum_doubles(vm, cum, &ok);
    if (!ok) return V_EXC;
    double total = cd[n - 1];
    if (total <= 0.0) return vm_raise(vm, EXC_ValueError, "Total of weights must be greater than zero");
    if (!isfinite(total)) return vm_raise(vm, EXC_ValueError, "Total of weights must be finite");
    ObjList *out = list_new(vm, k > 0 ? (uint32_t)k : 0);
    for (int64_t i = 0; i < k; i++) {
        Value item = vm_getitem(vm, population, v_int(bisect_right(cd, n - 1, mt_random(mt) * total)));
        if (IS_EXC(item)) return item;
        list_append(vm, out, item);
    }
    return v_obj(out);
}

NATIVE(r_choices) {
    BIND("Random.choices", 1, "population", "weights", "*cum_weights", "*k");
    Value population = a[1], weights = a[2], cum = a[3];
    int64_t n, k = 1;
    if (IS_EXC(length_of(vm, population, &n))) return V_EXC;
    if (!IS_UNDEF(a[4]) && IS_EXC(vm_index_value(vm, a[4], &k))) return V_EXC;
    bool has_w = !IS_UNDEF(weights) && !IS_NONE(weights), has_cum = !IS_UNDEF(cum) && !IS_NONE(cum);
    if (has_w && has_cum) return vm_raise(vm, EXC_TypeError, "Cannot specify both weights and cumulative weights");
    if (has_w || has_cum) {
        Value c = has_cum ? list_from_iterable(vm, cum) : accumulate(vm, weights);
        if (IS_EXC(c)) return c;
        return choices_weighted(vm, mt, population, n, c, k);
    }
    ObjList *out = list_new(vm, k > 0 ? (uint32_t)k : 0);
    for (int64_t i = 0; i < k; i++) {
        Value item = vm_getitem(vm, population, v_int((int64_t)floor(mt_random(mt) * (double)n)));
        if (IS_EXC(item)) return item;
        list_append(vm, out, item);
    }
    return v_obj(out);
}

/* -------------------------------------------------------- distributions */

NATIVE(r_uniform) {
    BIND("Random.uniform", 0, "a", "b");
    Value width = vm_binop(vm, OP_SUB, a[2], a[1], false);
    if (IS_EXC(width)) return width;
    Value scaled = vm_binop(vm, OP_MUL, width, v_float(mt_random(mt)), false);
    if (IS_EXC(scaled)) return scaled;
    return vm_binop(vm, OP_ADD, a[1], scaled, false);
}

/* A float parameter: VT_UNDEF takes the default. */
static bool float_arg(VM *vm, Value v, double dflt, double *out) {
    if (IS_UNDEF(v)) *out = dflt;
    else if (IS_FLOAT(v)) *out = AS_FLOAT(v);
    else if (IS_INTLIKE(v)) *out = (double)AS_INT(v);
    else {
        vm_raise(vm, EXC_TypeError, "must be real number, not %T", v);
        return false;
    }
    return true;
}

/* (mu, sigma) of gauss and normalvariate, defaulting to (0.0, 1.0). */
static bool mu_sigma(VM *vm, const char *fname, int argc, Value *argv, ObjTuple *kwnames, Value *mu, Value *sigma) {
    static const char *const params[] = {"self", "mu", "sigma"};
    Value a[3];
    if (!py_bind(vm, fname, argc, argv, kwnames, params, 3, 2, a)) return false;
    *mu = IS_UNDEF(a[1]) ? v_float(0.0) : a[1];
    *sigma = IS_UNDEF(a[2]) ? v_float(1.0) : a[2];
    return true;
}

/* mu + z * sigma with Python's arithmetic, as the Python code computes it. */
static Value shift_scale(VM *vm, Value mu, double z, Value sigma) {
    Value scaled = vm_binop(vm, OP_MUL, v_float(z), sigma, false);
    return IS_EXC(scaled) ? scaled : vm_binop(vm, OP_ADD, mu, scaled, false);
}

NATIVE(r_gauss) {
    Value mu, sigma;
    double z;
    if (!mu_sigma(vm, "Random.gauss", argc, argv, kwnames, &mu, &sigma)) return V_EXC;
    GET_MT(mt);
    if (mt->has_gauss) {
        z = mt->gauss_next;
        mt->has_gauss = false;
    } else {
        double x2pi = mt_random(mt) * (2.0 * M_PI);
        double g2rad = sqrt(-2.0 * log(1.0 - mt_random(mt)));
        z = cos(x2pi) * g2rad;
        mt->gauss_next = sin(x2pi) * g2rad;
        mt->has_gauss = true;
    }
    return shift_scale(vm, mu, z, sigma);
}

NATIVE(r_normalvariate) {
    Value mu, sigma;
    double z;
    if (!mu_sigma(vm, "Random.normalvariate", argc, argv, kwnames, &mu, &sigma)) return V_EXC;
    GET_MT(mt);
    const double magic = 4 * exp(-0.5) / sqrt(2.0);
    for (;;) {
        double u1 = mt_random(mt), u2 = 1.0 - mt_random(mt);
        z = magic * (u1 - 0.5) / u2;
        if (z * z / 4.0 <= -log(u2)) break;
    }
    return shift_scale(vm, mu, z, sigma);
}

/* expovariate(lambd): Python 3.11 has no default for lambd (3.12 added 1.0). */
NATIVE(r_expovariate) {
    BIND("Random.expovariate", 0, "lambd");
    double lambd;
    if (!float_arg(vm, a[1], 1.0, &lambd)) return V_EXC;
    double u = mt_random(mt);
    if (lambd == 0.0) return vm_raise(vm, EXC_ZeroDivisionError, "float division by zero");
    return v_float(-log(1.0 - u) / lambd);
}

NATIVE(r_triangular) {
    BIND("Random.triangular", 3, "low", "high", "mode");
    double low, high, mode = 0.0;
    bool midpoint = false;
    if (IS_UNDEF(a[3]) || IS_NONE(a[3])) midpoint = true;
    if (!float_arg(vm, a[1], 0.0, &low) || !float_arg(vm, a[2], 1.0, &high) ||
        (!midpoint && !float_arg(vm, a[3], 0.0, &mode)))
        return V_EXC;
    double u = mt_random(mt), c = 0.5;
    if (!midpoint) {
        if (high == low) return IS_UNDEF(a[1]) ? v_float(low) : a[1];   /* Python returns low itself */
        c = (mode - low) / (high - low);
    }
    if (u > c) {
        u = 1.0 - u;
        c = 1.0 - c;
        double t = low;
        low = high;
        high = t;
    }
    return v_float(low + (high - low) * sqrt(u * c));
}

/* ------------------------------------------------------------ the module */

/* random and getrandbits are C methods in CPython (the VM words their arity
 * errors); the others are Python methods that bind their own arguments. */
static const LibFn random_methods[] = {
    {"seed", r_seed, 1, -1, NATIVE_KW},
    {"random", r_random, 1, 1, 0},
    {"getrandbits", r_getrandbits, 2, 2, 0},
    {"randrange", r_randrange, 1, -1, NATIVE_KW},
    {"randint", r_randint, 1, -1, NATIVE_KW},
    {"choice", r_choice, 1, -1, NATIVE_KW},
    {"shuffle", r_shuffle, 1, -1, NATIVE_KW},
    {"sample", r_sample, 1, -1, NATIVE_KW},
    {"choices", r_choices, 1, -1, NATIVE_KW},
    {"uniform", r_uniform, 1, -1, NATIVE_KW},
    {"gauss", r_gauss, 1, -1, NATIVE_KW},
    {"normalvariate", r_normalvariate, 1, -1, NATIVE_KW},
    {"expovariate", r_expovariate, 1, -1, NATIVE_KW},
    {"triangular", r_triangular, 1, -1, NATIVE_KW},
};

static Value make_instance(VM *vm, ObjClass *cls) {
    ObjCData *c = (ObjCData *)vm_alloc_obj(vm, OT_CDATA, sizeof(ObjCData) + sizeof(MT));
    c->obj.extra = sizeof(MT);
    c->cls = cls;
    c->ctype = &random_ctype;
    dict_init(&c->attrs);
    seed_from_os((MT *)c->payload);
    return v_obj(c);
}

void lib_random_open(VM *vm, ObjModule *m) {
    ObjClass *cls = class_new(vm, str_intern(vm, "Random", 6), vm->classes[CLS_object], NULL);
    cls->module = m;
    cls->construct = NULL;
    cls->cflags |= CLASS_ABSTRACT;
    dict_set_str(vm, &cls->dict->d, vm->names[NAME___module__], v_obj(str_from_cstr(vm, "random")));
    Value inst = make_instance(vm, cls);
    for (size_t i = 0; i < LIB_COUNT(random_methods); i++) {
        const LibFn *r = &random_methods[i];
        class_add_native(vm, cls, r->name, r->fn, r->min, r->max, r->flags);
        Value method;
        dict_get_str(&cls->dict->d, str_intern(vm, r->name, strlen(r->name)), &method);
        module_add(vm, m, r->name, v_obj(bound_new(vm, inst, method)));
    }
}
