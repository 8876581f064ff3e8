/* lib_str.c - the methods of str, and ascii().
 *
 * Owns every str method (split/join/strip/find/replace, case mapping, the
 * is* predicates, padding, partition, splitlines, encode, maketrans,
 * translate; format and format_map delegate to lib_format.c), ascii(), and
 * the byte-level text primitives (search, split, replace, strip, ASCII case
 * mapping, codec names, argument binding) that lib_bytes.c reuses.
 *
 * A str is UTF-8 with a cached code-point count. ASCII strings (STR_ASCII)
 * take byte-indexed fast paths; results are built with one allocation of
 * the exact size wherever the size is known up front. Unicode case mapping
 * and character classes come from utf8proc. */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "lib.h"
#include "unicode.h"

#define NATIVE(name) static Value name(VM *vm, int argc, Value *argv, ObjTuple *kwnames)

/* Defined in lib_bytes.c and lib_format.c; their prototypes belong in lib.h. */

/* ===================================================== shared primitives */

/* What a piece of text is: raw bytes, an all-ASCII str or any str. */
typedef enum TextKind { TEXT_BYTES, TEXT_ASCII, TEXT_UTF8 } TextKind;

static TextKind kind_of(const ObjStr *s) { return STR_IS_ASCII(s) ? TEXT_ASCII : TEXT_UTF8; }

/* ------------------------------------------------------------- UTF-8 */

static inline size_t cp_len(unsigned char lead) { return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4; }

/* Decode the (valid) UTF-8 sequence at s. */
static inline size_t cp_decode(const char *s, int32_t *cp) {
    const unsigned char *p = (const unsigned char *)s;
    if (p[0] < 0x80) {
        *cp = p[0];
        return 1;
    }
    if (p[0] < 0xE0) {
        *cp = (p[0] & 0x1F) << 6 | (p[1] & 0x3F);
        return 2;
    }
    if (p[0] < 0xF0) {
        *cp = (p[0] & 0x0F) << 12 | (p[1] & 0x3F) << 6 | (p[2] & 0x3F);
        return 3;
    }
    *cp = (p[0] & 0x07) << 18 | (p[1] & 0x3F) << 12 | (p[2] & 0x3F) << 6 | (p[3] & 0x3F);
    return 4;
}

/* Offset of the code point that ends at off. */
static inline size_t cp_prev(const char *s, size_t off) {
    do off--;
    while (off > 0 && ((unsigned char)s[off] & 0xC0) == 0x80);
    return off;
}

static size_t cp_count(const char *s, size_t n) {
    size_t count = 0;
    for (size_t i = 0; i < n; i++) count += ((unsigned char)s[i] & 0xC0) != 0x80;
    return count;
}

/* One character of a text: a byte, or a code point for UTF-8 text. */
static inline size_t text_char(TextKind k, const char *p, int32_t *c) {
    if (k != TEXT_UTF8) {
        *c = (unsigned char)*p;
        return 1;
    }
    return cp_decode(p, c);
}

/* Offset of the character that ends at off. */
static inline size_t text_prev(TextKind k, const char *p, size_t off) {
    return k == TEXT_UTF8 ? cp_prev(p, off) : off - 1;
}

/* ------------------------------------------------- character classes */

