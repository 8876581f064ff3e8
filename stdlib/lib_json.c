/* lib_json.c - the json module: dumps/dump producing exactly the text of
 * Python's json.dumps (all its keyword options), loads/load with Python's
 * decoder semantics and its error messages (json.JSONDecodeError, a
 * ValueError subclass created here). */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "lib.h"

#define NATIVE(name) static Value name(VM *vm, int argc, Value *argv, ObjTuple *kwnames)

/* ------------------------------------------------------------ utf-8 */

/* Decode the code point at *p (valid UTF-8) and advance past it. */
static uint32_t utf8_next(const unsigned char **p) {
    const unsigned char *s = *p;
    uint32_t c = s[0];
    int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (n == 2) c = (c & 0x1Fu) << 6 | (s[1] & 0x3Fu);
    else if (n == 3) c = (c & 0x0Fu) << 12 | (s[1] & 0x3Fu) << 6 | (s[2] & 0x3Fu);
    else if (n == 4) c = (c & 0x07u) << 18 | (s[1] & 0x3Fu) << 12 | (s[2] & 0x3Fu) << 6 | (s[3] & 0x3Fu);
    *p = s + n;
    return c;
}

/* ============================================================ encoding */

/* Nesting deeper than the recursion limit is a RecursionError, as in
 * Python; the C recursion is also capped so a huge limit cannot overflow
 * the C stack. */
enum { JSON_MAX_C_DEPTH = 10000 };

static int depth_limit(VM *vm) {
    return vm->recursion_limit < JSON_MAX_C_DEPTH ? vm->recursion_limit : JSON_MAX_C_DEPTH;
}

typedef struct Encoder {
    VM *vm;
    StrBuf out;
    ObjStr *indent;          /* NULL: everything on one line */
    ObjStr *item_sep, *key_sep;
    Value default_fn;        /* VT_UNDEF or None: no default */
    bool sort_keys, ensure_ascii, skipkeys, allow_nan, check_circular;
    ObjList *active;         /* containers being encoded, for cycle detection */
    int depth;               /* nesting, default() calls included */
    int level;               /* indentation level: containers only */
} Encoder;

static bool enc_value(Encoder *e, Value v);

static void enc_hex4(Encoder *e, uint32_t u) { sb_addf(&e->out, "\\u%04x", u); }

static void enc_codepoint(Encoder *e, uint32_t c) {
    switch (c) {
    case '"': sb_adds(&e->out, "\\\""); return;
    case '\\': sb_adds(&e->out, "\\\\"); return;
    case '\n': sb_adds(&e->out, "\\n"); return;
    case '\r': sb_adds(&e->out, "\\r"); return;
    case '\t': sb_adds(&e->out, "\\t"); return;
    case '\b': sb_adds(&e->out, "\\b"); return;
    case '\f': sb_adds(&e->out, "\\f"); return;
    default: break;
    }
    if (c < 0x20 || (e->ensure_ascii && c >= 0x7F && c < 0x10000)) {
        enc_hex4(e, c);
    } else if (e->ensure_ascii && c >= 0x10000) {
        enc_hex4(e, 0xD800 | ((c - 0x10000) >> 10));
        enc_hex4(e, 0xDC00 | ((c - 0x10000) & 0x3FF));
    } else {
        sb_add_codepoint(&e->out, c);
    }
}

static void enc_string(Encoder *e, ObjStr *s) {
    sb_addc(&e->out, '"');
    const unsigned char *p = (const unsigned char *)s->data, *end = p + s->len;
    while (p < end) {
        const unsigned char *run = p;   /* copy plain ASCII runs in one go */
        while (p < end && *p >= 0x20 && *p < 0x7F && *p != '"' && *p != '\\') p++;
        sb_add(&e->out, (const char *)run, (size_t)(p - run));
        if (p < end) enc_codepoint(e, utf8_next(&p));
    }
    sb_addc(&e->out, '"');
}

