/* lib_bytes.c - the bytes type: bytes(...) construction, decoding
 * (utf-8, ascii, latin-1 with Python's error handlers and messages) and the
 * methods of bytes (decode, hex, fromhex, find family, split, join, strip,
 * replace, case mapping, predicates...).
 *
 * Indexing, slicing, len, +, *, ==, in, hash and repr of bytes live in the
 * VM. The search/split/replace/strip machinery is shared with str and lives
 * in lib_str.c. */
#include <string.h>

#include "lib.h"

#define NATIVE(name) static Value name(VM *vm, int argc, Value *argv, ObjTuple *kwnames)


#define BDATA(b) ((const char *)(b)->data)

/* ======================================================== construction */

/* A bytes object of len uninitialised bytes (NUL-terminated). */
ObjBytes *bytes_alloc(VM *vm, size_t len) {
    if (len > UINT32_MAX - 64) vm_out_of_memory(vm);
    ObjBytes *b = (ObjBytes *)vm_alloc_obj(vm, OT_BYTES, sizeof(ObjBytes) + len + 1);
    b->len = (uint32_t)len;
    b->data[len] = 0;
    return b;
}

ObjBytes *bytes_new(VM *vm, const void *data, size_t len) {
    ObjBytes *b = bytes_alloc(vm, len);
    if (len) memcpy(b->data, data, len);
    return b;
}

/* A byte value 0..255 from an int-like item. */
static bool byte_value(VM *vm, Value v, uint8_t *out) {
    int64_t i;
    if (IS_EXC(vm_index_value(vm, v, &i))) return false;
    if (i < 0 || i > 255) {
        vm_raise(vm, EXC_ValueError, "bytes must be in range(0, 256)");
        return false;
    }
    *out = (uint8_t)i;
    return true;
}

static Value bytes_from_iterable(VM *vm, Value src) {
    Value it = vm_iter(vm, src);
    if (IS_EXC(it)) {
        if (!exc_matches(vm, vm->exc, EXC_TypeError)) return it;
        return vm_raise(vm, EXC_TypeError, "cannot convert '%T' object to bytes", src);
    }
    StrBuf b;
    sb_init(&b, vm);
    for (;;) {
        Value v = vm_next(vm, it);
        uint8_t byte;
        if (IS_UNDEF(v)) break;
        if (IS_EXC(v) || !byte_value(vm, v, &byte)) {
            sb_free(&b);
            return V_EXC;
        }
        sb_addc(&b, (char)byte);
    }
    ObjBytes *r = bytes_new(vm, b.data, b.len);
    sb_free(&b);
    return v_obj(r);
}

static Value bytes_of_count(VM *vm, int64_t n) {
    if (n < 0) return vm_raise(vm, EXC_ValueError, "negative count");
    if (n > (int64_t)UINT32_MAX - 64) return vm_raise_value(vm, vm->memory_error);
    ObjBytes *b = bytes_alloc(vm, (size_t)n);
    memset(b->data, 0, (size_t)n);
    return v_obj(b);
}

Value bytes_from_value(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    static const char *const names[] = {"source", "encoding", "errors"};
    int npos = argc - (kwnames ? (int)kwnames->len : 0);
    if (npos > 3) return vm_raise(vm, EXC_TypeError, "bytes() takes at most 3 arguments (%d given)", npos);
    Value a[3];
    if (!lib_bind(vm, "bytes", argc, argv, kwnames, names, 3, ARGS_CLINIC, a)) return V_EXC;
    Value src = a[0];
    bool coding = !IS_UNDEF(a[1]) || !IS_UNDEF(a[2]);
    if (IS_STR(src)) {
        if (IS_UNDEF(a[1])) return vm_raise(vm, EXC_TypeError, "string argument without an encoding");
        return str_encode_value(vm, AS_STR(src), a[1], a[2], "bytes");
    }
    if (coding)
        return vm_raise(vm, EXC_TypeError, "%s without a string argument", IS_UNDEF(a[1]) ? "errors" : "encoding");
    if (IS_UNDEF(src)) return v_obj(bytes_alloc(vm, 0));
    if (IS_BYTES(src)) return src;
    if (IS_INTLIKE(src)) return bytes_of_count(vm, AS_INT(src));
    if (IS_NUMBER(src) || IS_NONE(src)) return vm_raise(vm, EXC_TypeError, "cannot convert '%T' object to bytes", src);
    return bytes_from_iterable(vm, src);
}

