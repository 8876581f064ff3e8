/* str.c - the str object: UTF-8 bytes plus cached length in code points and
 * hash, the interning table, and StrBuf for building strings.
 *
 * Invariant: an ObjStr always holds valid UTF-8 (NUL bytes allowed) and is
 * immutable once made. ASCII-only strings carry STR_ASCII so indexing them is
 * O(1); other strings index by scanning. The interning table is weak: the
 * collector drops strings nothing else references. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm.h"

#define TOMBSTONE ((ObjStr *)1)

/* ------------------------------------------------------------ hashing */

static inline uint64_t rd64(const unsigned char *p) {
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

static inline uint64_t mix64(uint64_t h) {
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

/* A word-at-a-time multiplicative hash; quality is checked by dict's probe
 * sequence, which also mixes in the high bits. */
uint64_t hash_bytes(const void *data, size_t len) {
    const unsigned char *p = data;
    uint64_t h = 0x9e3779b97f4a7c15ULL ^ (len * 0x100000001b3ULL);
    while (len >= 8) {
        h = (h ^ rd64(p)) * 0x2127599bf4325c37ULL;
        h ^= h >> 47;
        p += 8;
        len -= 8;
    }
    uint64_t tail = 0;
    for (size_t i = 0; i < len; i++) tail |= (uint64_t)p[i] << (8 * i);
    h = (h ^ tail) * 0x2127599bf4325c37ULL;
    return mix64(h);
}

uint64_t str_hash(ObjStr *s) {
    if (s->hash == 0) {
        uint64_t h = hash_bytes(s->data, s->len) >> 2;  /* Python hashes are signed 62-bit here */
        s->hash = h ? h : 1;
    }
    return s->hash;
}

/* --------------------------------------------------------- construction */

ObjStr *str_alloc(VM *vm, size_t len) {
    if (len > UINT32_MAX - 64) vm_out_of_memory(vm);
    ObjStr *s = (ObjStr *)vm_alloc_obj(vm, OT_STR, sizeof(ObjStr) + len + 1);
    s->len = (uint32_t)len;
    s->data[len] = 0;
    return s;
}

static uint32_t count_chars(const char *s, size_t len, bool *ascii) {
    uint32_t n = 0;
    bool all_ascii = true;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80) all_ascii = false;
        if ((c & 0xC0) != 0x80) n++;
    }
    *ascii = all_ascii;
    return n;
}

ObjStr *str_finish(VM *vm, ObjStr *s) {
    (void)vm;
    bool ascii;
    s->nchars = count_chars(s->data, s->len, &ascii);
    if (ascii) s->obj.flags |= STR_ASCII;
    return s;
}

ObjStr *str_new(VM *vm, const char *chars, size_t len) {
    if (len == 0 && vm->empty_str) return vm->empty_str;
    if (len == 1 && (unsigned char)chars[0] < 128 && vm->chars[(unsigned char)chars[0]])
        return vm->chars[(unsigned char)chars[0]];
    ObjStr *s = str_alloc(vm, len);
    memcpy(s->data, chars, len);
    return str_finish(vm, s);
}

ObjStr *str_from_cstr(VM *vm, const char *s) { return str_new(vm, s, strlen(s)); }

ObjStr *str_concat(VM *vm, ObjStr *a, ObjStr *b) {
    if (a->len == 0) return b;
    if (b->len == 0) return a;
    ObjStr *s = str_alloc(vm, (size_t)a->len + b->len);
    memcpy(s->data, a->data, a->len);
    memcpy(s->data + a->len, b->data, b->len);
    s->nchars = a->nchars + b->nchars;
    if (STR_IS_ASCII(a) && STR_IS_ASCII(b)) s->obj.flags |= STR_ASCII;
    return s;
}

bool str_eq(const ObjStr *a, const ObjStr *b) {
    if (a == b) return true;
    if (a->len != b->len) return false;
    if (a->hash && b->hash && a->hash != b->hash) return false;
    return memcmp(a->data, b->data, a->len) == 0;
}

/* Byte-wise comparison of UTF-8 orders strings by code point, as Python does. */
int str_cmp(const ObjStr *a, const ObjStr *b) {
    size_t n = a->len < b->len ? a->len : b->len;
    int c = memcmp(a->data, b->data, n);
    if (c) return c < 0 ? -1 : 1;
    return a->len < b->len ? -1 : a->len > b->len;
}

/* --------------------------------------------------------- interning */