static bool enc_float(Encoder *e, double d) {
    if (isfinite(d)) {
        char buf[40];
        float_repr_buf(d, buf, sizeof buf);
        sb_adds(&e->out, buf);
        return true;
    }
    if (!e->allow_nan) {
        vm_raise(e->vm, EXC_ValueError, "Out of range float values are not JSON compliant");
        return false;
    }
    sb_adds(&e->out, isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
    return true;
}

static void enc_newline(Encoder *e) {
    if (!e->indent) return;
    sb_addc(&e->out, '\n');
    for (int i = 0; i < e->level; i++) sb_add_str(&e->out, e->indent);
}

/* Enter container v: checks depth and cycles, then opens it. */
static bool enc_enter(Encoder *e, Value v, char open) {
    VM *vm = e->vm;
    if (e->depth >= depth_limit(vm)) {
        vm_raise(vm, EXC_RecursionError, "maximum recursion depth exceeded while encoding a JSON object");
        return false;
    }
    if (e->check_circular) {
        for (uint32_t i = 0; i < e->active->len; i++)
            if (v_same(e->active->items[i], v)) {
                vm_raise(vm, EXC_ValueError, "Circular reference detected");
                return false;
            }
        list_append(vm, e->active, v);
    }
    e->depth++;
    if (open) {
        e->level++;
        sb_addc(&e->out, open);
    }
    return true;
}

static void enc_leave(Encoder *e, char close) {
    if (e->check_circular) e->active->len--;
    e->depth--;
    if (!close) return;
    e->level--;
    enc_newline(e);
    sb_addc(&e->out, close);
}

static void enc_separator(Encoder *e, bool first) {
    if (!first) sb_add_str(&e->out, e->item_sep);
    enc_newline(e);
}

static bool enc_array(Encoder *e, Value v) {
    bool is_list = IS_LIST(v);
    uint32_t n = is_list ? AS_LIST(v)->len : AS_TUPLE(v)->len;
    if (n == 0) {
        sb_adds(&e->out, "[]");
        return true;
    }
    if (!enc_enter(e, v, '[')) return false;
    /* re-read the length: a default() function may change the list */
    for (uint32_t i = 0; i < (is_list ? AS_LIST(v)->len : n); i++) {
        enc_separator(e, i == 0);
        if (!enc_value(e, is_list ? AS_LIST(v)->items[i] : AS_TUPLE(v)->items[i])) return false;
    }
    enc_leave(e, ']');
    return true;
}

/* The text of a dict key (str, float, bool, None, int), or NULL: skip it
 * (skipkeys) or, with an exception pending, fail. */
static ObjStr *enc_key_text(Encoder *e, Value k, bool *failed) {
    VM *vm = e->vm;
    *failed = false;
    if (IS_STR(k)) return AS_STR(k);
    if (IS_BOOL(k)) return str_from_cstr(vm, AS_BOOL(k) ? "true" : "false");
    if (IS_NONE(k)) return str_from_cstr(vm, "null");
    if (IS_INT(k)) return int_repr(vm, AS_INT(k));
    if (IS_FLOAT(k)) {
        size_t mark = e->out.len;
        if (!enc_float(e, AS_FLOAT(k))) {
            *failed = true;
            return NULL;
        }
        ObjStr *s = str_new(vm, e->out.data + mark, e->out.len - mark);
        e->out.len = mark;
        return s;
    }
    if (!e->skipkeys) {
        vm_raise(vm, EXC_TypeError, "keys must be str, int, float, bool or None, not %T", k);
        *failed = true;
    }
    return NULL;
}

/* The dict's (key, value) pairs as a list, sorted if asked. */
static Value dict_items_list(Encoder *e, ObjDict *d) {
    VM *vm = e->vm;
    ObjList *items = list_new(vm, d->d.count);
    uint32_t pos = 0;
    DictEntry *ent;
    while (dict_next(&d->d, &pos, &ent)) {
        Value kv[2] = {ent->key, ent->value};
        list_append(vm, items, v_obj(tuple_from(vm, kv, 2)));
    }
    if (e->sort_keys) {
        Value r = list_sort(vm, items, V_NONE, false);
        if (IS_EXC(r)) return r;
    }
    return v_obj(items);
}

static bool enc_object(Encoder *e, Value v) {
    ObjDict *d = AS_DICT(v);
    if (d->d.count == 0) {
        sb_adds(&e->out, "{}");
        return true;
    }
    if (!enc_enter(e, v, '{')) return false;
    Value items = dict_items_list(e, d);
    if (IS_EXC(items)) return false;
    bool first = true;
    for (uint32_t i = 0; i < AS_LIST(items)->len; i++) {
        ObjTuple *kv = AS_TUPLE(AS_LIST(items)->items[i]);
        bool failed;
        ObjStr *key = enc_key_text(e, kv->items[0], &failed);
        if (failed) return false;
        if (!key) continue;
        enc_separator(e, first);
        first = false;
        enc_string(e, key);
        sb_add_str(&e->out, e->key_sep);
        if (!enc_value(e, kv->items[1])) return false;
    }
    enc_leave(e, '}');
    return true;
}

/* Neither JSON type: encode what default(v) returns in v's place. */
static bool enc_other(Encoder *e, Value v) {
    VM *vm = e->vm;
    if (IS_UNDEF(e->default_fn) || IS_NONE(e->default_fn)) {
        vm_raise(vm, EXC_TypeError, "Object of type %T is not JSON serializable", v);
        return false;
    }
    if (!enc_enter(e, v, 0)) return false;
    Value r = vm_call(vm, e->default_fn, 1, &v);
    if (IS_EXC(r) || !enc_value(e, r)) return false;
    enc_leave(e, 0);
    return true;
}

static bool enc_value(Encoder *e, Value v) {
    switch ((ValueType)v.type) {
    case VT_NONE: sb_adds(&e->out, "null"); return true;
    case VT_BOOL: sb_adds(&e->out, AS_BOOL(v) ? "true" : "false"); return true;
    case VT_INT: sb_addf(&e->out, "%lld", (long long)AS_INT(v)); return true;
    case VT_FLOAT: return enc_float(e, AS_FLOAT(v));
    default: break;
    }
    if (IS_STR(v)) {
        enc_string(e, AS_STR(v));
        return true;
    }
    if (IS_LIST(v) || IS_TUPLE(v)) return enc_array(e, v);
    if (IS_DICT(v)) return enc_object(e, v);
    return enc_other(e, v);
}

/* ------------------------------------------------------- dumps options */

enum { D_OBJ, D_SKIPKEYS, D_ENSURE_ASCII, D_CHECK_CIRCULAR, D_ALLOW_NAN, D_CLS, D_INDENT, D_SEPARATORS,
       D_DEFAULT, D_SORT_KEYS, D_COUNT };

static const char *const dumps_params[D_COUNT] = {
    "obj", "*skipkeys", "*ensure_ascii", "*check_circular", "*allow_nan", "*cls", "*indent", "*separators",
    "*default", "*sort_keys",
};

static bool flag_option(VM *vm, Value v, bool dflt, bool *out) {
    bool err = false;
    *out = IS_UNDEF(v) ? dflt : vm_truthy(vm, v, &err);
    return !err;
}

static bool indent_option(VM *vm, Value v, ObjStr **out) {
    *out = NULL;
    if (IS_UNDEF(v) || IS_NONE(v)) return true;
    if (IS_STR(v)) {
        *out = AS_STR(v);
        return true;
    }
    if (!IS_INTLIKE(v)) {
        vm_raise(vm, EXC_TypeError, "can't multiply sequence by non-int of type '%T'", v);
        return false;
    }
    StrBuf b;
    sb_init(&b, vm);
    for (int64_t i = 0; i < AS_INT(v); i++) sb_addc(&b, ' ');
    *out = sb_finish(&b);
    return true;
}

static bool separators_option(VM *vm, Value v, Encoder *e) {
    bool compact_default = e->indent != NULL;
    e->item_sep = str_from_cstr(vm, compact_default ? "," : ", ");
    e->key_sep = str_from_cstr(vm, ": ");
    if (IS_UNDEF(v) || IS_NONE(v)) return true;
    Value l = list_from_iterable(vm, v);
    if (IS_EXC(l)) return false;
    ObjList *seps = AS_LIST(l);
    if (seps->len != 2) {
        if (seps->len > 2) vm_raise(vm, EXC_ValueError, "too many values to unpack (expected 2)");
        else vm_raise(vm, EXC_ValueError, "not enough values to unpack (expected 2, got %u)", seps->len);
        return false;
    }
    for (int i = 0; i < 2; i++)
        if (!IS_STR(seps->items[i])) {
            vm_raise(vm, EXC_TypeError, "make_encoder() argument %d must be str, not %T", 6 + i, seps->items[i]);
            return false;
        }
    e->item_sep = AS_STR(seps->items[0]);
    e->key_sep = AS_STR(seps->items[1]);
    return true;
}

static bool encoder_init(VM *vm, Encoder *e, const Value *opt) {
    memset(e, 0, sizeof *e);
    e->vm = vm;
    e->default_fn = opt[D_DEFAULT];
    e->active = list_new(vm, 0);
    if (!IS_UNDEF(opt[D_CLS]) && !IS_NONE(opt[D_CLS])) {
        vm_raise(vm, EXC_TypeError, "dumps(): custom encoder classes (cls=) are not supported");
        return false;
    }
    return flag_option(vm, opt[D_SKIPKEYS], false, &e->skipkeys) &&
           flag_option(vm, opt[D_ENSURE_ASCII], true, &e->ensure_ascii) &&
           flag_option(vm, opt[D_CHECK_CIRCULAR], true, &e->check_circular) &&
           flag_option(vm, opt[D_ALLOW_NAN], true, &e->allow_nan) &&
           flag_option(vm, opt[D_SORT_KEYS], false, &e->sort_keys) &&
           indent_option(vm, opt[D_INDENT], &e->indent) && separators_option(vm, opt[D_SEPARATORS], e);
}

static Value encode(VM *vm, const Value *opt) {
    Encoder e;
    if (!encoder_init(vm, &e, opt)) return V_EXC;
    sb_init(&e.out, vm);
    if (!enc_value(&e, opt[D_OBJ])) {
        sb_free(&e.out);
        return V_EXC;
    }
    return v_obj(sb_finish(&e.out));
}

NATIVE(j_dumps) {
    Value opt[D_COUNT];
    if (!lib_bind(vm, "JSONEncoder.__init__", argc, argv, kwnames, dumps_params, D_COUNT, ARGS_PYTHON, opt)) return V_EXC;
    return encode(vm, opt);
}

/* dump(obj, fp, **options): fp.write(dumps(obj, **options)) */
NATIVE(j_dump) {
    (void)argc;
    int nkw = kwnames ? (int)kwnames->len : 0;
    Value fp = argv[1];
    Value rest[D_COUNT];
    if (nkw >= D_COUNT) return vm_raise(vm, EXC_TypeError, "dump() got too many keyword arguments");
    rest[0] = argv[0];
    memcpy(rest + 1, argv + 2, (size_t)nkw * sizeof(Value));
    Value opt[D_COUNT];
    if (!lib_bind(vm, "JSONEncoder.__init__", 1 + nkw, rest, kwnames, dumps_params, D_COUNT, ARGS_PYTHON, opt)) return V_EXC;
    Value text = encode(vm, opt);
    if (IS_EXC(text)) return text;
    Value write = vm_getattr(vm, fp, str_intern(vm, "write", 5));
    if (IS_EXC(write)) return write;
    Value r = vm_call(vm, write, 1, &text);
    return IS_EXC(r) ? r : V_NONE;
}

/* ============================================================ decoding */

typedef struct Decoder {
    VM *vm;
    ObjClass *error_cls;    /* json.JSONDecodeError */
    ObjStr *doc;
    const char *s;
    size_t len;
    int depth;
} Decoder;

static size_t char_index(const Decoder *d, size_t byte_pos) {
    size_t n = 0;
    for (size_t i = 0; i < byte_pos; i++) n += ((unsigned char)d->s[i] & 0xC0) != 0x80;
    return n;
}

static void set_attr(VM *vm, Value obj, const char *name, Value v) {
    dict_set_str(vm, vm_instance_dict(obj), str_intern(vm, name, strlen(name)), v);
}

/* Raise JSONDecodeError(msg) at byte offset pos, with Python's attributes
 * and its "msg: line L column C (char P)" text (positions in characters). */
static Value dec_error(Decoder *d, const char *msg, size_t pos) {
    VM *vm = d->vm;
    size_t cpos = char_index(d, pos), line = 1, line_start = 0;
    for (size_t i = 0; i < pos; i++)
        if (d->s[i] == '\n') {
            line++;
            line_start = i + 1;
        }
    size_t col = cpos - char_index(d, line_start) + 1;
    Value text = v_obj(str_printf(vm, "%s: line %zu column %zu (char %zu)", msg, line, col, cpos));
    Value exc = exc_new(vm, d->error_cls, tuple_from(vm, &text, 1));
    set_attr(vm, exc, "msg", v_obj(str_from_cstr(vm, msg)));
    set_attr(vm, exc, "doc", v_obj(d->doc));
    set_attr(vm, exc, "pos", v_int((int64_t)cpos));
    set_attr(vm, exc, "lineno", v_int((int64_t)line));
    set_attr(vm, exc, "colno", v_int((int64_t)col));
    return vm_raise_value(vm, exc);
}

static size_t skip_ws(const Decoder *d, size_t i) {
    while (i < d->len && (d->s[i] == ' ' || d->s[i] == '\t' || d->s[i] == '\n' || d->s[i] == '\r')) i++;
    return i;
}

static bool at(const Decoder *d, size_t i, char c) { return i < d->len && d->s[i] == c; }

static bool is_digit_at(const Decoder *d, size_t i) { return i < d->len && d->s[i] >= '0' && d->s[i] <= '9'; }

static Value dec_value(Decoder *d, size_t i, size_t *end);

/* Four hex digits at i, or -1. */
static int32_t hex4(const Decoder *d, size_t i) {
    if (i + 4 > d->len) return -1;
    int32_t v = 0;
    for (size_t k = i; k < i + 4; k++) {
        char c = d->s[k];
        int h = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (h < 0) return -1;
        v = v * 16 + h;
    }
    return v;
}

/* A \uXXXX escape whose 'u' is at i (a surrogate pair takes two): the code
 * point, *end after it. Lone surrogates, which Aster strings cannot hold,
 * become U+FFFD. */
static int32_t dec_unicode_escape(Decoder *d, size_t i, size_t *end) {
    int32_t c = hex4(d, i + 1);
    if (c < 0) return -1;
    *end = i + 5;
    if (c >= 0xDC00 && c <= 0xDFFF) return 0xFFFD;
    if (c < 0xD800 || c > 0xDBFF) return c;
    int32_t lo = at(d, i + 5, '\\') && at(d, i + 6, 'u') ? hex4(d, i + 7) : -1;
    if (lo < 0xDC00 || lo > 0xDFFF) return 0xFFFD;
    *end = i + 11;
    return 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00);
}