/* ============================================================ decoding */

/* The first byte range of bad UTF-8 at p[0..n): its length and reason. */
static size_t utf8_bad_run(const uint8_t *p, size_t n, const char **reason) {
    uint8_t c = p[0];
    size_t need;
    uint8_t lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) need = 2;
    else if (c >= 0xE0 && c <= 0xEF) need = 3, lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
    else if (c >= 0xF0 && c <= 0xF4) need = 4, lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
    else {
        *reason = "invalid start byte";
        return 1;
    }
    for (size_t k = 1; k < need; k++) {
        if (k >= n) {
            *reason = "unexpected end of data";
            return n;
        }
        uint8_t lim_lo = k == 1 ? lo : 0x80, lim_hi = k == 1 ? hi : 0xBF;
        if (p[k] < lim_lo || p[k] > lim_hi) {
            *reason = "invalid continuation byte";
            return k;
        }
    }
    *reason = NULL;
    return need;
}

/* Length of the valid prefix (whole characters) of p[0..n) in codec
 * ("utf-8" or "ascii"). */
static size_t valid_prefix(const char *codec, const uint8_t *p, size_t n) {
    size_t i = 0;
    while (i < n) {
        if (p[i] < 0x80) {
            i++;
            continue;
        }
        if (codec[0] == 'a') return i;
        const char *reason;
        size_t len = utf8_bad_run(p + i, n - i, &reason);
        if (reason) return i;
        i += len;
    }
    return n;
}

static bool decode_error(VM *vm, const char *codec, const uint8_t *data, size_t start, size_t end, const char *reason) {
    if (end - start == 1)
        vm_raise(vm, EXC_UnicodeDecodeError, "'%s' codec can't decode byte 0x%02x in position %zu: %s", codec,
                 data[start], start, reason);
    else
        vm_raise(vm, EXC_UnicodeDecodeError, "'%s' codec can't decode bytes in position %zu-%zu: %s", codec, start,
                 end - 1, reason);
    return false;
}

/* Handle undecodable data[start..end) as `errors` says. */
static bool decode_bad(VM *vm, StrBuf *b, const char *codec, const char *errors, const uint8_t *data, size_t start,
                       size_t end, const char *reason) {
    if (strcmp(errors, "strict") == 0) return decode_error(vm, codec, data, start, end, reason);
    if (strcmp(errors, "replace") == 0) sb_add_codepoint(b, 0xFFFD);
    else if (strcmp(errors, "backslashreplace") == 0)
        for (size_t i = start; i < end; i++) sb_addf(b, "\\x%02x", data[i]);
    else if (strcmp(errors, "ignore") != 0) {
        vm_raise(vm, EXC_LookupError, "unknown error handler name '%s'", errors);
        return false;
    }
    return true;
}

static Value decode_slow(VM *vm, const char *codec, const char *errors, const uint8_t *p, size_t n, size_t ok) {
    StrBuf b;
    sb_init(&b, vm);
    size_t i = 0;
    while (i < n) {
        sb_add(&b, (const char *)p + i, ok);
        i += ok;
        if (i >= n) break;
        const char *reason = "ordinal not in range(128)";
        size_t bad = codec[0] == 'a' ? 1 : utf8_bad_run(p + i, n - i, &reason);
        if (!decode_bad(vm, &b, codec, errors, p, i, i + bad, reason)) {
            sb_free(&b);
            return V_EXC;
        }
        i += bad;
        ok = valid_prefix(codec, p + i, n - i);
    }
    return v_obj(sb_finish(&b));
}

static Value decode_latin1(VM *vm, const uint8_t *p, size_t n) {
    StrBuf b;
    sb_init(&b, vm);
    for (size_t i = 0; i < n; i++) sb_add_codepoint(&b, p[i]);
    return v_obj(sb_finish(&b));
}