static void strtable_grow(VM *vm) {
    StrTable *t = &vm->strings;
    uint32_t nsize = t->mask ? (t->mask + 1) * 2 : 1024;
    ObjStr **slots = vm_alloc_raw(vm, nsize * sizeof(ObjStr *));
    memset(slots, 0, nsize * sizeof(ObjStr *));
    for (uint32_t i = 0; t->mask && i <= t->mask; i++) {
        ObjStr *s = t->slots[i];
        if (!s || s == TOMBSTONE) continue;
        uint32_t j = (uint32_t)s->hash & (nsize - 1);
        while (slots[j]) j = (j + 1) & (nsize - 1);
        slots[j] = s;
    }
    vm_free_raw(vm, t->slots, t->mask ? (t->mask + 1) * sizeof(ObjStr *) : 0);
    t->slots = slots;
    t->mask = nsize - 1;
    t->used = t->count;
}

static ObjStr **strtable_find(StrTable *t, const char *s, size_t len, uint64_t hash) {
    uint32_t i = (uint32_t)hash & t->mask;
    ObjStr **tomb = NULL;
    for (;;) {
        ObjStr *e = t->slots[i];
        if (!e) return tomb ? tomb : &t->slots[i];
        if (e == TOMBSTONE) {
            if (!tomb) tomb = &t->slots[i];
        } else if (e->hash == hash && e->len == len && memcmp(e->data, s, len) == 0) {
            return &t->slots[i];
        }
        i = (i + 1) & t->mask;
    }
}

ObjStr *str_intern(VM *vm, const char *chars, size_t len) {
    StrTable *t = &vm->strings;
    if ((t->used + 1) * 4 > (t->mask + 1) * 3 || !t->mask) strtable_grow(vm);
    uint64_t h = hash_bytes(chars, len) >> 2;
    if (!h) h = 1;
    ObjStr **slot = strtable_find(t, chars, len, h);
    if (*slot && *slot != TOMBSTONE) return *slot;
    ObjStr *s = str_alloc(vm, len);
    memcpy(s->data, chars, len);
    str_finish(vm, s);
    s->hash = h;
    s->obj.flags |= STR_INTERNED;
    if (!*slot) t->used++;
    *slot = s;
    t->count++;
    return s;
}

ObjStr *str_intern_obj(VM *vm, ObjStr *s) {
    if (s->obj.flags & STR_INTERNED) return s;
    return str_intern(vm, s->data, s->len);
}

void strtable_remove_unmarked(VM *vm) {
    StrTable *t = &vm->strings;
    for (uint32_t i = 0; t->mask && i <= t->mask; i++) {
        ObjStr *s = t->slots[i];
        if (s && s != TOMBSTONE && !s->obj.marked) {
            t->slots[i] = TOMBSTONE;
            t->count--;
        }
    }
}

/* ------------------------------------------------------- code points */