static int simple_escape(char c) {
    switch (c) {
    case '"': return '"';
    case '\\': return '\\';
    case '/': return '/';
    case 'b': return '\b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    default: return -1;
    }
}

/* The string whose opening quote is at `quote`. */
static Value dec_string(Decoder *d, size_t quote, size_t *end) {
    StrBuf b;
    sb_init(&b, d->vm);
    size_t i = quote + 1;
    for (;;) {
        size_t run = i;
        while (i < d->len && d->s[i] != '"' && d->s[i] != '\\' && (unsigned char)d->s[i] >= 0x20) i++;
        sb_add(&b, d->s + run, i - run);
        const char *err = NULL;
        size_t err_pos = i;
        if (i >= d->len || (d->s[i] == '\\' && i + 1 >= d->len)) {
            err = "Unterminated string starting at";
            err_pos = quote;
        } else if (d->s[i] == '"') {
            *end = i + 1;
            return v_obj(sb_finish(&b));
        } else if (d->s[i] != '\\') {
            err = "Invalid control character at";
        } else if (d->s[i + 1] == 'u') {
            int32_t c = dec_unicode_escape(d, i + 1, &i);
            if (c < 0) {
                err = "Invalid \\uXXXX escape";
                err_pos = i + 1;
            } else {
                sb_add_codepoint(&b, (uint32_t)c);
            }
        } else {
            int c = simple_escape(d->s[i + 1]);
            if (c < 0) err = "Invalid \\escape";
            else sb_addc(&b, (char)c);
            i += 2;
        }
        if (err) {
            sb_free(&b);
            return dec_error(d, err, err_pos);
        }
    }
}