static bool ascii_space_bytes(int32_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* str whitespace also counts the ASCII information separators. */
static bool uni_space(int32_t c) {
    if (c < 0x80) return ascii_space_bytes(c) || (c >= 0x1C && c <= 0x1F);
    const utf8proc_property_t *p = utf8proc_get_property(c);
    return p->category == UTF8PROC_CATEGORY_ZS || p->bidi_class == UTF8PROC_BIDI_CLASS_WS ||
           p->bidi_class == UTF8PROC_BIDI_CLASS_B || p->bidi_class == UTF8PROC_BIDI_CLASS_S;
}

static bool text_space(TextKind k, int32_t c) { return k == TEXT_BYTES ? ascii_space_bytes(c) : uni_space(c); }

static bool is_linebreak(TextKind k, int32_t c) {
    if (c == '\n' || c == '\r' || c == '\v' || c == '\f') return true;
    if (k == TEXT_BYTES) return false;
    return (c >= 0x1C && c <= 0x1E) || c == 0x85 || c == 0x2028 || c == 0x2029;
}

/* ------------------------------------------------------ building text */

static ObjStr *ascii_done(ObjStr *s) {
    s->nchars = s->len;
    s->obj.flags |= STR_ASCII;
    return s;
}

/* A new str or bytes holding p[0..n). */
static Value text_piece(VM *vm, TextKind k, const char *p, size_t n) {
    if (k == TEXT_BYTES) return v_obj(bytes_new(vm, p, n));
    if (k == TEXT_UTF8 || n <= 1) return v_obj(str_new(vm, p, n));
    ObjStr *s = str_alloc(vm, n);
    memcpy(s->data, p, n);
    return v_obj(ascii_done(s));
}

/* An uninitialised result of n bytes; fill it, then text_seal it. */
static char *text_alloc(VM *vm, TextKind k, size_t n, Value *out) {
    if (k == TEXT_BYTES) {
        ObjBytes *b = bytes_alloc(vm, n);
        *out = v_obj(b);
        return (char *)b->data;
    }
    ObjStr *s = str_alloc(vm, n);
    *out = v_obj(s);
    return s->data;
}

static Value text_seal(VM *vm, TextKind k, Value v) {
    if (k == TEXT_ASCII) ascii_done(AS_STR(v));
    else if (k == TEXT_UTF8) str_finish(vm, AS_STR(v));
    return v;
}

/* ------------------------------------------------------------ search */

int64_t text_find(const char *h, size_t hn, const char *n, size_t nn) {
    if (nn == 0) return 0;
    if (nn > hn) return -1;
    const char *r = nn == 1 ? memchr(h, n[0], hn) : memmem(h, hn, n, nn);
    return r ? r - h : -1;
}

int64_t text_rfind(const char *h, size_t hn, const char *n, size_t nn) {
    if (nn == 0) return (int64_t)hn;
    if (nn > hn) return -1;
    size_t limit = hn - nn + 1;   /* candidate starts are [0, limit) */
    while (limit > 0) {
        const char *r = memrchr(h, n[0], limit);
        if (!r) return -1;
        if (memcmp(r, n, nn) == 0) return r - h;
        limit = (size_t)(r - h);
    }
    return -1;
}

/* Non-overlapping occurrences of a non-empty needle, at most max. */
int64_t text_count(const char *h, size_t hn, const char *n, size_t nn, int64_t max) {
    int64_t count = 0;
    size_t pos = 0;
    while (count < max) {
        int64_t f = text_find(h + pos, hn - pos, n, nn);
        if (f < 0) break;
        count++;
        pos += (size_t)f + nn;
    }
    return count;
}

/* Python's slice clamping of [start, end) to a sequence of len items. */
void text_clamp(int64_t *start, int64_t *end, int64_t len) {
    if (*end > len) *end = len;
    else if (*end < 0 && (*end += len) < 0) *end = 0;
    if (*start < 0 && (*start += len) < 0) *start = 0;
}

/* ------------------------------------------------------------- split */

static int64_t maxsplit_or_all(int64_t max) { return max < 0 ? INT64_MAX : max; }

static Value split_sep(VM *vm, TextKind k, Value self, const char *p, size_t n, const char *sep, size_t sn,
                       int64_t max) {
    int64_t count = text_count(p, n, sep, sn, maxsplit_or_all(max));
    ObjList *l = list_new(vm, (uint32_t)count + 1);
    if (count == 0 && k != TEXT_BYTES) {
        l->items[l->len++] = self;
        return v_obj(l);
    }
    size_t pos = 0;
    for (int64_t i = 0; i < count; i++) {
        size_t f = (size_t)text_find(p + pos, n - pos, sep, sn);
        l->items[l->len++] = text_piece(vm, k, p + pos, f);
        pos += f + sn;
    }
    l->items[l->len++] = text_piece(vm, k, p + pos, n - pos);
    return v_obj(l);
}

static Value rsplit_sep(VM *vm, TextKind k, Value self, const char *p, size_t n, const char *sep, size_t sn,
                        int64_t max) {
    int64_t count = text_count(p, n, sep, sn, maxsplit_or_all(max));
    ObjList *l = list_new(vm, (uint32_t)count + 1);
    l->len = (uint32_t)count + 1;
    if (count == 0 && k != TEXT_BYTES) {
        l->items[0] = self;
        return v_obj(l);
    }
    size_t end = n;
    for (int64_t i = count; i > 0; i--) {
        size_t f = (size_t)text_rfind(p, end, sep, sn);
        l->items[i] = text_piece(vm, k, p + f + sn, end - f - sn);
        end = f;
    }
    l->items[0] = text_piece(vm, k, p, end);
    return v_obj(l);
}

static size_t skip_space(TextKind k, const char *p, size_t i, size_t n) {
    int32_t c;
    while (i < n) {
        size_t len = text_char(k, p + i, &c);
        if (!text_space(k, c)) break;
        i += len;
    }
    return i;
}

static size_t skip_word(TextKind k, const char *p, size_t i, size_t n) {
    int32_t c;
    while (i < n) {
        size_t len = text_char(k, p + i, &c);
        if (text_space(k, c)) break;
        i += len;
    }
    return i;
}

static Value split_ws(VM *vm, TextKind k, const char *p, size_t n, int64_t max) {
    ObjList *l = list_new(vm, 0);
    max = maxsplit_or_all(max);
    size_t i = skip_space(k, p, 0, n);
    while (i < n) {
        size_t end = (int64_t)l->len < max ? skip_word(k, p, i, n) : n;
        list_append(vm, l, text_piece(vm, k, p + i, end - i));
        i = skip_space(k, p, end, n);
    }
    return v_obj(l);
}

/* Walk back over characters while their spaceness equals `space`. */
static size_t back_while(TextKind k, const char *p, size_t e, bool space) {
    int32_t c;
    while (e > 0) {
        size_t s = text_prev(k, p, e);
        text_char(k, p + s, &c);
        if (text_space(k, c) != space) break;
        e = s;
    }
    return e;
}

static Value rsplit_ws(VM *vm, TextKind k, const char *p, size_t n, int64_t max) {
    ObjList *l = list_new(vm, 0);
    max = maxsplit_or_all(max);
    size_t e = back_while(k, p, n, true);
    while (e > 0) {
        size_t s = (int64_t)l->len < max ? back_while(k, p, e, false) : 0;
        list_append(vm, l, text_piece(vm, k, p + s, e - s));
        e = back_while(k, p, s, true);
    }
    for (uint32_t i = 0, j = l->len ? l->len - 1 : 0; i < j; i++, j--) {
        Value t = l->items[i];
        l->items[i] = l->items[j];
        l->items[j] = t;
    }
    return v_obj(l);
}

/* split/rsplit on raw bytes (sep NULL: ASCII whitespace), for lib_bytes.c. */
Value bytes_split_raw(VM *vm, const char *p, size_t n, const char *sep, size_t sn, int64_t max, bool right) {
    if (!sep) return right ? rsplit_ws(vm, TEXT_BYTES, p, n, max) : split_ws(vm, TEXT_BYTES, p, n, max);
    return right ? rsplit_sep(vm, TEXT_BYTES, V_NONE, p, n, sep, sn, max)
                 : split_sep(vm, TEXT_BYTES, V_NONE, p, n, sep, sn, max);
}

/* ----------------------------------------------------------- replace */

/* Characters in p[0..n): bytes or code points. */
static size_t text_nchars(TextKind k, const char *p, size_t n) { return k == TEXT_UTF8 ? cp_count(p, n) : n; }

/* Replace up to max occurrences of old (an empty old matches between
 * characters); V_UNDEF when nothing changes. */
static Value text_replace(VM *vm, TextKind in, TextKind out, const char *p, size_t n, const char *old, size_t on,
                          const char *rep, size_t rn, int64_t max) {
    max = maxsplit_or_all(max);
    int64_t count;
    if (on == 0) {
        int64_t slots = (int64_t)text_nchars(in, p, n) + 1;
        count = slots < max ? slots : max;
    } else {
        count = text_count(p, n, old, on, max);
    }
    if (count == 0) return V_UNDEF;
    uint64_t len = (uint64_t)n - (uint64_t)count * on + (uint64_t)count * rn;
    Value result;
    char *d = text_alloc(vm, out, (size_t)len, &result);
    size_t pos = 0;
    for (int64_t i = 0; i < count; i++) {
        size_t skip;
        if (on == 0) skip = i == 0 || pos >= n ? 0 : (in == TEXT_UTF8 ? cp_len((unsigned char)p[pos]) : 1);
        else skip = (size_t)text_find(p + pos, n - pos, old, on);
        memcpy(d, p + pos, skip);
        d += skip;
        memcpy(d, rep, rn);
        d += rn;
        pos += skip + on;
    }
    memcpy(d, p + pos, n - pos);
    return text_seal(vm, out, result);
}

Value bytes_replace_raw(VM *vm, const char *p, size_t n, const char *old, size_t on, const char *rep, size_t rn,
                        int64_t max) {
    return text_replace(vm, TEXT_BYTES, TEXT_BYTES, p, n, old, on, rep, rn, max);
}

/* ------------------------------------------------------------- strip */

enum { STRIP_LEFT = 1, STRIP_RIGHT = 2, STRIP_BOTH = 3 };

/* The characters strip() removes: whitespace, a byte table, or a list of
 * code points (for non-ASCII str arguments). */
typedef struct CharSet {
    TextKind kind;
    bool whitespace;
    bool table[256];
    const char *chars;   /* UTF-8 chars when the table is not enough */
    size_t nchars_bytes;
} CharSet;

static void charset_init(CharSet *cs, TextKind k, const char *chars, size_t n, bool ascii_chars) {
    cs->kind = k;
    cs->whitespace = chars == NULL;
    cs->chars = NULL;
    memset(cs->table, 0, sizeof cs->table);
    if (!chars) return;
    if (k == TEXT_BYTES || ascii_chars) {
        for (size_t i = 0; i < n; i++) cs->table[(unsigned char)chars[i]] = true;
    } else {
        cs->chars = chars;
        cs->nchars_bytes = n;
    }
}

static bool charset_has(const CharSet *cs, int32_t c) {
    if (cs->whitespace) return text_space(cs->kind, c);
    if (!cs->chars) return c < 256 && cs->table[c];
    for (size_t i = 0; i < cs->nchars_bytes;) {
        int32_t d;
        i += cp_decode(cs->chars + i, &d);
        if (d == c) return true;
    }
    return false;
}

static void strip_span(const CharSet *cs, const char *p, size_t n, int which, size_t *start, size_t *end) {
    size_t b = 0, e = n;
    int32_t c;
    if (which & STRIP_LEFT) {
        while (b < e) {
            size_t len = text_char(cs->kind, p + b, &c);
            if (!charset_has(cs, c)) break;
            b += len;
        }
    }
    if (which & STRIP_RIGHT) {
        while (e > b) {
            size_t s = text_prev(cs->kind, p, e);
            text_char(cs->kind, p + s, &c);
            if (!charset_has(cs, c)) break;
            e = s;
        }
    }
    *start = b;
    *end = e;
}

/* strip on raw bytes (chars NULL: ASCII whitespace), for lib_bytes.c. */
void bytes_strip_span(const char *p, size_t n, const char *chars, size_t cn, bool left, bool right, size_t *start,
                      size_t *end) {
    CharSet cs;
    charset_init(&cs, TEXT_BYTES, chars, cn, true);
    strip_span(&cs, p, n, (left ? STRIP_LEFT : 0) | (right ? STRIP_RIGHT : 0), start, end);
}

/* ------------------------------------------------------- ASCII case */

/* Case operations, named by a letter so lib_bytes.c can pass them too. */
typedef enum CaseOp {
    CASE_UPPER = 'U', CASE_LOWER = 'L', CASE_SWAP = 'S', CASE_TITLE = 'T', CASE_CAPITALIZE = 'C', CASE_FOLD = 'F'
} CaseOp;

static bool ascii_upper(int c) { return c >= 'A' && c <= 'Z'; }
static bool ascii_lower(int c) { return c >= 'a' && c <= 'z'; }
static int to_upper_ascii(int c) { return (unsigned)(c - 'a') < 26 ? c - 32 : c; }
static int to_lower_ascii(int c) { return (unsigned)(c - 'A') < 26 ? c + 32 : c; }

/* Where a case mapping stands: title() capitalises a letter that follows
 * an uncased character, capitalize() only the very first character. */
typedef struct CaseState {
    CaseOp op;
    bool prev_cased;
    bool started;
} CaseState;

static bool case_first(const CaseState *st) { return st->op == CASE_CAPITALIZE ? !st->started : !st->prev_cased; }

static int swap_ascii(int c) { return ascii_upper(c) ? c + 32 : ascii_lower(c) ? c - 32 : c; }

/* Map n ASCII bytes (other bytes are kept) from src to dst. */
static void ascii_case_run(const char *src, char *dst, size_t n, CaseState *st) {
    const unsigned char *u = (const unsigned char *)src;
    switch (st->op) {
    case CASE_UPPER:
        for (size_t i = 0; i < n; i++) dst[i] = (char)to_upper_ascii(u[i]);
        break;
    case CASE_LOWER: case CASE_FOLD:
        for (size_t i = 0; i < n; i++) dst[i] = (char)to_lower_ascii(u[i]);
        break;
    case CASE_SWAP:
        for (size_t i = 0; i < n; i++) dst[i] = (char)swap_ascii(u[i]);
        break;
    case CASE_TITLE: case CASE_CAPITALIZE:
        for (size_t i = 0; i < n; i++) {
            int c = case_first(st) ? to_upper_ascii(u[i]) : to_lower_ascii(u[i]);
            st->prev_cased = ascii_upper(c) || ascii_lower(c);
            st->started = true;
            dst[i] = (char)c;
        }
        break;
    }
}

/* Case-map ASCII bytes (other bytes are kept); op is a CaseOp letter. */
void ascii_case_map(const char *src, char *dst, size_t n, int op) {
    CaseState st = {(CaseOp)op, false, false};
    ascii_case_run(src, dst, n, &st);
}

/* ---------------------------------------------------- codecs, arguments */

/* The canonical name of a codec we implement ("utf-8", "ascii",
 * "latin-1"), or NULL. Names are normalised as Python does. */
const char *codec_canonical(const char *name) {
    static const struct {
        const char *alias, *canonical;
    } aliases[] = {
        {"utf_8", "utf-8"},       {"utf8", "utf-8"},        {"u8", "utf-8"},         {"utf", "utf-8"},
        {"cp65001", "utf-8"},     {"ascii", "ascii"},       {"us_ascii", "ascii"},   {"646", "ascii"},
        {"us", "ascii"},          {"latin_1", "latin-1"},   {"latin1", "latin-1"},   {"latin", "latin-1"},
        {"l1", "latin-1"},        {"iso_8859_1", "latin-1"}, {"iso8859_1", "latin-1"}, {"8859", "latin-1"},
        {"cp819", "latin-1"},     {"iso_ir_100", "latin-1"},
    };
    char norm[32];
    size_t n = 0;
    for (const char *p = name; *p; p++) {
        if (n + 1 >= sizeof norm) return NULL;
        char c = *p;
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        else if (c == '-' || c == ' ') c = '_';
        norm[n++] = c;
    }
    norm[n] = 0;
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
        if (strcmp(norm, aliases[i].alias) == 0) return aliases[i].canonical;
    return NULL;
}

/* Bind arguments (positional ones, then the values of kwnames) to the
 * parameters names[0..n) in out[]; absent ones are VT_UNDEF. Methods pass
 * the arguments after self. */

/* A start/end argument of find() and friends: None keeps *out. */
bool lib_slice_arg(VM *vm, Value v, int64_t *out) {
    if (IS_UNDEF(v) || IS_NONE(v)) return true;
    if (IS_INTLIKE(v)) {
        *out = AS_INT(v);
        return true;
    }
    if (IS_A(v, OT_INSTANCE)) return !IS_EXC(vm_index_value(vm, v, out));
    vm_raise(vm, EXC_TypeError, "slice indices must be integers or None or have an __index__ method");
    return false;
}

/* The type name that Python's argument-checking messages print ("None"
 * rather than "NoneType"). */
const char *arg_type_name(VM *vm, Value v) { return IS_NONE(v) ? "None" : vm_type_name(vm, v); }

/* An integer argument (maxsplit, count, width...); absent keeps *out. */
static bool int_arg(VM *vm, Value v, int64_t *out) {
    if (IS_UNDEF(v)) return true;
    return !IS_EXC(vm_index_value(vm, v, out));
}

/* ======================================================= str methods */

/* Start a method (call_native has checked self, as str.upper(x) may be
 * called unbound); STR_SELF also names it s. */
#define STR_METHOD (void)vm, (void)argc, (void)kwnames

#define STR_SELF \
    STR_METHOD;  \
    ObjStr *s = AS_STR(argv[0])

/* A str argument; fmt is the TypeError message, with %s for the type. */
static bool str_arg(VM *vm, Value v, const char *fmt, ObjStr **out) {
    if (IS_STR(v)) {
        *out = AS_STR(v);
        return true;
    }
    vm_raise(vm, EXC_TypeError, fmt, vm_type_name(vm, v));
    return false;
}

/* The same for arguments Python checks with its "argument N" messages. */
static bool str_param(VM *vm, Value v, const char *fmt, ObjStr **out) {
    if (IS_STR(v)) {
        *out = AS_STR(v);
        return true;
    }
    vm_raise(vm, EXC_TypeError, fmt, arg_type_name(vm, v));
    return false;
}

/* ---------------------------------------------------------- windows */

/* The code-point slice s[start:end] located in bytes. */
typedef struct Window {
    int64_t start, end;   /* code points, clamped */
    size_t b0, b1;        /* bytes */
} Window;

static bool window_args(VM *vm, ObjStr *s, Value start, Value end, Window *w) {
    w->start = 0;
    w->end = INT64_MAX;
    if (!lib_slice_arg(vm, start, &w->start) || !lib_slice_arg(vm, end, &w->end)) return false;
    text_clamp(&w->start, &w->end, s->nchars);
    if (w->start > w->end) {
        w->b0 = w->b1 = 0;
        return true;
    }
    w->b0 = str_byte_offset(s, w->start);
    if (STR_IS_ASCII(s) || w->end == (int64_t)s->nchars) {
        w->b1 = STR_IS_ASCII(s) ? (size_t)w->end : s->len;
        return true;
    }
    size_t off = w->b0;   /* walk on from b0 rather than from the start again */
    for (int64_t i = w->start; i < w->end; i++) off += cp_len((unsigned char)s->data[off]);
    w->b1 = off;
    return true;
}

/* Code-point index of byte offset off inside window w. */
static int64_t window_index(const ObjStr *s, const Window *w, size_t off) {
    if (STR_IS_ASCII(s)) return (int64_t)off;
    return w->start + (int64_t)cp_count(s->data + w->b0, off - w->b0);
}

/* ---------------------------------------------------- find family */

typedef enum FindMode { FIND_FORWARD, FIND_BACKWARD } FindMode;

/* Index of sub in s[start:end], -1 if absent, -2 on error. */
static int64_t find_in(VM *vm, int argc, Value *argv, FindMode mode) {
    ObjStr *s = AS_STR(argv[0]), *sub;
    Window w;
    if (!str_arg(vm, argv[1], "must be str, not %s", &sub)) return -2;
    if (!window_args(vm, s, argc > 2 ? argv[2] : V_UNDEF, argc > 3 ? argv[3] : V_UNDEF, &w)) return -2;
    if (w.end - w.start < (int64_t)sub->nchars) return -1;
    const char *p = s->data + w.b0;
    size_t n = w.b1 - w.b0;
    int64_t f = mode == FIND_FORWARD ? text_find(p, n, sub->data, sub->len) : text_rfind(p, n, sub->data, sub->len);
    return f < 0 ? -1 : window_index(s, &w, w.b0 + (size_t)f);
}

static Value found_or_raise(VM *vm, int64_t i) {
    if (i == -2) return V_EXC;
    if (i == -1) return vm_raise(vm, EXC_ValueError, "substring not found");
    return v_int(i);
}

NATIVE(str_find) {
    STR_METHOD;
    int64_t i = find_in(vm, argc, argv, FIND_FORWARD);
    return i == -2 ? V_EXC : v_int(i);
}

NATIVE(str_rfind) {
    STR_METHOD;
    int64_t i = find_in(vm, argc, argv, FIND_BACKWARD);
    return i == -2 ? V_EXC : v_int(i);
}

NATIVE(str_index) {
    STR_METHOD;
    return found_or_raise(vm, find_in(vm, argc, argv, FIND_FORWARD));
}

NATIVE(str_rindex) {
    STR_METHOD;
    return found_or_raise(vm, find_in(vm, argc, argv, FIND_BACKWARD));
}

NATIVE(str_count) {
    STR_SELF;
    ObjStr *sub;
    Window w;
    if (!str_arg(vm, argv[1], "must be str, not %s", &sub)) return V_EXC;
    if (!window_args(vm, s, argc > 2 ? argv[2] : V_UNDEF, argc > 3 ? argv[3] : V_UNDEF, &w)) return V_EXC;
    if (w.end - w.start < (int64_t)sub->nchars) return v_int(0);
    if (sub->len == 0) return v_int(w.end - w.start + 1);
    return v_int(text_count(s->data + w.b0, w.b1 - w.b0, sub->data, sub->len, INT64_MAX));
}

/* startswith/endswith of one candidate. */
static bool affix_match(ObjStr *s, const Window *w, ObjStr *affix, bool at_end) {
    if (w->end - w->start < (int64_t)affix->nchars) return false;
    size_t n = w->b1 - w->b0;
    if (affix->len > n) return false;
    const char *p = s->data + (at_end ? w->b1 - affix->len : w->b0);
    return memcmp(p, affix->data, affix->len) == 0;
}

static Value affix_method(VM *vm, int argc, Value *argv, const char *name, bool at_end) {
    ObjStr *s = AS_STR(argv[0]);
    Value what = argv[1];
    Window w;
    if (!IS_STR(what) && !IS_TUPLE(what))
        return vm_raise(vm, EXC_TypeError, "%s first arg must be str or a tuple of str, not %T", name, what);
    if (!window_args(vm, s, argc > 2 ? argv[2] : V_UNDEF, argc > 3 ? argv[3] : V_UNDEF, &w)) return V_EXC;
    if (IS_STR(what)) return v_bool(affix_match(s, &w, AS_STR(what), at_end));
    ObjTuple *t = AS_TUPLE(what);
    for (uint32_t i = 0; i < t->len; i++) {
        if (!IS_STR(t->items[i]))
            return vm_raise(vm, EXC_TypeError, "tuple for %s must only contain str, not %T", name, t->items[i]);
        if (affix_match(s, &w, AS_STR(t->items[i]), at_end)) return V_TRUE;
    }
    return V_FALSE;
}

NATIVE(str_startswith) {
    STR_METHOD;
    return affix_method(vm, argc, argv, "startswith", false);
}

NATIVE(str_endswith) {
    STR_METHOD;
    return affix_method(vm, argc, argv, "endswith", true);
}

/* ------------------------------------------------------ split family */

static bool split_args(VM *vm, const char *name, int argc, Value *argv, ObjTuple *kwnames, ObjStr **sep,
                       int64_t *max) {
    static const char *const names[] = {"sep", "maxsplit"};
    Value a[2];
    if (!lib_bind(vm, name, argc - 1, argv + 1, kwnames, names, 2, ARGS_CLINIC, a)) return false;
    *sep = NULL;
    *max = -1;
    if (!IS_UNDEF(a[0]) && !IS_NONE(a[0])) {
        if (!str_arg(vm, a[0], "must be str or None, not %s", sep)) return false;
        if ((*sep)->len == 0) {
            vm_raise(vm, EXC_ValueError, "empty separator");
            return false;
        }
    }
    return int_arg(vm, a[1], max);
}

static Value split_common(VM *vm, int argc, Value *argv, ObjTuple *kwnames, const char *name, bool right) {
    ObjStr *s = AS_STR(argv[0]), *sep;
    int64_t max;
    if (!split_args(vm, name, argc, argv, kwnames, &sep, &max)) return V_EXC;
    TextKind k = kind_of(s);
    if (!sep) return right ? rsplit_ws(vm, k, s->data, s->len, max) : split_ws(vm, k, s->data, s->len, max);
    if (right) return rsplit_sep(vm, k, argv[0], s->data, s->len, sep->data, sep->len, max);
    return split_sep(vm, k, argv[0], s->data, s->len, sep->data, sep->len, max);
}

NATIVE(str_split) { return split_common(vm, argc, argv, kwnames, "split", false); }

NATIVE(str_rsplit) { return split_common(vm, argc, argv, kwnames, "rsplit", true); }

NATIVE(str_splitlines) {
    STR_SELF;
    static const char *const names[] = {"keepends"};
    Value keep;
    if (!lib_bind(vm, "splitlines", argc - 1, argv + 1, kwnames, names, 1, ARGS_CLINIC, &keep)) return V_EXC;
    bool err = false, keepends = !IS_UNDEF(keep) && vm_truthy(vm, keep, &err);
    if (err) return V_EXC;
    TextKind k = kind_of(s);
    ObjList *l = list_new(vm, 0);
    size_t start = 0, i = 0;
    while (i < s->len) {
        int32_t c;
        size_t len = text_char(k, s->data + i, &c);
        if (!is_linebreak(k, c)) {
            i += len;
            continue;
        }
        size_t eol = i;
        i += len;
        if (c == '\r' && i < s->len && s->data[i] == '\n') i++;
        list_append(vm, l, text_piece(vm, k, s->data + start, (keepends ? i : eol) - start));
        start = i;
    }
    if (start < s->len) list_append(vm, l, text_piece(vm, k, s->data + start, s->len - start));
    return v_obj(l);
}

static Value partition_common(VM *vm, Value *argv, bool right) {
    ObjStr *s = AS_STR(argv[0]), *sep;
    if (!str_arg(vm, argv[1], "must be str, not %s", &sep)) return V_EXC;
    if (sep->len == 0) return vm_raise(vm, EXC_ValueError, "empty separator");
    TextKind k = kind_of(s);
    int64_t f = right ? text_rfind(s->data, s->len, sep->data, sep->len) : text_find(s->data, s->len, sep->data, sep->len);
    Value parts[3];
    if (f < 0) {
        parts[0] = parts[1] = parts[2] = v_obj(vm->empty_str);
        parts[right ? 2 : 0] = argv[0];
    } else {
        parts[0] = text_piece(vm, k, s->data, (size_t)f);
        parts[1] = argv[1];
        size_t after = (size_t)f + sep->len;
        parts[2] = text_piece(vm, k, s->data + after, s->len - after);
    }
    return v_obj(tuple_from(vm, parts, 3));
}

NATIVE(str_partition) {
    STR_METHOD;
    return partition_common(vm, argv, false);
}

NATIVE(str_rpartition) {
    STR_METHOD;
    return partition_common(vm, argv, true);
}

/* -------------------------------------------------------------- join */

/* An item to join: a str, or an instance of a str subclass (its str). */
static ObjStr *join_item(const Value *items, uint32_t i) {
    Value v = IS_WRAPPED(items[i]) ? vm_unwrap(items[i]) : items[i];
    return IS_STR(v) ? AS_STR(v) : NULL;
}

static Value join_items(VM *vm, ObjStr *sep, const Value *items, uint32_t n) {
    if (n == 0) return v_obj(vm->empty_str);
    uint64_t len = (uint64_t)sep->len * (n - 1);
    uint64_t nchars = (uint64_t)sep->nchars * (n - 1);
    bool ascii = STR_IS_ASCII(sep);
    for (uint32_t i = 0; i < n; i++) {
        ObjStr *it = join_item(items, i);
        if (!it) return vm_raise(vm, EXC_TypeError, "sequence item %u: expected str instance, %T found", i, items[i]);
        len += it->len;
        nchars += it->nchars;
        ascii = ascii && STR_IS_ASCII(it);
    }
    if (n == 1) return v_obj(join_item(items, 0));
    if (len > UINT32_MAX - 64) return vm_raise_value(vm, vm->memory_error);
    ObjStr *r = str_alloc(vm, (size_t)len);
    char *d = r->data;
    for (uint32_t i = 0; i < n; i++) {
        ObjStr *it = join_item(items, i);
        if (i && sep->len) {
            memcpy(d, sep->data, sep->len);
            d += sep->len;
        }
        memcpy(d, it->data, it->len);
        d += it->len;
    }
    r->nchars = (uint32_t)nchars;
    if (ascii) r->obj.flags |= STR_ASCII;
    return v_obj(r);
}

NATIVE(str_join) {
    STR_SELF;
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
    if (IS_LIST(seq)) return join_items(vm, s, AS_LIST(seq)->items, AS_LIST(seq)->len);
    return join_items(vm, s, AS_TUPLE(seq)->items, AS_TUPLE(seq)->len);
}

/* ----------------------------------------------------------- replace */

NATIVE(str_replace) {
    STR_SELF;
    ObjStr *old, *rep;
    int64_t max = -1;
    if (!str_param(vm, argv[1], "replace() argument 1 must be str, not %s", &old) ||
        !str_param(vm, argv[2], "replace() argument 2 must be str, not %s", &rep) ||
        (argc > 3 && !int_arg(vm, argv[3], &max)))
        return V_EXC;
    TextKind out = STR_IS_ASCII(s) && STR_IS_ASCII(rep) ? TEXT_ASCII : TEXT_UTF8;
    Value r = text_replace(vm, kind_of(s), out, s->data, s->len, old->data, old->len, rep->data, rep->len, max);
    return IS_UNDEF(r) ? argv[0] : r;
}

static Value affix_remove(VM *vm, Value *argv, const char *name, bool suffix) {
    ObjStr *s = AS_STR(argv[0]), *affix;
    if (!IS_STR(argv[1]))
        return vm_raise(vm, EXC_TypeError, "%s() argument must be str, not %s", name, arg_type_name(vm, argv[1]));
    affix = AS_STR(argv[1]);
    if (affix->len == 0 || affix->len > s->len) return argv[0];
    const char *at = suffix ? s->data + s->len - affix->len : s->data;
    if (memcmp(at, affix->data, affix->len) != 0) return argv[0];
    return text_piece(vm, kind_of(s), suffix ? s->data : s->data + affix->len, s->len - affix->len);
}

NATIVE(str_removeprefix) {
    STR_METHOD;
    return affix_remove(vm, argv, "removeprefix", false);
}

NATIVE(str_removesuffix) {
    STR_METHOD;
    return affix_remove(vm, argv, "removesuffix", true);
}

/* ------------------------------------------------------------- strip */

static Value strip_common(VM *vm, int argc, Value *argv, const char *name, int which) {
    ObjStr *s = AS_STR(argv[0]);
    Value chars = argc > 1 ? argv[1] : V_NONE;
    if (!IS_NONE(chars) && !IS_STR(chars)) return vm_raise(vm, EXC_TypeError, "%s arg must be None or str", name);
    CharSet cs;
    ObjStr *c = IS_STR(chars) ? AS_STR(chars) : NULL;
    charset_init(&cs, kind_of(s), c ? c->data : NULL, c ? c->len : 0, c && STR_IS_ASCII(c));
    size_t b, e;
    strip_span(&cs, s->data, s->len, which, &b, &e);
    if (b == 0 && e == s->len) return argv[0];
    return text_piece(vm, kind_of(s), s->data + b, e - b);
}

NATIVE(str_strip) {
    (void)kwnames;
    return strip_common(vm, argc, argv, "strip", STRIP_BOTH);
}

NATIVE(str_lstrip) {
    (void)kwnames;
    return strip_common(vm, argc, argv, "lstrip", STRIP_LEFT);
}

NATIVE(str_rstrip) {
    (void)kwnames;
    return strip_common(vm, argc, argv, "rstrip", STRIP_RIGHT);
}

/* ====================================================== Unicode cases */

static bool uni_lower(int32_t c) { return c < 0x80 ? ascii_lower(c) : utf8proc_islower(c); }
static bool uni_upper(int32_t c) { return c < 0x80 ? ascii_upper(c) : utf8proc_isupper(c); }
static bool uni_titlecase(int32_t c) { return c >= 0x80 && utf8proc_category(c) == UTF8PROC_CATEGORY_LT; }
static bool uni_cased(int32_t c) { return uni_lower(c) || uni_upper(c) || uni_titlecase(c); }

/* Letters and marks that case mapping looks through (the word-internal
 * punctuation and modifiers of Unicode's Case_Ignorable). */
static bool uni_case_ignorable(int32_t c) {
    if (c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' || c == 0xB7 || c == 0x2019) return true;
    switch (utf8proc_category(c)) {
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_ME: case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_SK:
        return true;
    default:
        return false;
    }
}

static int casefold_cp(int32_t c, int32_t *out) {
    int boundclass = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char(c, out, 3, UTF8PROC_CASEFOLD, &boundclass);
    if (n < 1 || n > 3) {
        out[0] = c;
        return 1;
    }
    return (int)n;
}

enum { CAPITAL_SIGMA = 0x3A3, SMALL_SIGMA = 0x3C3, FINAL_SIGMA = 0x3C2, CAPITAL_I_DOT = 0x130 };

/* Is a cased letter next to offset off (before it if back), looking
 * through case-ignorable characters? */
static bool cased_neighbour(const ObjStr *s, size_t off, bool back) {
    int32_t c;
    while (back ? off > 0 : off < s->len) {
        if (back) off = cp_prev(s->data, off);
        size_t len = cp_decode(s->data + off, &c);
        if (!back) off += len;
        if (!uni_case_ignorable(c)) return uni_cased(c);
    }
    return false;
}

/* Full lowercase of the character at byte off of s (final sigma aware). */
static int lower_at(const ObjStr *s, size_t off, int32_t c, int32_t *out) {
    if (c == CAPITAL_I_DOT) {
        out[0] = 'i';
        out[1] = 0x307;
        return 2;
    }
    if (c == CAPITAL_SIGMA) {
        size_t next = off + cp_len((unsigned char)s->data[off]);
        bool final = cased_neighbour(s, off, true) && !cased_neighbour(s, next, false);
        out[0] = final ? FINAL_SIGMA : SMALL_SIGMA;
        return 1;
    }
    out[0] = utf8proc_tolower(c);
    return 1;
}

/* Characters whose full mapping expands (U+00DF, U+FB01...) map through
 * their case folding: all upper, or the first cased one titled. */
static int expanded_case(int32_t c, bool title, int32_t *out) {
    int n = casefold_cp(c, out);
    bool titled = false;
    for (int i = 0; i < n; i++) {
        if (!title) out[i] = utf8proc_toupper(out[i]);
        else if (!titled && uni_cased(out[i])) out[i] = utf8proc_totitle(out[i]), titled = true;
    }
    return n;
}

static bool expands(int32_t c) {
    int32_t tmp[3];
    if (utf8proc_get_property(c)->casefold_seqindex == UINT16_MAX) return false;   /* folds to itself */
    return !uni_upper(c) && casefold_cp(c, tmp) > 1;
}

static int upper_cp(int32_t c, int32_t *out) {
    if (expands(c)) return expanded_case(c, false, out);
    out[0] = utf8proc_toupper(c);
    return 1;
}

static int title_cp(int32_t c, int32_t *out) {
    int32_t t = utf8proc_totitle(c);
    if (expands(c) && !uni_titlecase(t)) return expanded_case(c, true, out);
    out[0] = t;
    return 1;
}

/* Map the character at off by op into out[]; *cased says whether it was a
 * cased letter (for title()). */
static int map_char(const ObjStr *s, size_t off, int32_t c, CaseOp op, bool first, int32_t *out) {
    switch (op) {
    case CASE_UPPER: return upper_cp(c, out);
    case CASE_LOWER: return lower_at(s, off, c, out);
    case CASE_FOLD: return casefold_cp(c, out);
    case CASE_SWAP:
        if (uni_upper(c)) return lower_at(s, off, c, out);
        if (uni_lower(c)) return upper_cp(c, out);
        out[0] = c;
        return 1;
    case CASE_TITLE: case CASE_CAPITALIZE:
        return first ? title_cp(c, out) : lower_at(s, off, c, out);
    }
    return 0;
}

/* Length of the ASCII prefix of p[0..n), a word at a time. */
static size_t ascii_prefix(const char *p, size_t n) {
    size_t i = 0;
    for (uint64_t w; i + 8 <= n; i += 8) {
        memcpy(&w, p + i, 8);
        if (w & 0x8080808080808080ULL) break;
    }
    while (i < n && (unsigned char)p[i] < 0x80) i++;
    return i;
}

/* The str built in b, whose character count is already known. */
static Value sb_to_str(VM *vm, StrBuf *b, size_t nchars, bool ascii) {
    ObjStr *r = str_alloc(vm, b->len);
    if (b->len) memcpy(r->data, b->data, b->len);
    r->nchars = (uint32_t)nchars;
    if (ascii) r->obj.flags |= STR_ASCII;
    sb_free(b);
    return v_obj(r);
}

static Value case_map(VM *vm, ObjStr *s, CaseOp op) {
    CaseState st = {op, false, false};
    if (STR_IS_ASCII(s)) {
        ObjStr *r = str_alloc(vm, s->len);
        ascii_case_run(s->data, r->data, s->len, &st);
        return v_obj(ascii_done(r));
    }
    StrBuf b;
    sb_init(&b, vm);
    size_t nchars = 0;
    bool ascii = true;
    for (size_t off = 0; off < s->len;) {
        size_t run = ascii_prefix(s->data + off, s->len - off);
        if (run) {   /* ASCII stretches map in place, byte by byte */
            size_t at = b.len;
            sb_add(&b, s->data + off, run);
            ascii_case_run(s->data + off, b.data + at, run, &st);
            off += run;
            nchars += run;
            continue;
        }
        int32_t c, out[3];
        size_t len = cp_decode(s->data + off, &c);
        int n = map_char(s, off, c, op, case_first(&st), out);
        for (int i = 0; i < n; i++) {
            sb_add_codepoint(&b, (uint32_t)out[i]);
            ascii = ascii && out[i] < 0x80;
        }
        nchars += (size_t)n;
        st.prev_cased = uni_cased(c);
        st.started = true;
        off += len;
    }
    return sb_to_str(vm, &b, nchars, ascii);
}

#define CASE_METHOD(fname, op)      \
    NATIVE(fname) {                 \
        STR_SELF;                   \
        return case_map(vm, s, op); \
    }

CASE_METHOD(str_upper, CASE_UPPER)
CASE_METHOD(str_lower, CASE_LOWER)
CASE_METHOD(str_swapcase, CASE_SWAP)
CASE_METHOD(str_title, CASE_TITLE)
CASE_METHOD(str_capitalize, CASE_CAPITALIZE)
CASE_METHOD(str_casefold, CASE_FOLD)

/* ======================================================== predicates */

static bool uni_alpha(int32_t c) {
    if (c < 0x80) return ascii_upper(c) || ascii_lower(c);
    utf8proc_category_t cat = utf8proc_category(c);
    return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
}

static bool uni_decimal(int32_t c) {
    if (c < 0x80) return c >= '0' && c <= '9';
    return utf8proc_category(c) == UTF8PROC_CATEGORY_ND;
}

enum { FRACTION_SLASH = 0x2044 };

/* Digits are decimals plus other numbers whose compatibility form holds
 * exactly one decimal digit and is no fraction (superscripts, circled and
 * parenthesized digits, "1."). */
static bool uni_digit(int32_t c) {
    if (uni_decimal(c)) return true;
    if (c < 0x80 || utf8proc_category(c) != UTF8PROC_CATEGORY_NO) return false;
    int32_t d[8];
    int boundclass = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char(c, d, 8, UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT, &boundclass);
    if (n < 1 || n > 8) return false;
    int digits = 0;
    for (utf8proc_ssize_t i = 0; i < n; i++) {
        if (d[i] == FRACTION_SLASH) return false;
        digits += uni_decimal(d[i]);
    }
    return digits == 1;
}

static bool uni_numeric(int32_t c) {
    if (c < 0x80) return c >= '0' && c <= '9';
    utf8proc_category_t cat = utf8proc_category(c);
    return cat == UTF8PROC_CATEGORY_ND || cat == UTF8PROC_CATEGORY_NL || cat == UTF8PROC_CATEGORY_NO;
}

static bool uni_alnum(int32_t c) { return uni_alpha(c) || uni_numeric(c); }

static bool uni_printable(int32_t c) {
    if (c < 0x80) return c >= 0x20 && c < 0x7F;   /* the ASCII fast path */
    return unicode_printable(c);
}

static bool ident_start(int32_t c) {
    if (c < 0x80) return c == '_' || ascii_upper(c) || ascii_lower(c);
    return uni_alpha(c) || utf8proc_category(c) == UTF8PROC_CATEGORY_NL;
}

static bool ident_continue(int32_t c) {
    if (ident_start(c) || uni_decimal(c)) return true;
    utf8proc_category_t cat = utf8proc_category(c);
    return cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_MC || cat == UTF8PROC_CATEGORY_PC;
}

/* Every character satisfies pred (empty: `empty`). */
static Value all_chars(ObjStr *s, bool (*pred)(int32_t), bool empty) {
    if (s->len == 0) return v_bool(empty);
    for (size_t off = 0; off < s->len;) {
        int32_t c;
        off += cp_decode(s->data + off, &c);
        if (!pred(c)) return V_FALSE;
    }
    return V_TRUE;
}

#define PREDICATE(fname, pred, empty)     \
    NATIVE(fname) {                       \
        STR_SELF;                         \
        return all_chars(s, pred, empty); \
    }

PREDICATE(str_isalpha, uni_alpha, false)
PREDICATE(str_isdecimal, uni_decimal, false)
PREDICATE(str_isdigit, uni_digit, false)
PREDICATE(str_isnumeric, uni_numeric, false)
PREDICATE(str_isalnum, uni_alnum, false)
PREDICATE(str_isspace, uni_space, false)
PREDICATE(str_isprintable, uni_printable, true)

NATIVE(str_isascii) {
    STR_SELF;
    return v_bool(STR_IS_ASCII(s));
}

/* islower/isupper: some cased character, none of the other case. */
static Value case_predicate(ObjStr *s, bool want_upper) {
    bool cased = false;
    for (size_t off = 0; off < s->len;) {
        int32_t c;
        off += cp_decode(s->data + off, &c);
        bool up = uni_upper(c) || uni_titlecase(c), low = uni_lower(c);
        if (want_upper ? low || uni_titlecase(c) : up) return V_FALSE;
        cased = cased || (want_upper ? up : low);
    }
    return v_bool(cased);
}

NATIVE(str_islower) {
    STR_SELF;
    return case_predicate(s, false);
}

NATIVE(str_isupper) {
    STR_SELF;
    return case_predicate(s, true);
}

NATIVE(str_istitle) {
    STR_SELF;
    bool prev_cased = false, any = false;
    for (size_t off = 0; off < s->len;) {
        int32_t c;
        off += cp_decode(s->data + off, &c);
        if (uni_upper(c) || uni_titlecase(c)) {
            if (prev_cased) return V_FALSE;
            prev_cased = any = true;
        } else if (uni_lower(c)) {
            if (!prev_cased) return V_FALSE;
            any = true;
        } else {
            prev_cased = false;
        }
    }
    return v_bool(any);
}

NATIVE(str_isidentifier) {
    STR_SELF;
    if (s->len == 0) return V_FALSE;
    for (size_t off = 0; off < s->len;) {
        int32_t c;
        bool first = off == 0;
        off += cp_decode(s->data + off, &c);
        if (!(first ? ident_start(c) : ident_continue(c))) return V_FALSE;
    }
    return V_TRUE;
}

/* =========================================================== padding */

/* s with `left` and `right` copies of fill (UTF-8 bytes) around it. */
static Value pad(VM *vm, ObjStr *s, size_t left, size_t right, const char *fill, size_t fn) {
    size_t len = s->len + (left + right) * fn;
    ObjStr *r = str_alloc(vm, len);
    char *d = r->data;
    for (size_t i = 0; i < left; i++, d += fn) memcpy(d, fill, fn);
    memcpy(d, s->data, s->len);
    d += s->len;
    for (size_t i = 0; i < right; i++, d += fn) memcpy(d, fill, fn);
    r->nchars = s->nchars + (uint32_t)(left + right);
    if (STR_IS_ASCII(s) && fn == 1 && (unsigned char)fill[0] < 0x80) r->obj.flags |= STR_ASCII;
    return v_obj(r);
}

typedef enum Justify { JUSTIFY_LEFT, JUSTIFY_RIGHT, JUSTIFY_CENTER } Justify;

static Value justify(VM *vm, int argc, Value *argv, Justify how) {
    ObjStr *s = AS_STR(argv[0]);
    int64_t width;
    if (!int_arg(vm, argv[1], &width)) return V_EXC;
    const char *fill = " ";
    size_t fn = 1;
    if (argc > 2) {
        if (!IS_STR(argv[2]))
            return vm_raise(vm, EXC_TypeError, "The fill character must be a unicode character, not %T", argv[2]);
        if (AS_STR(argv[2])->nchars != 1)
            return vm_raise(vm, EXC_TypeError, "The fill character must be exactly one character long");
        fill = AS_STR(argv[2])->data;
        fn = AS_STR(argv[2])->len;
    }
    if (width <= (int64_t)s->nchars) return argv[0];
    if (width > (int64_t)UINT32_MAX) return vm_raise_value(vm, vm->memory_error);
    size_t marg = (size_t)width - s->nchars, left = 0;
    if (how == JUSTIFY_RIGHT) left = marg;
    else if (how == JUSTIFY_CENTER) left = marg / 2 + (marg & (size_t)width & 1);
    return pad(vm, s, left, marg - left, fill, fn);
}

NATIVE(str_ljust) {
    (void)kwnames;
    return justify(vm, argc, argv, JUSTIFY_LEFT);
}

NATIVE(str_rjust) {
    (void)kwnames;
    return justify(vm, argc, argv, JUSTIFY_RIGHT);
}

NATIVE(str_center) {
    (void)kwnames;
    return justify(vm, argc, argv, JUSTIFY_CENTER);
}

NATIVE(str_zfill) {
    STR_SELF;
    int64_t width;
    if (!int_arg(vm, argv[1], &width)) return V_EXC;
    if (width <= (int64_t)s->nchars) return argv[0];
    if (width > (int64_t)UINT32_MAX) return vm_raise_value(vm, vm->memory_error);
    Value r = pad(vm, s, (size_t)width - s->nchars, 0, "0", 1);
    ObjStr *z = AS_STR(r);
    if (s->len && (s->data[0] == '+' || s->data[0] == '-')) {   /* the sign goes first */
        z->data[0] = s->data[0];
        z->data[width - s->nchars] = '0';
    }
    return r;
}

NATIVE(str_expandtabs) {
    STR_SELF;
    static const char *const names[] = {"tabsize"};
    Value tabv;
    int64_t tab = 8;
    if (!lib_bind(vm, "expandtabs", argc - 1, argv + 1, kwnames, names, 1, ARGS_CLINIC, &tabv) ||
        !int_arg(vm, tabv, &tab))
        return V_EXC;
    if (!memchr(s->data, '\t', s->len)) return argv[0];
    StrBuf b;
    sb_init(&b, vm);
    int64_t col = 0;
    for (size_t off = 0; off < s->len;) {
        size_t len = cp_len((unsigned char)s->data[off]);
        char c = s->data[off];
        if (c == '\t') {
            for (int64_t n = tab > 0 ? tab - col % tab : 0; n > 0; n--, col++) sb_addc(&b, ' ');
        } else {
            sb_add(&b, s->data + off, len);
            col = c == '\n' || c == '\r' ? 0 : col + 1;
        }
        off += len;
    }
    return v_obj(sb_finish(&b));
}

/* ============================================================ encode */

/* "\xe9", "\u20ac" or "\U0001f600" for a code point in messages. */
static void add_escape(StrBuf *b, int32_t c) {
    if (c < 0x100) sb_addf(b, "\\x%02x", c);
    else if (c < 0x10000) sb_addf(b, "\\u%04x", c);
    else sb_addf(b, "\\U%08x", c);
}

static Value encode_error(VM *vm, const char *codec, ObjStr *s, size_t from, size_t to, int64_t pos, int64_t n,
                          const char *reason) {
    if (n == 1) {
        int32_t c;
        cp_decode(s->data + from, &c);
        StrBuf b;
        sb_init(&b, vm);
        add_escape(&b, c);
        ObjStr *esc = sb_finish(&b);
        return vm_raise(vm, EXC_UnicodeEncodeError, "'%s' codec can't encode character '%s' in position %lld: %s",
                        codec, esc->data, (long long)pos, reason);
    }
    (void)to;
    return vm_raise(vm, EXC_UnicodeEncodeError, "'%s' codec can't encode characters in position %lld-%lld: %s", codec,
                    (long long)pos, (long long)(pos + n - 1), reason);
}

/* Handle the unencodable run s[from..to) (n code points starting at code
 * point pos) as `errors` says; false after raising. */
static bool encode_run(VM *vm, StrBuf *b, const char *codec, const char *errors, ObjStr *s, size_t from, size_t to,
                       int64_t pos, int64_t n, int32_t limit) {
    const char *reason = limit == 0x80 ? "ordinal not in range(128)" : "ordinal not in range(256)";
    if (strcmp(errors, "strict") == 0) {
        encode_error(vm, codec, s, from, to, pos, n, reason);
        return false;
    }
    bool replace = strcmp(errors, "replace") == 0, backslash = strcmp(errors, "backslashreplace") == 0;
    bool xml = strcmp(errors, "xmlcharrefreplace") == 0;
    if (!replace && !backslash && !xml && strcmp(errors, "ignore") != 0) {
        vm_raise(vm, EXC_LookupError, "unknown error handler name '%s'", errors);
        return false;
    }
    for (size_t off = from; off < to;) {
        int32_t c;
        off += cp_decode(s->data + off, &c);
        if (replace) sb_addc(b, '?');
        else if (backslash) add_escape(b, c);
        else if (xml) sb_addf(b, "&#%d;", c);
    }
    return true;
}

/* Encode s in a one-byte codec whose code points are those below limit. */
static Value encode_narrow(VM *vm, ObjStr *s, const char *codec, const char *errors, int32_t limit) {
    StrBuf b;
    sb_init(&b, vm);
    int64_t pos = 0;
    for (size_t off = 0; off < s->len;) {
        int32_t c;
        size_t len = cp_decode(s->data + off, &c);
        if (c < limit) {
            sb_addc(&b, (char)c);
            off += len;
            pos++;
            continue;
        }
        size_t end = off;
        int64_t n = 0;
        while (end < s->len) {
            int32_t d;
            size_t dl = cp_decode(s->data + end, &d);
            if (d < limit) break;
            end += dl;
            n++;
        }
        if (!encode_run(vm, &b, codec, errors, s, off, end, pos, n, limit)) {
            sb_free(&b);
            return V_EXC;
        }
        off = end;
        pos += n;
    }
    ObjBytes *r = bytes_new(vm, b.data ? b.data : "", b.len);
    sb_free(&b);
    return v_obj(r);
}

/* s.encode(encoding, errors) with VT_UNDEF for defaults; fname names the
 * caller in type errors ("encode", "bytes"). Shared with lib_bytes.c. */
Value str_encode_value(VM *vm, ObjStr *s, Value encoding, Value errors, const char *fname) {
    static const char *const names[] = {"encoding", "errors"};
    Value a[2] = {encoding, errors};
    for (int i = 0; i < 2; i++)
        if (!IS_UNDEF(a[i]) && !IS_STR(a[i]))
            return vm_raise(vm, EXC_TypeError, "%s() argument '%s' must be str, not %s", fname, names[i],
                            arg_type_name(vm, a[i]));
    const char *enc = IS_UNDEF(encoding) ? "utf-8" : AS_STR(encoding)->data;
    const char *errs = IS_UNDEF(errors) ? "strict" : AS_STR(errors)->data;
    const char *codec = codec_canonical(enc);
    if (!codec) return vm_raise(vm, EXC_LookupError, "unknown encoding: %s", enc);
    if (strcmp(codec, "utf-8") == 0 || STR_IS_ASCII(s)) return v_obj(bytes_new(vm, s->data, s->len));
    return encode_narrow(vm, s, codec, errs, strcmp(codec, "ascii") == 0 ? 0x80 : 0x100);
}

NATIVE(str_encode) {
    STR_SELF;
    static const char *const names[] = {"encoding", "errors"};
    Value a[2];
    if (!lib_bind(vm, "encode", argc - 1, argv + 1, kwnames, names, 2, ARGS_CLINIC, a)) return V_EXC;
    return str_encode_value(vm, s, a[0], a[1], "encode");
}

/* ========================================================= translate */

static bool maketrans_key(VM *vm, Value k, Value *out) {
    if (IS_INTLIKE(k)) {
        *out = v_int(AS_INT(k));
        return true;
    }
    if (!IS_STR(k)) {
        vm_raise(vm, EXC_TypeError, "keys in translate table must be strings or integers");
        return false;
    }
    if (AS_STR(k)->nchars != 1) {
        vm_raise(vm, EXC_ValueError, "string keys in translate table must be of length 1");
        return false;
    }
    int32_t c;
    cp_decode(AS_STR(k)->data, &c);
    *out = v_int(c);
    return true;
}

static Value maketrans_dict(VM *vm, Value x) {
    if (!IS_DICT(x))
        return vm_raise(vm, EXC_TypeError, "if you give only one argument to maketrans it must be a dict");
    ObjDict *d = dict_new(vm);
    uint32_t pos = 0;
    DictEntry *e;
    while (dict_next(&AS_DICT(x)->d, &pos, &e)) {
        Value key;
        if (!maketrans_key(vm, e->key, &key) || !dict_set(vm, &d->d, key, e->value)) return V_EXC;
    }
    return v_obj(d);
}

NATIVE(str_maketrans) {
    (void)kwnames;
    /* registered without arity limits: the VM counts a self that static methods lack */
    if (argc < 1) return vm_raise(vm, EXC_TypeError, "maketrans expected at least 1 argument, got %d", argc);
    if (argc > 3) return vm_raise(vm, EXC_TypeError, "maketrans expected at most 3 arguments, got %d", argc);
    if (argc == 1) return maketrans_dict(vm, argv[0]);
    if (!IS_STR(argv[0]))
        return vm_raise(vm, EXC_TypeError, "first maketrans argument must be a string if there is a second argument");
    for (int i = 1; i < argc; i++)
        if (!IS_STR(argv[i]))
            return vm_raise(vm, EXC_TypeError, "maketrans() argument %d must be str, not %s", i + 1,
                            arg_type_name(vm, argv[i]));
    ObjStr *x = AS_STR(argv[0]), *y = AS_STR(argv[1]);
    if (x->nchars != y->nchars)
        return vm_raise(vm, EXC_ValueError, "the first two maketrans arguments must have equal length");
    ObjDict *d = dict_new(vm);
    for (size_t i = 0, j = 0; i < x->len;) {
        int32_t a, b;
        i += cp_decode(x->data + i, &a);
        j += cp_decode(y->data + j, &b);
        if (!dict_set(vm, &d->d, v_int(a), v_int(b))) return V_EXC;
    }
    if (argc > 2) {
        ObjStr *z = AS_STR(argv[2]);
        for (size_t i = 0; i < z->len;) {
            int32_t c;
            i += cp_decode(z->data + i, &c);
            if (!dict_set(vm, &d->d, v_int(c), V_NONE)) return V_EXC;
        }
    }
    return v_obj(d);
}

/* table[c]: the mapping's value, V_UNDEF when c is not mapped, V_EXC. */
static Value translate_lookup(VM *vm, Value table, int32_t c) {
    Value key = v_int(c);
    if (IS_DICT(table)) {
        Value out;
        bool err = false;
        if (dict_get(vm, &AS_DICT(table)->d, key, &out, &err)) return out;
        return err ? V_EXC : V_UNDEF;
    }
    Value r = vm_getitem(vm, table, key);
    if (IS_EXC(r) && exc_matches(vm, vm->exc, EXC_LookupError)) {
        vm->exc = V_NONE;
        return V_UNDEF;
    }
    return r;
}

static bool translate_add(VM *vm, StrBuf *b, Value m, int32_t c) {
    if (IS_UNDEF(m)) sb_add_codepoint(b, (uint32_t)c);
    else if (IS_STR(m)) sb_add_str(b, AS_STR(m));
    else if (IS_INTLIKE(m)) {
        if (AS_INT(m) < 0 || AS_INT(m) >= 0x110000) {
            vm_raise(vm, EXC_ValueError, "character mapping must be in range(0x110000)");
            return false;
        }
        sb_add_codepoint(b, (uint32_t)AS_INT(m));
    } else if (!IS_NONE(m)) {
        vm_raise(vm, EXC_TypeError, "character mapping must return integer, None or str");
        return false;
    }
    return true;
}

NATIVE(str_translate) {
    STR_SELF;
    StrBuf b;
    sb_init(&b, vm);
    for (size_t off = 0; off < s->len;) {
        int32_t c;
        off += cp_decode(s->data + off, &c);
        Value m = translate_lookup(vm, argv[1], c);
        if (IS_EXC(m) || !translate_add(vm, &b, m, c)) {
            sb_free(&b);
            return V_EXC;
        }
    }
    return v_obj(sb_finish(&b));
}

/* ============================================================ format */

NATIVE(str_format) {
    return str_format_method(vm, AS_STR(argv[0]), argc - 1, argv + 1, kwnames);
}

NATIVE(str_format_map_m) {
    STR_SELF;
    return str_format_map(vm, s, argv[1]);
}

NATIVE(str_dunder_format) {
    STR_SELF;
    if (!IS_STR(argv[1])) return vm_raise(vm, EXC_TypeError, "__format__() argument must be str, not %T", argv[1]);
    return vm_format(vm, v_obj(s), AS_STR(argv[1]));
}

/* ============================================================= ascii */

Value ascii_of(VM *vm, Value v) {
    Value r = vm_repr(vm, v);
    if (IS_EXC(r) || STR_IS_ASCII(AS_STR(r))) return r;
    ObjStr *s = AS_STR(r);
    StrBuf b;
    sb_init(&b, vm);
    for (size_t off = 0; off < s->len;) {
        int32_t c;
        size_t len = cp_decode(s->data + off, &c);
        if (c < 0x80) sb_addc(&b, (char)c);
        else add_escape(&b, c);
        off += len;
    }
    return v_obj(sb_finish(&b));
}

/* ========================================================== register */

void lib_str_methods(VM *vm, ObjClass *c) {
    static const LibFn methods[] = {
        {"split", str_split, 1, 3, NATIVE_KW | NATIVE_ARITY_CLINIC},         {"rsplit", str_rsplit, 1, 3, NATIVE_KW | NATIVE_ARITY_CLINIC},
        {"splitlines", str_splitlines, 1, 2, NATIVE_KW | NATIVE_ARITY_CLINIC}, {"join", str_join, 2, 2, 0},
        {"strip", str_strip, 1, 2, 0},                 {"lstrip", str_lstrip, 1, 2, 0},
        {"rstrip", str_rstrip, 1, 2, 0},               {"replace", str_replace, 3, 4, 0},
        {"startswith", str_startswith, 2, 4, NATIVE_ARITY_CLINIC},       {"endswith", str_endswith, 2, 4, NATIVE_ARITY_CLINIC},
        {"find", str_find, 2, 4, NATIVE_ARITY_CLINIC},                   {"rfind", str_rfind, 2, 4, NATIVE_ARITY_CLINIC},
        {"index", str_index, 2, 4, NATIVE_ARITY_CLINIC},                 {"rindex", str_rindex, 2, 4, NATIVE_ARITY_CLINIC},
        {"count", str_count, 2, 4, NATIVE_ARITY_CLINIC},                 {"upper", str_upper, 1, 1, 0},
        {"lower", str_lower, 1, 1, 0},                 {"capitalize", str_capitalize, 1, 1, 0},
        {"title", str_title, 1, 1, 0},                 {"swapcase", str_swapcase, 1, 1, 0},
        {"casefold", str_casefold, 1, 1, 0},           {"isalpha", str_isalpha, 1, 1, 0},
        {"isdigit", str_isdigit, 1, 1, 0},             {"isdecimal", str_isdecimal, 1, 1, 0},
        {"isnumeric", str_isnumeric, 1, 1, 0},         {"isalnum", str_isalnum, 1, 1, 0},
        {"isspace", str_isspace, 1, 1, 0},             {"isupper", str_isupper, 1, 1, 0},
        {"islower", str_islower, 1, 1, 0},             {"istitle", str_istitle, 1, 1, 0},
        {"isidentifier", str_isidentifier, 1, 1, 0},   {"isprintable", str_isprintable, 1, 1, 0},
        {"isascii", str_isascii, 1, 1, 0},             {"center", str_center, 2, 3, 0},
        {"ljust", str_ljust, 2, 3, 0},                 {"rjust", str_rjust, 2, 3, 0},
        {"zfill", str_zfill, 2, 2, 0},                 {"expandtabs", str_expandtabs, 1, 2, NATIVE_KW | NATIVE_ARITY_CLINIC},
        {"partition", str_partition, 2, 2, 0},         {"rpartition", str_rpartition, 2, 2, 0},
        {"format", str_format, 1, -1, NATIVE_KW},      {"format_map", str_format_map_m, 2, 2, 0},
        {"encode", str_encode, 1, 3, NATIVE_KW | NATIVE_ARITY_CLINIC},       {"removeprefix", str_removeprefix, 2, 2, 0},
        {"removesuffix", str_removesuffix, 2, 2, 0},   {"maketrans", str_maketrans, 0, -1, NATIVE_STATIC},
        {"translate", str_translate, 2, 2, 0},         {"__format__", str_dunder_format, 2, 2, 0},
    };
    lib_add_methods(vm, c, methods, LIB_COUNT(methods));
}