Value text_decode(VM *vm, const uint8_t *data, size_t len, Value encoding, Value errors) {
    static const char *const names[] = {"encoding", "errors"};
    Value a[2] = {encoding, errors};
    for (int i = 0; i < 2; i++)
        if (!IS_UNDEF(a[i]) && !IS_STR(a[i]))
            return vm_raise(vm, EXC_TypeError, "decode() argument '%s' must be str, not %s", names[i],
                            arg_type_name(vm, a[i]));
    const char *enc = IS_UNDEF(encoding) ? "utf-8" : AS_STR(encoding)->data;
    const char *errs = IS_UNDEF(errors) ? "strict" : AS_STR(errors)->data;
    const char *codec = codec_canonical(enc);
    if (!codec) return vm_raise(vm, EXC_LookupError, "unknown encoding: %s", enc);
    bool latin1 = strcmp(codec, "latin-1") == 0;
    size_t ok = valid_prefix(latin1 ? "ascii" : codec, data, len);
    if (ok == len) return v_obj(str_new(vm, (const char *)data, len));
    if (latin1) return decode_latin1(vm, data, len);
    return decode_slow(vm, codec, errs, data, len, ok);
}

Value bytes_decode(VM *vm, ObjBytes *bs, Value encoding, Value errors) {
    return text_decode(vm, bs->data, bs->len, encoding, errors);
}

/* ============================================================= methods */

/* Start a method (call_native has checked self, as bytes.upper(x) may be
 * called unbound); BYTES_SELF also names it self. */
#define BYTES_METHOD (void)vm, (void)argc, (void)kwnames

#define BYTES_SELF  \
    BYTES_METHOD; \
    ObjBytes *self = AS_BYTES(argv[0])

static bool bytes_arg(VM *vm, Value v, ObjBytes **out) {
    if (IS_BYTES(v)) {
        *out = AS_BYTES(v);
        return true;
    }
    vm_raise(vm, EXC_TypeError, "a bytes-like object is required, not '%T'", v);
    return false;
}

NATIVE(bytes_decode_m) {
    BYTES_SELF;
    static const char *const names[] = {"encoding", "errors"};
    Value a[2];
    if (!lib_bind(vm, "decode", argc - 1, argv + 1, kwnames, names, 2, ARGS_CLINIC, a)) return V_EXC;
    return bytes_decode(vm, self, a[0], a[1]);
}

/* ---------------------------------------------------------------- hex */

static bool hex_sep(VM *vm, Value v, char *sep) {
    const char *data = NULL;
    size_t len = 0;
    if (IS_STR(v)) data = AS_STR(v)->data, len = AS_STR(v)->nchars;
    else if (IS_BYTES(v)) data = BDATA(AS_BYTES(v)), len = AS_BYTES(v)->len;
    else {
        vm_raise(vm, EXC_TypeError, "sep must be str or bytes.");
        return false;
    }
    if (len != 1) {
        vm_raise(vm, EXC_ValueError, "sep must be length 1.");
        return false;
    }
    if ((unsigned char)data[0] >= 0x80) {
        vm_raise(vm, EXC_ValueError, "sep must be ASCII.");
        return false;
    }
    *sep = data[0];
    return true;
}

NATIVE(bytes_hex) {
    BYTES_SELF;
    static const char *const names[] = {"sep", "bytes_per_sep"};
    Value a[2];
    char sep = 0;
    int64_t per = 1;
    if (!lib_bind(vm, "hex", argc - 1, argv + 1, kwnames, names, 2, ARGS_CLINIC, a)) return V_EXC;
    if (!IS_UNDEF(a[0]) && !hex_sep(vm, a[0], &sep)) return V_EXC;
    if (!IS_UNDEF(a[1]) && IS_EXC(vm_index_value(vm, a[1], &per))) return V_EXC;
    size_t group = (size_t)(per < 0 ? -per : per);
    StrBuf b;
    sb_init(&b, vm);
    for (size_t i = 0; i < self->len; i++) {
        /* groups are counted from the right for a positive bytes_per_sep */
        size_t pos = per > 0 ? self->len - i : i;
        if (i && sep && group && pos % group == 0) sb_addc(&b, sep);
        sb_addf(&b, "%02x", self->data[i]);
    }
    return v_obj(sb_finish(&b));
}

static int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