/* Python's number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?
 * V_UNDEF when no number starts at i. */
static Value dec_number(Decoder *d, size_t start, size_t *end) {
    size_t i = start;
    if (at(d, i, '-')) i++;
    if (at(d, i, '0')) i++;
    else if (is_digit_at(d, i)) while (is_digit_at(d, i)) i++;
    else return V_UNDEF;
    bool is_float = false;
    if (at(d, i, '.') && is_digit_at(d, i + 1)) {
        is_float = true;
        i++;
        while (is_digit_at(d, i)) i++;
    }
    if (at(d, i, 'e') || at(d, i, 'E')) {
        size_t e = i + 1;
        if (at(d, e, '-') || at(d, e, '+')) e++;
        if (is_digit_at(d, e)) {
            is_float = true;
            while (is_digit_at(d, e)) e++;
            i = e;
        }
    }
    *end = i;
    ObjStr *text = str_new(d->vm, d->s + start, i - start);
    if (is_float) return v_float(strtod(text->data, NULL));
    errno = 0;
    long long n = strtoll(text->data, NULL, 10);
    if (errno == ERANGE) return vm_raise(d->vm, EXC_OverflowError, "integer overflow");
    return v_int(n);
}

static bool dec_enter(Decoder *d, const char *what) {
    if (++d->depth <= depth_limit(d->vm)) return true;
    vm_raise(d->vm, EXC_RecursionError, "maximum recursion depth exceeded while decoding a JSON %s from a unicode string",
             what);
    return false;
}