static inline size_t utf8_len(unsigned char c) {
    return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

size_t str_byte_offset(const ObjStr *s, int64_t cp) {
    if (STR_IS_ASCII(s)) return (size_t)cp;
    size_t off = 0;
    while (cp-- > 0 && off < s->len) off += utf8_len((unsigned char)s->data[off]);
    return off;
}

ObjStr *str_char_at(VM *vm, ObjStr *s, int64_t index) {
    size_t off = str_byte_offset(s, index);
    return str_new(vm, s->data + off, utf8_len((unsigned char)s->data[off]));
}

ObjStr *str_substr(VM *vm, ObjStr *s, int64_t start, int64_t end) {
    if (start >= end) return vm->empty_str;
    size_t a = str_byte_offset(s, start), b = a;
    if (STR_IS_ASCII(s)) b = (size_t)end;
    else
        for (int64_t n = end - start; n > 0 && b < s->len; n--) b += utf8_len((unsigned char)s->data[b]);
    return str_new(vm, s->data + a, b - a);
}

/* ------------------------------------------------------------ StrBuf */

void sb_init(StrBuf *b, VM *vm) {
    b->vm = vm;
    b->data = NULL;
    b->len = b->cap = 0;
}

static void sb_reserve(StrBuf *b, size_t extra) {
    if (b->len + extra + 1 <= b->cap) return;
    size_t ncap = b->cap ? b->cap * 2 : 64;
    while (ncap < b->len + extra + 1) ncap *= 2;
    b->data = vm_scratch_realloc(b->vm, b->data, b->cap, ncap);
    b->cap = ncap;
}

void sb_add(StrBuf *b, const char *s, size_t len) {
    sb_reserve(b, len);
    memcpy(b->data + b->len, s, len);
    b->len += len;
}

void sb_addc(StrBuf *b, char c) {
    sb_reserve(b, 1);
    b->data[b->len++] = c;
}

void sb_adds(StrBuf *b, const char *s) { sb_add(b, s, strlen(s)); }

void sb_add_str(StrBuf *b, ObjStr *s) { sb_add(b, s->data, s->len); }

void sb_addf(StrBuf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    ObjStr *s = str_vprintf(b->vm, fmt, ap);
    va_end(ap);
    sb_add_str(b, s);
}

void sb_add_codepoint(StrBuf *b, uint32_t cp) {
    char buf[4];
    size_t n;
    if (cp < 0x80) { buf[0] = (char)cp; n = 1; }
    else if (cp < 0x800) { buf[0] = (char)(0xC0 | cp >> 6); buf[1] = (char)(0x80 | (cp & 0x3F)); n = 2; }
    else if (cp < 0x10000) {
        buf[0] = (char)(0xE0 | cp >> 12); buf[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        buf[2] = (char)(0x80 | (cp & 0x3F)); n = 3;
    } else {
        buf[0] = (char)(0xF0 | cp >> 18); buf[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        buf[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); buf[3] = (char)(0x80 | (cp & 0x3F)); n = 4;
    }
    sb_add(b, buf, n);
}

ObjStr *sb_finish(StrBuf *b) {
    ObjStr *s = str_new(b->vm, b->data ? b->data : "", b->len);
    sb_free(b);
    return s;
}

void sb_free(StrBuf *b) {
    vm_scratch_free(b->vm, b->data, b->cap);
    b->data = NULL;
    b->len = b->cap = 0;
}

/* ------------------------------------------------------------ printf */

/* printf for messages. Besides the C conversions %s %d %i %u %ld %lld %zu
 * %x %c %%, it knows three that take a Value: %R its repr, %S its str, %T
 * its type's name. Repr/str failures print a placeholder: messages must
 * never fail. */
static void sb_add_value_text(StrBuf *b, Value v, char kind) {
    VM *vm = b->vm;
    if (kind == 'T') {
        sb_adds(b, vm_type_name(vm, v));
        return;
    }
    Value saved = vm->exc;
    Value s = kind == 'R' ? vm_repr(vm, v) : vm_str(vm, v);
    if (IS_EXC(s)) {
        vm->exc = saved;
        sb_addf(b, "<%s object>", vm_type_name(vm, v));
    } else {
        sb_add_str(b, AS_STR(s));
    }
}

ObjStr *str_vprintf(VM *vm, const char *fmt, va_list ap) {
    StrBuf b;
    sb_init(&b, vm);
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') {
            const char *q = p;
            while (*q && *q != '%') q++;
            sb_add(&b, p, (size_t)(q - p));
            p = q - 1;
            continue;
        }
        char spec[16] = "%";
        size_t n = 1;
        p++;
        while (*p && strchr("0123456789.-+ #lhzj", *p) && n < sizeof spec - 2) spec[n++] = *p++;   /* flags, width, length */
        if (!*p) break;
        char conv = *p;
        spec[n++] = conv;
        spec[n] = 0;
        char tmp[64];
        switch (conv) {
        case '%': sb_addc(&b, '%'); break;
        case 's': {
            const char *s = va_arg(ap, const char *);
            if (n == 2) sb_adds(&b, s ? s : "(null)");
            else { snprintf(tmp, sizeof tmp, spec, s); sb_adds(&b, tmp); }
            break;
        }
        case 'c': sb_add_codepoint(&b, (uint32_t)va_arg(ap, int)); break;
        case 'p':
            snprintf(tmp, sizeof tmp, "%p", va_arg(ap, void *));
            sb_adds(&b, tmp);
            break;
        case 'R': case 'S': case 'T': sb_add_value_text(&b, va_arg(ap, Value), conv); break;
        case 'd': case 'i': case 'u': case 'x': case 'X': {
            if (strstr(spec, "ll") || strchr(spec, 'j')) snprintf(tmp, sizeof tmp, spec, va_arg(ap, long long));
            else if (strchr(spec, 'l') || strchr(spec, 'z')) snprintf(tmp, sizeof tmp, spec, va_arg(ap, long));
            else snprintf(tmp, sizeof tmp, spec, va_arg(ap, int));
            sb_adds(&b, tmp);
            break;
        }
        case 'f': case 'g': case 'e':
            snprintf(tmp, sizeof tmp, spec, va_arg(ap, double));
            sb_adds(&b, tmp);
            break;
        default: sb_add(&b, spec, n); break;
        }
    }
    return sb_finish(&b);
}

ObjStr *str_printf(VM *vm, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    ObjStr *s = str_vprintf(vm, fmt, ap);
    va_end(ap);
    return s;
}