NATIVE(bytes_fromhex) {
    (void)kwnames;
    /* registered without arity limits: the VM counts a self that static methods lack */
    if (argc != 1) return vm_raise(vm, EXC_TypeError, "bytes.fromhex() takes exactly one argument (%d given)", argc);
    if (!IS_STR(argv[0])) return vm_raise(vm, EXC_TypeError, "fromhex() argument must be str, not %s", arg_type_name(vm, argv[0]));
    ObjStr *s = AS_STR(argv[0]);
    StrBuf b;
    sb_init(&b, vm);
    size_t i = 0;
    while (i < s->len) {
        if (s->data[i] == ' ' || (s->data[i] >= '\t' && s->data[i] <= '\r')) {
            i++;
            continue;
        }
        int hi = hex_digit(s->data[i]), lo = i + 1 < s->len ? hex_digit(s->data[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            sb_free(&b);
            size_t at = hi < 0 ? i : i + 1;
            return vm_raise(vm, EXC_ValueError, "non-hexadecimal number found in fromhex() arg at position %zu", at);
        }
        sb_addc(&b, (char)(hi << 4 | lo));
        i += 2;
    }
    ObjBytes *r = bytes_new(vm, b.data, b.len);
    sb_free(&b);
    return v_obj(r);
}

/* --------------------------------------------------------- find family */

/* A search needle: bytes, or an int meaning one byte. */
typedef struct Needle {
    const char *p;
    size_t n;
    char byte;
} Needle;

static bool needle_arg(VM *vm, Value v, Needle *nd) {
    if (IS_BYTES(v)) {
        nd->p = BDATA(AS_BYTES(v));
        nd->n = AS_BYTES(v)->len;
        return true;
    }
    if (!IS_INTLIKE(v) && !IS_A(v, OT_INSTANCE)) {
        vm_raise(vm, EXC_TypeError, "argument should be integer or bytes-like object, not '%T'", v);
        return false;
    }
    int64_t i;
    if (IS_EXC(vm_index_value(vm, v, &i))) return false;
    if (i < 0 || i > 255) {
        vm_raise(vm, EXC_ValueError, "byte must be in range(0, 256)");
        return false;
    }
    nd->byte = (char)i;
    nd->p = &nd->byte;
    nd->n = 1;
    return true;
}

/* The needle and the clamped [start, end) window of a find-style call. */
static bool search_args(VM *vm, int argc, Value *argv, Needle *nd, int64_t *start, int64_t *end) {
    *start = 0;
    *end = INT64_MAX;
    if (!needle_arg(vm, argv[1], nd)) return false;
    if (argc > 2 && !lib_slice_arg(vm, argv[2], start)) return false;
    if (argc > 3 && !lib_slice_arg(vm, argv[3], end)) return false;
    text_clamp(start, end, AS_BYTES(argv[0])->len);
    return true;
}

/* -1 absent, -2 error, else the index. */
static int64_t find_common(VM *vm, int argc, Value *argv, bool backward) {
    ObjBytes *b = AS_BYTES(argv[0]);
    Needle nd;
    int64_t start, end;
    if (!search_args(vm, argc, argv, &nd, &start, &end)) return -2;
    if (end - start < (int64_t)nd.n) return -1;
    const char *p = BDATA(b) + start;
    size_t n = (size_t)(end - start);
    int64_t f = backward ? text_rfind(p, n, nd.p, nd.n) : text_find(p, n, nd.p, nd.n);
    return f < 0 ? -1 : start + f;
}

static Value index_result(VM *vm, int64_t i) {
    if (i == -2) return V_EXC;
    if (i == -1) return vm_raise(vm, EXC_ValueError, "subsection not found");
    return v_int(i);
}

NATIVE(bytes_find) {
    BYTES_METHOD;
    int64_t i = find_common(vm, argc, argv, false);
    return i == -2 ? V_EXC : v_int(i);
}

NATIVE(bytes_rfind) {
    BYTES_METHOD;
    int64_t i = find_common(vm, argc, argv, true);
    return i == -2 ? V_EXC : v_int(i);
}

NATIVE(bytes_index) {
    BYTES_METHOD;
    return index_result(vm, find_common(vm, argc, argv, false));
}

NATIVE(bytes_rindex) {
    BYTES_METHOD;
    return index_result(vm, find_common(vm, argc, argv, true));
}

NATIVE(bytes_count) {
    BYTES_SELF;
    Needle nd;
    int64_t start, end;
    if (!search_args(vm, argc, argv, &nd, &start, &end)) return V_EXC;
    if (end - start < (int64_t)nd.n) return v_int(0);
    if (nd.n == 0) return v_int(end - start + 1);
    return v_int(text_count(BDATA(self) + start, (size_t)(end - start), nd.p, nd.n, INT64_MAX));
}

static Value affix_common(VM *vm, int argc, Value *argv, const char *name, bool at_end) {
    ObjBytes *b = AS_BYTES(argv[0]);
    Value what = argv[1];
    int64_t start = 0, end = INT64_MAX;
    if (!IS_BYTES(what) && !IS_TUPLE(what))
        return vm_raise(vm, EXC_TypeError, "%s first arg must be bytes or a tuple of bytes, not %T", name, what);
    if ((argc > 2 && !lib_slice_arg(vm, argv[2], &start)) || (argc > 3 && !lib_slice_arg(vm, argv[3], &end)))
        return V_EXC;
    text_clamp(&start, &end, b->len);
    uint32_t n = IS_TUPLE(what) ? AS_TUPLE(what)->len : 1;
    for (uint32_t i = 0; i < n; i++) {
        ObjBytes *affix;
        if (!bytes_arg(vm, IS_TUPLE(what) ? AS_TUPLE(what)->items[i] : what, &affix)) return V_EXC;
        if (end - start < (int64_t)affix->len) continue;
        const uint8_t *at = b->data + (at_end ? end - affix->len : start);
        if (memcmp(at, affix->data, affix->len) == 0) return V_TRUE;
    }
    return V_FALSE;
}

NATIVE(bytes_startswith) {
    BYTES_METHOD;
    return affix_common(vm, argc, argv, "startswith", false);
}

NATIVE(bytes_endswith) {
    BYTES_METHOD;
    return affix_common(vm, argc, argv, "endswith", true);
}

/* ------------------------------------------------ split, join, replace */

static Value split_common(VM *vm, int argc, Value *argv, ObjTuple *kwnames, const char *name, bool right) {
    static const char *const names[] = {"sep", "maxsplit"};
    Value a[2];
    ObjBytes *self = AS_BYTES(argv[0]), *sep = NULL;
    int64_t max = -1;
    if (!lib_bind(vm, name, argc - 1, argv + 1, kwnames, names, 2, ARGS_CLINIC, a)) return V_EXC;
    if (!IS_UNDEF(a[0]) && !IS_NONE(a[0])) {
        if (!bytes_arg(vm, a[0], &sep)) return V_EXC;
        if (sep->len == 0) return vm_raise(vm, EXC_ValueError, "empty separator");
    }
    if (!IS_UNDEF(a[1]) && IS_EXC(vm_index_value(vm, a[1], &max))) return V_EXC;
    return bytes_split_raw(vm, BDATA(self), self->len, sep ? BDATA(sep) : NULL, sep ? sep->len : 0, max, right);
}

NATIVE(bytes_split) { return split_common(vm, argc, argv, kwnames, "split", false); }

NATIVE(bytes_rsplit) { return split_common(vm, argc, argv, kwnames, "rsplit", true); }

static Value join_items(VM *vm, ObjBytes *sep, const Value *items, uint32_t n) {
    uint64_t len = n ? (uint64_t)sep->len * (n - 1) : 0;
    for (uint32_t i = 0; i < n; i++) {
        if (!IS_BYTES(items[i]))
            return vm_raise(vm, EXC_TypeError, "sequence item %u: expected a bytes-like object, %T found", i, items[i]);
        len += AS_BYTES(items[i])->len;
    }
    if (len > UINT32_MAX - 64) return vm_raise_value(vm, vm->memory_error);
    ObjBytes *r = bytes_alloc(vm, (size_t)len);
    uint8_t *d = r->data;
    for (uint32_t i = 0; i < n; i++) {
        if (i) memcpy(d, sep->data, sep->len), d += sep->len;
        memcpy(d, AS_BYTES(items[i])->data, AS_BYTES(items[i])->len);
        d += AS_BYTES(items[i])->len;
    }
    return v_obj(r);
}

NATIVE(bytes_join) {
    BYTES_SELF;
    Value seq = argv[1];
    if (!IS_LIST(seq) && !IS_TUPLE(seq)) {
        Value it = vm_iter(vm, seq);
        if (IS_EXC(it)) {
            if (!exc_matches(vm, vm->exc, EXC_TypeError)) return it;
            return vm_raise(vm, EXC_TypeError, "can only join an iterable");
        }
        seq = list_from_iterable(vm, it);
        if (IS_EXC(seq)) return seq;
    }
    if (IS_LIST(seq)) return join_items(vm, self, AS_LIST(seq)->items, AS_LIST(seq)->len);
    return join_items(vm, self, AS_TUPLE(seq)->items, AS_TUPLE(seq)->len);
}

NATIVE(bytes_replace) {
    BYTES_SELF;
    ObjBytes *old, *rep;
    int64_t max = -1;
    if (!bytes_arg(vm, argv[1], &old) || !bytes_arg(vm, argv[2], &rep)) return V_EXC;
    if (argc > 3 && IS_EXC(vm_index_value(vm, argv[3], &max))) return V_EXC;
    Value r = bytes_replace_raw(vm, BDATA(self), self->len, BDATA(old), old->len, BDATA(rep), rep->len, max);
    return IS_UNDEF(r) ? argv[0] : r;
}

static Value partition_common(VM *vm, Value *argv, bool right) {
    ObjBytes *self = AS_BYTES(argv[0]), *sep;
    if (!bytes_arg(vm, argv[1], &sep)) return V_EXC;
    if (sep->len == 0) return vm_raise(vm, EXC_ValueError, "empty separator");
    int64_t f = right ? text_rfind(BDATA(self), self->len, BDATA(sep), sep->len)
                      : text_find(BDATA(self), self->len, BDATA(sep), sep->len);
    Value empty = v_obj(bytes_alloc(vm, 0)), parts[3] = {empty, empty, empty};
    if (f < 0) {
        parts[right ? 2 : 0] = argv[0];
    } else {
        size_t after = (size_t)f + sep->len;
        parts[0] = v_obj(bytes_new(vm, self->data, (size_t)f));
        parts[1] = argv[1];
        parts[2] = v_obj(bytes_new(vm, self->data + after, self->len - after));
    }
    return v_obj(tuple_from(vm, parts, 3));
}

NATIVE(bytes_partition) {
    BYTES_METHOD;
    return partition_common(vm, argv, false);
}

NATIVE(bytes_rpartition) {
    BYTES_METHOD;
    return partition_common(vm, argv, true);
}

/* --------------------------------------------------------------- strip */

static Value strip_common(VM *vm, int argc, Value *argv, bool left, bool right) {
    ObjBytes *self = AS_BYTES(argv[0]), *chars = NULL;
    if (argc > 1 && !IS_NONE(argv[1]) && !bytes_arg(vm, argv[1], &chars)) return V_EXC;
    size_t b, e;
    bytes_strip_span(BDATA(self), self->len, chars ? BDATA(chars) : NULL, chars ? chars->len : 0, left, right, &b, &e);
    if (b == 0 && e == self->len) return argv[0];
    return v_obj(bytes_new(vm, self->data + b, e - b));
}

NATIVE(bytes_strip) {
    (void)kwnames;
    return strip_common(vm, argc, argv, true, true);
}

NATIVE(bytes_lstrip) {
    (void)kwnames;
    return strip_common(vm, argc, argv, true, false);
}

NATIVE(bytes_rstrip) {
    (void)kwnames;
    return strip_common(vm, argc, argv, false, true);
}

/* ------------------------------------------------- case and predicates */

static Value case_map(VM *vm, Value *argv, int op) {
    ObjBytes *self = AS_BYTES(argv[0]);
    ObjBytes *r = bytes_alloc(vm, self->len);
    ascii_case_map(BDATA(self), (char *)r->data, self->len, op);
    return v_obj(r);
}

#define CASE_METHOD(fname, op)          \
    NATIVE(fname) {                     \
        BYTES_METHOD;                   \
        return case_map(vm, argv, op);  \
    }

CASE_METHOD(bytes_upper, 'U')
CASE_METHOD(bytes_lower, 'L')
CASE_METHOD(bytes_swapcase, 'S')
CASE_METHOD(bytes_title, 'T')
CASE_METHOD(bytes_capitalize, 'C')

static bool b_upper(uint8_t c) { return c >= 'A' && c <= 'Z'; }
static bool b_lower(uint8_t c) { return c >= 'a' && c <= 'z'; }
static bool b_digit(uint8_t c) { return c >= '0' && c <= '9'; }
static bool b_alpha(uint8_t c) { return b_upper(c) || b_lower(c); }
static bool b_alnum(uint8_t c) { return b_alpha(c) || b_digit(c); }
static bool b_space(uint8_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static bool b_ascii(uint8_t c) { return c < 0x80; }

static Value all_bytes(Value *argv, bool (*pred)(uint8_t), bool empty) {
    ObjBytes *self = AS_BYTES(argv[0]);
    if (self->len == 0) return v_bool(empty);
    for (uint32_t i = 0; i < self->len; i++)
        if (!pred(self->data[i])) return V_FALSE;
    return V_TRUE;
}

#define PREDICATE(fname, pred, empty)         \
    NATIVE(fname) {                           \
        BYTES_METHOD;                         \
        return all_bytes(argv, pred, empty);  \
    }

PREDICATE(bytes_isdigit, b_digit, false)
PREDICATE(bytes_isalpha, b_alpha, false)
PREDICATE(bytes_isalnum, b_alnum, false)
PREDICATE(bytes_isspace, b_space, false)
PREDICATE(bytes_isascii, b_ascii, true)

/* islower/isupper: some letter of that case and none of the other. */
static Value case_predicate(Value *argv, bool upper) {
    ObjBytes *self = AS_BYTES(argv[0]);
    bool cased = false;
    for (uint32_t i = 0; i < self->len; i++) {
        uint8_t c = self->data[i];
        if (upper ? b_lower(c) : b_upper(c)) return V_FALSE;
        cased = cased || (upper ? b_upper(c) : b_lower(c));
    }
    return v_bool(cased);
}

NATIVE(bytes_isupper) {
    BYTES_METHOD;
    return case_predicate(argv, true);
}

NATIVE(bytes_islower) {
    BYTES_METHOD;
    return case_predicate(argv, false);
}

/* ============================================================ register */

void lib_bytes_methods(VM *vm, ObjClass *c) {
    static const LibFn methods[] = {
        {"decode", bytes_decode_m, 1, 3, NATIVE_KW | NATIVE_ARITY_CLINIC},   {"hex", bytes_hex, 1, 3, NATIVE_KW},
        {"fromhex", bytes_fromhex, 0, -1, NATIVE_STATIC}, {"count", bytes_count, 2, 4, NATIVE_ARITY_CLINIC},
        {"find", bytes_find, 2, 4, NATIVE_ARITY_CLINIC},                 {"rfind", bytes_rfind, 2, 4, NATIVE_ARITY_CLINIC},
        {"index", bytes_index, 2, 4, NATIVE_ARITY_CLINIC},               {"rindex", bytes_rindex, 2, 4, NATIVE_ARITY_CLINIC},
        {"startswith", bytes_startswith, 2, 4, NATIVE_ARITY_CLINIC},     {"endswith", bytes_endswith, 2, 4, NATIVE_ARITY_CLINIC},
        {"split", bytes_split, 1, 3, NATIVE_KW | NATIVE_ARITY_CLINIC},       {"rsplit", bytes_rsplit, 1, 3, NATIVE_KW | NATIVE_ARITY_CLINIC},
        {"join", bytes_join, 2, 2, 0},                 {"replace", bytes_replace, 3, 4, 0},
        {"partition", bytes_partition, 2, 2, 0},       {"rpartition", bytes_rpartition, 2, 2, 0},
        {"strip", bytes_strip, 1, 2, 0},               {"lstrip", bytes_lstrip, 1, 2, 0},
        {"rstrip", bytes_rstrip, 1, 2, 0},             {"upper", bytes_upper, 1, 1, 0},
        {"lower", bytes_lower, 1, 1, 0},               {"swapcase", bytes_swapcase, 1, 1, 0},
        {"title", bytes_title, 1, 1, 0},               {"capitalize", bytes_capitalize, 1, 1, 0},
        {"isdigit", bytes_isdigit, 1, 1, 0},           {"isalpha", bytes_isalpha, 1, 1, 0},
        {"isalnum", bytes_isalnum, 1, 1, 0},           {"isspace", bytes_isspace, 1, 1, 0},
        {"isascii", bytes_isascii, 1, 1, 0},           {"isupper", bytes_isupper, 1, 1, 0},
        {"islower", bytes_islower, 1, 1, 0},
    };
    lib_add_methods(vm, c, methods, LIB_COUNT(methods));
}