/* After an item at i: true at the closing bracket, false after a comma;
 * anything else is an error. */
static Value dec_after_item(Decoder *d, size_t *i, char close) {
    *i = skip_ws(d, *i);
    if (at(d, *i, close)) {
        (*i)++;
        return V_TRUE;
    }
    if (!at(d, *i, ',')) return dec_error(d, "Expecting ',' delimiter", *i);
    *i = skip_ws(d, *i + 1);
    return V_FALSE;
}

static Value dec_array(Decoder *d, size_t open, size_t *end) {
    if (!dec_enter(d, "array")) return V_EXC;
    ObjList *l = list_new(d->vm, 0);
    size_t i = skip_ws(d, open + 1);
    if (at(d, i, ']')) i++;
    else for (;;) {
        Value v = dec_value(d, i, &i);
        if (IS_EXC(v)) return v;
        list_append(d->vm, l, v);
        Value done = dec_after_item(d, &i, ']');
        if (IS_EXC(done)) return done;
        if (AS_BOOL(done)) break;
    }
    d->depth--;
    *end = i;
    return v_obj(l);
}

static Value dec_member(Decoder *d, ObjDict *obj, size_t *i) {
    if (!at(d, *i, '"')) return dec_error(d, "Expecting property name enclosed in double quotes", *i);
    Value key = dec_string(d, *i, i);
    if (IS_EXC(key)) return key;
    *i = skip_ws(d, *i);
    if (!at(d, *i, ':')) return dec_error(d, "Expecting ':' delimiter", *i);
    Value v = dec_value(d, skip_ws(d, *i + 1), i);
    if (IS_EXC(v)) return v;
    return dict_set(d->vm, &obj->d, key, v) ? V_NONE : V_EXC;
}

static Value dec_object(Decoder *d, size_t open, size_t *end) {
    if (!dec_enter(d, "object")) return V_EXC;
    ObjDict *obj = dict_new(d->vm);
    size_t i = skip_ws(d, open + 1);
    if (at(d, i, '}')) i++;
    else for (;;) {
        if (IS_EXC(dec_member(d, obj, &i))) return V_EXC;
        Value done = dec_after_item(d, &i, '}');
        if (IS_EXC(done)) return done;
        if (AS_BOOL(done)) break;
    }
    d->depth--;
    *end = i;
    return v_obj(obj);
}

static bool dec_word(const Decoder *d, size_t i, const char *word) {
    size_t n = strlen(word);
    return i + n <= d->len && memcmp(d->s + i, word, n) == 0;
}

static const struct {
    const char *word;
    ValueType type;
    double f;
} json_constants[] = {
    {"null", VT_NONE, 0}, {"true", VT_BOOL, 1}, {"false", VT_BOOL, 0},
    {"NaN", VT_FLOAT, NAN}, {"Infinity", VT_FLOAT, INFINITY}, {"-Infinity", VT_FLOAT, -INFINITY},
};

/* The value starting at i (no whitespace skipping), *end after it. */
static Value dec_value(Decoder *d, size_t i, size_t *end) {
    if (at(d, i, '"')) return dec_string(d, i, end);
    if (at(d, i, '[')) return dec_array(d, i, end);
    if (at(d, i, '{')) return dec_object(d, i, end);
    for (size_t k = 0; k < sizeof json_constants / sizeof json_constants[0]; k++) {
        if (!dec_word(d, i, json_constants[k].word)) continue;
        *end = i + strlen(json_constants[k].word);
        if (json_constants[k].type == VT_NONE) return V_NONE;
        if (json_constants[k].type == VT_BOOL) return v_bool(json_constants[k].f != 0);
        return v_float(json_constants[k].f);
    }
    Value n = dec_number(d, i, end);
    if (IS_UNDEF(n)) return dec_error(d, "Expecting value", i);
    return n;
}

static Value decode(VM *vm, ObjClass *error_cls, Value text) {
    Decoder d = {vm, error_cls, NULL, NULL, 0, 0};
    if (IS_STR(text)) {
        d.doc = AS_STR(text);
    } else if (IS_A(text, OT_BYTES)) {
        ObjBytes *b = (ObjBytes *)AS_OBJ(text);
        bool bom = b->len >= 3 && memcmp(b->data, "\xEF\xBB\xBF", 3) == 0;
        d.doc = str_new(vm, (const char *)b->data + (bom ? 3 : 0), b->len - (bom ? 3 : 0));
    } else {
        return vm_raise(vm, EXC_TypeError, "the JSON object must be str, bytes or bytearray, not %T", text);
    }
    d.s = d.doc->data;
    d.len = d.doc->len;
    if (IS_STR(text) && dec_word(&d, 0, "\xEF\xBB\xBF"))
        return dec_error(&d, "Unexpected UTF-8 BOM (decode using utf-8-sig)", 0);
    size_t end;
    Value v = dec_value(&d, skip_ws(&d, 0), &end);
    if (IS_EXC(v)) return v;
    end = skip_ws(&d, end);
    if (end != d.len) return dec_error(&d, "Extra data", end);
    return v;
}

/* loads and load are bound to the JSONDecodeError class: argv[0]. */
NATIVE(j_loads) {
    (void)argc, (void)kwnames;
    return decode(vm, AS_CLASS(argv[0]), argv[1]);
}

NATIVE(j_load) {
    (void)argc, (void)kwnames;
    Value read = vm_getattr(vm, argv[1], str_intern(vm, "read", 4));
    if (IS_EXC(read)) return read;
    Value text = vm_call(vm, read, 0, NULL);
    if (IS_EXC(text)) return text;
    return decode(vm, AS_CLASS(argv[0]), text);
}

/* ------------------------------------------------------------ the module */

static ObjClass *make_decode_error(VM *vm, ObjModule *m) {
    ObjClass *cls = class_new(vm, str_intern(vm, "JSONDecodeError", 15), vm->exc_classes[EXC_ValueError], NULL);
    cls->module = m;
    dict_set_str(vm, &cls->dict->d, vm->names[NAME___module__], v_obj(str_from_cstr(vm, "json.decoder")));
    vm->class_epoch++;
    return cls;
}

void lib_json_open(VM *vm, ObjModule *m) {
    ObjClass *error_cls = make_decode_error(vm, m);
    module_add(vm, m, "JSONDecodeError", v_obj(error_cls));
    module_add_native(vm, m, "dumps", j_dumps, 1, 1, NATIVE_KW);
    module_add_native(vm, m, "dump", j_dump, 2, 2, NATIVE_KW);
    lib_module_add_bound(vm, m, v_obj(error_cls), "loads", j_loads, 1, 1);
    lib_module_add_bound(vm, m, v_obj(error_cls), "load", j_load, 1, 1);
}
