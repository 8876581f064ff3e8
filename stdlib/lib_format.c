/* lib_format.c - format(value, spec), f-string specs, str % args and
 * str.format / str.format_map.
 *
 * Owns the format-spec mini-language ([[fill]align][sign][z][#][0][width]
 * [grouping][.precision][type]) for int, bool, float and str, the call to a
 * user class's __format__, printf-style % formatting (which translates each
 * conversion into a Spec and reuses the same number formatters) and the
 * {field!conv:spec} replacement-field parser. Error messages are Python's.
 *
 * Floats go through the C library's correctly rounded printf (%e/%f/%g),
 * so rounding of exact halves matches CPython; the shortest repr comes from
 * float_repr_buf. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib.h"

/* =============================================================== specs */

typedef struct Spec {
    char fill[4];        /* UTF-8 of the fill character */
    size_t fill_len;
    bool fill_given;
    char align;          /* 0 (default), '<', '>', '^', '=' */
    char sign;           /* 0, '+', '-', ' ' */
    bool no_neg_zero;    /* 'z' */
    bool alt;            /* '#' */
    char grouping;       /* 0, ',', '_' */
    int64_t width;       /* -1: none */
    int64_t precision;   /* -1: none */
    int32_t type;        /* 0: none, else the type character */
} Spec;

static void spec_default(Spec *sp) {
    memset(sp, 0, sizeof *sp);
    sp->fill[0] = ' ';
    sp->fill_len = 1;
    sp->width = sp->precision = -1;
}

/* Raise ValueError(msg) and report failure. */
static bool fail(VM *vm, const char *msg) {
    vm_raise(vm, EXC_ValueError, "%s", msg);
    return false;
}

static bool is_align(int32_t c) { return c == '<' || c == '>' || c == '^' || c == '='; }

static size_t utf8_seq_len(unsigned char lead) { return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4; }

static int32_t decode_at(const char *p, size_t *len) {
    const unsigned char *u = (const unsigned char *)p;
    *len = utf8_seq_len(u[0]);
    switch (*len) {
    case 1: return u[0];
    case 2: return (u[0] & 0x1F) << 6 | (u[1] & 0x3F);
    case 3: return (u[0] & 0x0F) << 12 | (u[1] & 0x3F) << 6 | (u[2] & 0x3F);
    default: return (u[0] & 0x07) << 18 | (u[1] & 0x3F) << 12 | (u[2] & 0x3F) << 6 | (u[3] & 0x3F);
    }
}

/* Read a decimal number at p[*i]; false (with the error raised) on overflow. */
static bool read_number(VM *vm, const char *p, size_t n, size_t *i, int64_t *out) {
    int64_t v = 0;
    while (*i < n && p[*i] >= '0' && p[*i] <= '9') {
        if (v > (INT64_MAX - 9) / 10) return fail(vm, "Too many decimal digits in format string");
        v = v * 10 + (p[(*i)++] - '0');
    }
    *out = v;
    return true;
}

/* Is t (a type code, possibly non-ASCII) one of the characters in set? */
static bool type_in(int32_t t, const char *set) { return t > 0 && t < 128 && strchr(set, (int)t) != NULL; }

static bool grouping_allowed(char grouping, int32_t type) {
    return !type || type_in(type, "defgEG%F") || (grouping == '_' && type_in(type, "boxX"));
}

static bool grouping_conflict(VM *vm, char first, char second) {
    if (first != second) return fail(vm, "Cannot specify both ',' and '_'.");
    vm_raise(vm, EXC_ValueError, "Cannot specify '%c' with '%c'.", first, first);
    return false;
}

/* [[fill]align] at the start of a spec; returns where the rest begins. */
static size_t parse_fill_align(const char *p, size_t n, Spec *sp) {
    size_t first_len = 0;
    if (n) decode_at(p, &first_len);
    if (n > first_len && is_align((unsigned char)p[first_len])) {
        memcpy(sp->fill, p, first_len);
        sp->fill_len = first_len;
        sp->fill_given = true;
        sp->align = p[first_len];
        return first_len + 1;
    }
    if (n && is_align((unsigned char)p[0])) {
        sp->align = p[0];
        return 1;
    }
    return 0;
}

/* Parse a format spec; `tname` names the value's type for messages and
 * default_align is '<' for strings, '>' for numbers. */
static bool spec_parse(VM *vm, const char *p, size_t n, const char *tname, char default_align, Spec *sp) {
    spec_default(sp);
    size_t i = parse_fill_align(p, n, sp);
    if (i < n && (p[i] == '+' || p[i] == '-' || p[i] == ' ')) sp->sign = p[i++];
    if (i < n && p[i] == 'z') sp->no_neg_zero = (i++, true);
    if (i < n && p[i] == '#') sp->alt = (i++, true);
    if (i < n && p[i] == '0' && !sp->fill_given) {
        sp->fill[0] = '0';
        sp->fill_len = 1;
        if (!sp->align && default_align == '>') sp->align = '=';
        i++;
    }
    if (i < n && p[i] >= '0' && p[i] <= '9' && !read_number(vm, p, n, &i, &sp->width)) return false;
    if (i < n && (p[i] == ',' || p[i] == '_')) {
        sp->grouping = p[i++];
        if (i < n && (p[i] == ',' || p[i] == '_')) return grouping_conflict(vm, sp->grouping, p[i]);
    }
    if (i < n && p[i] == '.') {
        i++;
        if (i >= n || p[i] < '0' || p[i] > '9') return fail(vm, "Format specifier missing precision");
        if (!read_number(vm, p, n, &i, &sp->precision)) return false;
    }
    if (i < n) {
        size_t tlen;
        sp->type = decode_at(p + i, &tlen);
        if (i + tlen < n) {
            vm_raise(vm, EXC_ValueError, "Invalid format specifier '%s' for object of type '%s'",
                     str_new(vm, p, n)->data, tname);
            return false;
        }
    }
    int32_t type = sp->type || default_align == '>' ? sp->type : 's';
    if (sp->grouping && !grouping_allowed(sp->grouping, type)) {
        vm_raise(vm, EXC_ValueError, "Cannot specify '%c' with '%c'.", sp->grouping, (int)type);
        return false;
    }
    return true;
}

/* Raise "Unknown format code" and report failure. */
static bool unknown_code(VM *vm, int32_t type, const char *tname) {
    if (type > 32 && type < 128)
        vm_raise(vm, EXC_ValueError, "Unknown format code '%c' for object of type '%s'", (int)type, tname);
    else
        vm_raise(vm, EXC_ValueError, "Unknown format code '\\x%x' for object of type '%s'", (unsigned)type, tname);
    return false;
}

/* ============================================================= padding */

static void add_fill(StrBuf *b, const Spec *sp, int64_t count) {
    for (int64_t i = 0; i < count; i++) sb_add(b, sp->fill, sp->fill_len);
}

/* Pad text (nchars code points) to the spec's width. '=' puts the padding
 * after the first `head` bytes (a number's sign and prefix). */
static void add_padded(StrBuf *b, const Spec *sp, char default_align, const char *text, size_t len, size_t nchars,
                       size_t head) {
    int64_t pad = sp->width > (int64_t)nchars ? sp->width - (int64_t)nchars : 0;
    char align = sp->align ? sp->align : default_align;
    int64_t left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
    if (align == '=') {
        sb_add(b, text, head);
        add_fill(b, sp, pad);
        sb_add(b, text + head, len - head);
        return;
    }
    add_fill(b, sp, left);
    sb_add(b, text, len);
    add_fill(b, sp, pad - left);
}

/* ============================================================= strings */

static void format_str_into(StrBuf *out, ObjStr *s, const Spec *sp) {
    size_t len = s->len, nchars = s->nchars;
    if (sp->precision >= 0 && (uint64_t)sp->precision < nchars) {
        nchars = (size_t)sp->precision;
        len = str_byte_offset(s, sp->precision);
    }
    add_padded(out, sp, '<', s->data, len, nchars, 0);
}

static bool check_str_spec(VM *vm, const Spec *sp, const char *tname) {
    if (sp->type && sp->type != 's') return unknown_code(vm, sp->type, tname);
    const char *err = sp->sign ? "Sign not allowed in string format specifier"
                    : sp->no_neg_zero ? "Negative zero coercion (z) not allowed in string format specifier"
                    : sp->alt ? "Alternate form (#) not allowed in string format specifier"
                    : sp->align == '=' ? "'=' alignment not allowed in string format specifier"
                    : NULL;
    if (err) vm_raise(vm, EXC_ValueError, "%s", err);
    return err == NULL;
}

/* ============================================================= numbers */

/* A number in pieces: sign, prefix ("0x"), integer digits (grouped), rest
 * (fraction, exponent, '%'). */
typedef struct Num {
    char sign;
    const char *prefix;
    const char *digits;
    size_t ndigits;
    const char *rest;
    size_t nrest;
    int group;           /* digits per group, 0: no grouping */
} Num;

static size_t grouped_len(const Num *num) {
    return num->ndigits + (num->group && num->ndigits ? (num->ndigits - 1) / (size_t)num->group : 0);
}

/* Digits grouped from the right, padded with zeros (grouped too) to at
 * least min_width characters. */
static void add_grouped(StrBuf *b, const Num *num, char sep, int64_t min_width) {
    if (!num->group && min_width <= (int64_t)num->ndigits) {
        sb_add(b, num->digits, num->ndigits);
        return;
    }
    size_t cap = num->ndigits * 2 + (min_width > 0 ? (size_t)min_width : 0) + 2;
    char small[128];
    char *tmp = cap <= sizeof small ? small : vm_scratch_realloc(b->vm, NULL, 0, cap);
    size_t len = 0, in_group = 0, i = num->ndigits;
    while (i > 0 || (int64_t)len < min_width) {
        if (num->group && in_group == (size_t)num->group) {
            tmp[len++] = sep;
            in_group = 0;
        }
        tmp[len++] = i > 0 ? num->digits[--i] : '0';
        in_group++;
    }
    for (size_t k = 0; k < len / 2; k++) {
        char c = tmp[k];
        tmp[k] = tmp[len - 1 - k];
        tmp[len - 1 - k] = c;
    }
    sb_add(b, tmp, len);
    if (tmp != small) vm_scratch_free(b->vm, tmp, cap);
}

static void emit_head(StrBuf *out, const Num *num) {
    if (num->sign) sb_addc(out, num->sign);
    sb_adds(out, num->prefix);
}

/* Append a number laid out by the spec: padding, sign, prefix, digits. */
static void emit_number(StrBuf *out, const Spec *sp, const Num *num) {
    int64_t head = (num->sign ? 1 : 0) + (int64_t)strlen(num->prefix);
    int64_t len = head + (int64_t)grouped_len(num) + (int64_t)num->nrest;
    bool zero_pad = sp->align == '=' && sp->fill_len == 1 && sp->fill[0] == '0';   /* zeros join the grouping */
    int64_t pad = zero_pad || sp->width <= len ? 0 : sp->width - len;
    char align = sp->align ? sp->align : '>';
    int64_t left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
    if (align != '=') add_fill(out, sp, left);
    emit_head(out, num);
    if (align == '=') add_fill(out, sp, pad);
    add_grouped(out, num, sp->grouping, zero_pad ? sp->width - head - (int64_t)num->nrest : 0);
    sb_add(out, num->rest, num->nrest);
    if (align != '=') add_fill(out, sp, pad - left);
}

static char sign_char(const Spec *sp, bool negative) {
    if (negative) return '-';
    return sp->sign == '+' || sp->sign == ' ' ? sp->sign : 0;
}

/* ---------------------------------------------------------------- ints */

/* Digits of magnitude u in base (lowercase), at least min_digits of them. */
static size_t int_digits(uint64_t u, int base, bool upper, int64_t min_digits, char *buf, size_t cap) {
    const char *alphabet = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    char tmp[72];
    size_t n = 0;
    do {
        tmp[n++] = alphabet[u % (unsigned)base];
        u /= (unsigned)base;
    } while (u);
    size_t len = 0;
    for (int64_t z = min_digits - (int64_t)n; z > 0 && len + n < cap; z--) buf[len++] = '0';
    while (n) buf[len++] = tmp[--n];
    return len;
}

static bool format_char_into(VM *vm, StrBuf *out, int64_t i, const Spec *sp) {
    if (i < 0 || i > 0x10FFFF) {
        vm_raise(vm, EXC_OverflowError, "%%c arg not in range(0x110000)");
        return false;
    }
    StrBuf ch;
    sb_init(&ch, vm);
    sb_add_codepoint(&ch, (uint32_t)i);
    add_padded(out, sp, '>', ch.data, ch.len, 1, 0);
    sb_free(&ch);
    return true;
}

/* Append an int (not 'c') whose spec was checked; min_digits is
 * %-format's precision. */
static void format_int_into(StrBuf *out, int64_t i, const Spec *sp, int64_t min_digits) {
    int32_t t = sp->type;
    int base = t == 'b' ? 2 : t == 'o' ? 8 : t == 'x' || t == 'X' ? 16 : 10;
    uint64_t u = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
    size_t cap = 80 + (min_digits > 0 ? (size_t)min_digits : 0);
    char small[96];
    char *buf = cap <= sizeof small ? small : vm_scratch_realloc(out->vm, NULL, 0, cap);
    Num num = {sign_char(sp, i < 0), "", buf, 0, "", 0, 0};
    num.ndigits = int_digits(u, base, t == 'X', min_digits, buf, cap);
    if (sp->alt && base != 10) num.prefix = t == 'b' ? "0b" : t == 'o' ? "0o" : t == 'x' ? "0x" : "0X";
    if (sp->grouping) num.group = base == 10 ? 3 : 4;
    emit_number(out, sp, &num);
    if (buf != small) vm_scratch_free(out->vm, buf, cap);
}

static void format_float_into(StrBuf *out, double d, const Spec *sp);

static bool is_float_type(int32_t t) { return type_in(t, "eEfFgG%"); }

/* Append int i by a parsed spec, or raise Python's complaint about it. */
static bool format_int_spec(VM *vm, StrBuf *out, int64_t i, const Spec *sp, const char *tname) {
    int32_t t = sp->type;
    if (is_float_type(t)) {
        format_float_into(out, (double)i, sp);
        return true;
    }
    if (t && !type_in(t, "bcdoxXn")) return unknown_code(vm, t, tname);
    if (sp->precision >= 0) return fail(vm, "Precision not allowed in integer format specifier");
    if (sp->no_neg_zero)
        return fail(vm, "Negative zero coercion (z) not allowed in integer format specifier");
    if (t == 'c' && sp->sign) return fail(vm, "Sign not allowed with integer format specifier 'c'");
    if (t == 'c' && sp->alt)
        return fail(vm, "Alternate form (#) not allowed with integer format specifier 'c'");
    if (t == 'n' && sp->grouping) {
        vm_raise(vm, EXC_ValueError, "Cannot specify '%c' with 'n'.", sp->grouping);
        return false;
    }
    if (t == 'c') return format_char_into(vm, out, i, sp);
    format_int_into(out, i, sp, 0);
    return true;
}

/* -------------------------------------------------------------- floats */

/* printf one double into b, growing past the stack buffer when needed. */
static void add_printf(StrBuf *b, const char *fmt, int prec, double x) {
    char small[128];
    int n = snprintf(small, sizeof small, fmt, prec, x);
    if (n < (int)sizeof small) {
        sb_add(b, small, (size_t)n);
        return;
    }
    char *big = vm_scratch_realloc(b->vm, NULL, 0, (size_t)n + 1);
    snprintf(big, (size_t)n + 1, fmt, prec, x);
    sb_add(b, big, (size_t)n);
    vm_scratch_free(b->vm, big, (size_t)n + 1);
}

/* Drop trailing zeros of the fraction (and a bare '.') before any exponent. */
static void strip_fraction_zeros(StrBuf *b) {
    char *e = memchr(b->data, 'e', b->len);
    size_t mant = e ? (size_t)(e - b->data) : b->len;
    if (!memchr(b->data, '.', mant)) return;
    size_t cut = mant;
    while (b->data[cut - 1] == '0') cut--;
    if (b->data[cut - 1] == '.') cut--;
    memmove(b->data + cut, b->data + mant, b->len - mant);
    b->len -= mant - cut;
}

/* Make sure the mantissa has a '.' (the '#' alternate form). */
static void ensure_point(StrBuf *b, const char *tail_if_none) {
    char *e = memchr(b->data, 'e', b->len);
    size_t mant = e ? (size_t)(e - b->data) : b->len;
    if (memchr(b->data, '.', mant)) return;
    size_t extra = strlen(tail_if_none);
    sb_add(b, tail_if_none, extra);   /* grow, then shift the exponent right */
    memmove(b->data + mant + extra, b->data + mant, b->len - extra - mant);
    memcpy(b->data + mant, tail_if_none, extra);
}

static int exponent_of(double x, int sig) {
    char tmp[64];
    snprintf(tmp, sizeof tmp, "%.*e", sig - 1, x);
    return atoi(strchr(tmp, 'e') + 1);
}

/* Python's general format without a type but with a precision: like 'g'
 * but switching to exponent one digit earlier and always showing a
 * fraction digit in fixed notation. */
static void add_general(StrBuf *b, double x, int64_t prec, bool alt) {
    int p = prec == 0 ? 1 : (int)prec;
    int exp = exponent_of(x, p);
    if (exp < -4 || exp >= p - 1) {
        add_printf(b, "%.*e", p - 1, x);
    } else {
        add_printf(b, "%.*f", p - 1 - exp, x);
    }
    if (!alt) strip_fraction_zeros(b);
    if (!memchr(b->data, 'e', b->len)) ensure_point(b, alt ? "." : ".0");
    else if (alt) ensure_point(b, ".");
}

/* |d| in the spec's notation (finite d). */
static void add_magnitude(StrBuf *b, double x, const Spec *sp) {
    int prec = sp->precision < 0 ? 6 : sp->precision > 0x7fffffff ? 0x7fffffff : (int)sp->precision;
    switch (sp->type) {
    case 'e': case 'E': add_printf(b, sp->alt ? "%#.*e" : "%.*e", prec, x); break;
    case 'f': case 'F': add_printf(b, sp->alt ? "%#.*f" : "%.*f", prec, x); break;
    case '%':
        add_printf(b, sp->alt ? "%#.*f" : "%.*f", prec, x * 100);
        sb_addc(b, '%');
        break;
    case 'g': case 'G': case 'n': add_printf(b, sp->alt ? "%#.*g" : "%.*g", prec, x); break;
    default:
        if (sp->precision >= 0) {
            add_general(b, x, sp->precision, sp->alt);
        } else {
            char buf[40];
            float_repr_buf(x, buf, sizeof buf);
            sb_adds(b, buf);
            if (sp->alt) ensure_point(b, ".");
        }
        break;
    }
}

static bool all_zero_digits(const char *s, size_t n) {
    for (size_t i = 0; i < n && s[i] != 'e'; i++)
        if (s[i] >= '1' && s[i] <= '9') return false;
    return true;
}

/* Append a float by a checked spec. */
static void format_float_into(StrBuf *out, double d, const Spec *sp) {
    bool upper = sp->type == 'E' || sp->type == 'F' || sp->type == 'G';
    bool negative = signbit(d) && !isnan(d);
    StrBuf mag;
    sb_init(&mag, out->vm);
    if (isnan(d) || isinf(d)) {
        sb_adds(&mag, isnan(d) ? "nan" : "inf");
        if (sp->type == '%') sb_addc(&mag, '%');
    } else {
        add_magnitude(&mag, fabs(d), sp);
        if (negative && sp->no_neg_zero && all_zero_digits(mag.data, mag.len)) negative = false;
    }
    if (upper)
        for (size_t i = 0; i < mag.len; i++)
            if (mag.data[i] >= 'a' && mag.data[i] <= 'z') mag.data[i] = (char)(mag.data[i] - 32);
    size_t nint = 0;
    bool finite = isfinite(d);
    while (finite && nint < mag.len && mag.data[nint] >= '0' && mag.data[nint] <= '9') nint++;
    Num num = {sign_char(sp, negative), "", mag.data, nint, mag.data + nint, mag.len - nint,
               sp->grouping && finite ? 3 : 0};
    emit_number(out, sp, &num);
    sb_free(&mag);
}

static bool format_float_spec(VM *vm, StrBuf *out, double d, const Spec *sp, const char *tname) {
    int32_t t = sp->type;
    if (t && !is_float_type(t) && t != 'n') return unknown_code(vm, t, tname);
    if (t == 'n' && sp->grouping) {
        vm_raise(vm, EXC_ValueError, "Cannot specify '%c' with 'n'.", sp->grouping);
        return false;
    }
    format_float_into(out, d, sp);
    return true;
}

/* ============================================================ format() */

/* The result of a user class's __format__, V_UNDEF if it has none. */
static Value user_format(VM *vm, Value v, const char *spec, size_t n) {
    Value m;
    if (!class_lookup(vm_class_of(vm, v), vm->names[NAME___format__], &m)) return V_UNDEF;
    Value arg = v_obj(str_new(vm, spec, n));
    bool found;
    Value r = vm_call_special(vm, v, NAME___format__, 1, &arg, &found);
    if (IS_EXC(r) || IS_STR(r)) return r;
    return vm_raise(vm, EXC_TypeError, "__format__ must return a str, not %T", r);
}

/* Append format(v, spec) to out; false after raising. */
static bool format_into(VM *vm, StrBuf *out, Value v, const char *spec, size_t n) {
    const char *tname = vm_type_name(vm, v);
    Spec sp;
    if (IS_INTLIKE(v) || IS_FLOAT(v)) {
        if (n == 0 && !IS_INT(v)) v = vm_str(vm, v);   /* "True", float repr */
        else if (!spec_parse(vm, spec, n, tname, '>', &sp)) return false;
        else if (IS_FLOAT(v)) return format_float_spec(vm, out, AS_FLOAT(v), &sp, tname);
        else return format_int_spec(vm, out, AS_INT(v), &sp, tname);
    } else if (IS_STR(v)) {
        if (!spec_parse(vm, spec, n, tname, '<', &sp) || !check_str_spec(vm, &sp, tname)) return false;
        format_str_into(out, AS_STR(v), &sp);
        return true;
    } else if (IS_A(v, OT_INSTANCE) || IS_A(v, OT_CDATA)) {
        Value r = user_format(vm, v, spec, n);
        if (!IS_UNDEF(r)) v = r;
        else if (n == 0) v = vm_str(vm, v);
    } else if (n == 0) {
        v = vm_str(vm, v);
    }
    if (IS_EXC(v)) return false;
    if (!IS_STR(v)) {
        vm_raise(vm, EXC_TypeError, "unsupported format string passed to %s.__format__", tname);
        return false;
    }
    sb_add_str(out, AS_STR(v));
    return true;
}

/* str(i) without printf: f"{i}" is hot. */
static Value int_text(VM *vm, int64_t i) {
    char buf[24];
    uint64_t u = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
    size_t n = sizeof buf;
    do buf[--n] = (char)('0' + u % 10);
    while (u /= 10);
    if (i < 0) buf[--n] = '-';
    size_t len = sizeof buf - n;
    if (len == 1) return v_obj(str_new(vm, buf + n, 1));
    ObjStr *s = str_alloc(vm, len);
    memcpy(s->data, buf + n, len);
    s->nchars = (uint32_t)len;
    s->obj.flags |= STR_ASCII;
    return v_obj(s);
}

Value vm_format(VM *vm, Value v, ObjStr *spec) {
    if (spec->len == 0) {   /* f"{x}": the common case */
        if (IS_INT(v)) return int_text(vm, AS_INT(v));
        if (IS_STR(v)) return v;
        if (!IS_A(v, OT_INSTANCE) && !IS_A(v, OT_CDATA)) return vm_str(vm, v);
    }
    if (IS_A(v, OT_INSTANCE) || IS_A(v, OT_CDATA)) {   /* keep __format__'s own result */
        Value r = user_format(vm, v, spec->data, spec->len);
        if (!IS_UNDEF(r)) return r;
    }
    StrBuf b;
    sb_init(&b, vm);
    if (!format_into(vm, &b, v, spec->data, spec->len)) {
        sb_free(&b);
        return V_EXC;
    }
    return v_obj(sb_finish(&b));
}

/* ========================================================= % formatting */

/* The state of one `fmt % args`. */
typedef struct Percent {
    VM *vm;
    ObjStr *fmt;
    Value args;           /* the right operand */
    const Value *items;   /* positional values */
    uint32_t nitems, next;
    bool mapping;         /* args can be indexed by key */
    bool used_key;
} Percent;

/* One %-conversion: flags, width and precision. */
typedef struct Conv {
    bool minus, plus, space, alt, zero;
    int64_t width, precision;   /* -1: none */
    Value key;                  /* %(key)s, or V_UNDEF */
} Conv;

static bool is_mapping(VM *vm, Value v) {
    if (IS_TUPLE(v) || IS_STR(v)) return false;
    if (IS_DICT(v) || IS_LIST(v) || IS_A(v, OT_BYTES)) return true;
    return (IS_A(v, OT_INSTANCE) || IS_A(v, OT_CDATA)) && (class_slots(vm, vm_class_of(vm, v)) & SLOT_GETITEM);
}

static Value next_arg(Percent *pc) {
    if (pc->used_key || pc->next >= pc->nitems)
        return vm_raise(pc->vm, EXC_TypeError, "not enough arguments for format string");
    return pc->items[pc->next++];
}

/* "%(key)": the key text between the parentheses, nesting allowed. */
static bool parse_key(Percent *pc, size_t *i, Conv *cv) {
    const char *p = pc->fmt->data;
    size_t n = pc->fmt->len, start = ++*i;
    int depth = 1;
    while (*i < n && depth) {
        depth += p[*i] == '(' ? 1 : p[*i] == ')' ? -1 : 0;
        (*i)++;
    }
    if (depth) {
        vm_raise(pc->vm, EXC_ValueError, "incomplete format key");
        return false;
    }
    if (!pc->mapping) {
        vm_raise(pc->vm, EXC_TypeError, "format requires a mapping");
        return false;
    }
    cv->key = v_obj(str_new(pc->vm, p + start, *i - 1 - start));
    pc->used_key = true;
    return true;
}

/* Width or precision: digits or '*' (taken from the arguments). */
static bool parse_count(Percent *pc, size_t *i, int64_t *out, bool *negative) {
    const char *p = pc->fmt->data;
    if (*i < pc->fmt->len && p[*i] == '*') {
        (*i)++;
        Value v = next_arg(pc);
        if (IS_EXC(v)) return false;
        if (!IS_INTLIKE(v)) {
            vm_raise(pc->vm, EXC_TypeError, "* wants int");
            return false;
        }
        *out = AS_INT(v);
        if (*out < 0 && negative) {
            *negative = true;
            *out = -*out;
        }
        return true;
    }
    if (*i < pc->fmt->len && p[*i] >= '0' && p[*i] <= '9') return read_number(pc->vm, p, pc->fmt->len, i, out);
    return true;
}

static bool parse_conv(Percent *pc, size_t *i, Conv *cv) {
    const char *p = pc->fmt->data;
    size_t n = pc->fmt->len;
    memset(cv, 0, sizeof *cv);
    cv->width = cv->precision = -1;
    cv->key = V_UNDEF;
    if (*i < n && p[*i] == '(' && !parse_key(pc, i, cv)) return false;
    for (; *i < n && type_in((unsigned char)p[*i], "-+ #0"); (*i)++) {
        switch (p[*i]) {
        case '-': cv->minus = true; break;
        case '+': cv->plus = true; break;
        case ' ': cv->space = true; break;
        case '#': cv->alt = true; break;
        default: cv->zero = true; break;
        }
    }
    if (!parse_count(pc, i, &cv->width, &cv->minus)) return false;
    if (*i < n && p[*i] == '.') {
        (*i)++;
        cv->precision = 0;
        if (!parse_count(pc, i, &cv->precision, NULL)) return false;
    }
    while (*i < n && (p[*i] == 'h' || p[*i] == 'l' || p[*i] == 'L')) (*i)++;
    if (*i >= n) {
        vm_raise(pc->vm, EXC_ValueError, "incomplete format");
        return false;
    }
    return true;
}

/* The Spec equivalent of a numeric %-conversion. */
static void conv_spec(const Conv *cv, int32_t type, bool numeric, Spec *sp) {
    spec_default(sp);
    bool zero = cv->zero && !cv->minus && numeric;
    if (zero) sp->fill[0] = '0';
    sp->align = cv->minus ? '<' : zero ? '=' : '>';
    sp->sign = cv->plus ? '+' : cv->space ? ' ' : 0;
    sp->alt = cv->alt;
    sp->width = cv->width;
    sp->precision = numeric ? cv->precision : -1;
    sp->type = type;
}

static bool percent_text(StrBuf *out, const Conv *cv, Value text) {
    if (IS_EXC(text)) return false;
    Spec sp;
    conv_spec(cv, 's', false, &sp);
    sp.precision = cv->precision;
    format_str_into(out, AS_STR(text), &sp);
    return true;
}

static bool percent_char(Percent *pc, StrBuf *out, const Conv *cv, Value v) {
    Spec sp;
    conv_spec(cv, 'c', false, &sp);
    if (IS_INTLIKE(v)) return format_char_into(pc->vm, out, AS_INT(v), &sp);
    if (IS_STR(v) && AS_STR(v)->nchars == 1) {
        format_str_into(out, AS_STR(v), &sp);
        return true;
    }
    vm_raise(pc->vm, EXC_TypeError, "%%c requires int or char");
    return false;
}

/* An int for %d (floats truncate) or %x/%o (integers only). */
static bool percent_int_value(Percent *pc, Value v, int32_t type, int64_t *out) {
    if (IS_INTLIKE(v)) {
        *out = AS_INT(v);
        return true;
    }
    bool decimal = type == 'd' || type == 'i' || type == 'u';
    if (IS_FLOAT(v) && decimal) {
        Value i = int_from_value(pc->vm, v, 10, false);
        if (IS_EXC(i)) return false;
        *out = AS_INT(i);
        return true;
    }
    if (IS_A(v, OT_INSTANCE)) return !IS_EXC(vm_index_value(pc->vm, v, out));
    vm_raise(pc->vm, EXC_TypeError, decimal ? "%%%c format: a real number is required, not %T"
                                            : "%%%c format: an integer is required, not %T", (int)type, v);
    return false;
}

static bool percent_number(Percent *pc, StrBuf *out, const Conv *cv, int32_t type, Value v) {
    Spec sp;
    if (type_in(type, "eEfFgG")) {
        if (!IS_NUMBER(v) && !IS_A(v, OT_INSTANCE)) {
            vm_raise(pc->vm, EXC_TypeError, "must be real number, not %T", v);
            return false;
        }
        Value f = float_from_value(pc->vm, v);
        if (IS_EXC(f)) return false;
        conv_spec(cv, type, true, &sp);
        format_float_into(out, AS_FLOAT(f), &sp);
        return true;
    }
    bool decimal = type == 'd' || type == 'i' || type == 'u';
    if (decimal && IS_FLOAT(v) && fabs(trunc(AS_FLOAT(v))) >= 9223372036854775808.0 && isfinite(AS_FLOAT(v))) {
        conv_spec(cv, 'f', true, &sp);   /* beyond int64: the float's integer digits are exact */
        sp.precision = 0;
        format_float_into(out, trunc(AS_FLOAT(v)), &sp);
        return true;
    }
    int64_t i;
    if (!percent_int_value(pc, v, type, &i)) return false;
    conv_spec(cv, decimal ? 'd' : type, true, &sp);
    sp.precision = -1;
    format_int_into(out, i, &sp, cv->precision);
    return true;
}

static bool percent_unsupported(Percent *pc, size_t i) {
    size_t len;
    int32_t c = decode_at(pc->fmt->data + i, &len);
    long long index = (long long)i;
    if (!STR_IS_ASCII(pc->fmt)) {
        index = 0;
        for (size_t k = 0; k < i; k++) index += ((unsigned char)pc->fmt->data[k] & 0xC0) != 0x80;
    }
    int shown = c >= 32 && c < 127 ? (int)c : '?';
    vm_raise(pc->vm, EXC_ValueError, "unsupported format character '%c' (0x%x) at index %lld", shown, (unsigned)c,
             index);
    return false;
}

/* Append one conversion starting after its '%'; *i ends past it. */
static bool percent_one(Percent *pc, StrBuf *out, size_t *i) {
    Conv cv;
    if (!parse_conv(pc, i, &cv)) return false;
    size_t at = *i;
    char type = pc->fmt->data[(*i)++];
    if (type == '%' && pc->fmt->data[at - 1] == '%') {   /* "%%" */
        sb_addc(out, '%');
        return true;
    }
    if (!type_in((unsigned char)type, "sracdiuoxXeEfFgG%")) return percent_unsupported(pc, at);
    Value v = IS_UNDEF(cv.key) ? next_arg(pc) : vm_getitem(pc->vm, pc->args, cv.key);
    if (IS_EXC(v)) return false;
    switch (type) {
    case '%': return percent_unsupported(pc, at);   /* "%5%": Python takes an argument, then refuses */
    case 's': return percent_text(out, &cv, vm_str(pc->vm, v));
    case 'r': return percent_text(out, &cv, vm_repr(pc->vm, v));
    case 'a': return percent_text(out, &cv, ascii_of(pc->vm, v));
    case 'c': return percent_char(pc, out, &cv, v);
    default: return percent_number(pc, out, &cv, type, v);
    }
}

Value str_percent_format(VM *vm, ObjStr *fmt, Value args) {
    Percent pc = {vm, fmt, args, NULL, 0, 0, false, false};
    if (IS_TUPLE(args)) {
        pc.items = AS_TUPLE(args)->items;
        pc.nitems = AS_TUPLE(args)->len;
    } else {
        pc.items = &pc.args;
        pc.nitems = 1;
        pc.mapping = is_mapping(vm, args);
    }
    StrBuf b;
    sb_init(&b, vm);
    const char *p = fmt->data;
    size_t i = 0, n = fmt->len;
    bool ok = true;
    while (ok && i < n) {
        const char *pct = memchr(p + i, '%', n - i);
        size_t lit = pct ? (size_t)(pct - p) : n;
        sb_add(&b, p + i, lit - i);
        i = lit + 1;
        if (pct) ok = percent_one(&pc, &b, &i);
    }
    if (ok && pc.next < pc.nitems && !pc.mapping) {
        vm_raise(vm, EXC_TypeError, "not all arguments converted during string formatting");
        ok = false;
    }
    if (!ok) {
        sb_free(&b);
        return V_EXC;
    }
    return v_obj(sb_finish(&b));
}

/* ====================================================== str.format */

typedef enum Numbering { NUMBERING_NONE, NUMBERING_AUTO, NUMBERING_MANUAL } Numbering;

/* Where replacement fields take their values from. */
typedef struct FormatArgs {
    const Value *pos;
    int npos;
    const Value *kwvals;
    ObjTuple *kwnames;
    Value mapping;        /* format_map's mapping, or V_UNDEF */
    Numbering numbering;
    int64_t auto_next;
} FormatArgs;

/* A replacement field split into its parts (byte ranges of the format). */
typedef struct Field {
    const char *name;
    size_t name_len;
    int32_t conv;         /* 0: none */
    const char *spec;
    size_t spec_len;
    bool spec_nested;     /* the spec holds {} fields to expand first */
} Field;

static Value value_error(VM *vm, const char *msg) { return vm_raise(vm, EXC_ValueError, "%s", msg); }

/* The field name from p[*j]: up to '}', '!' or ':' outside brackets. */
static bool scan_name(VM *vm, const char *p, size_t n, size_t *j) {
    while (*j < n && p[*j] != '}' && p[*j] != '!' && p[*j] != ':') {
        if (p[*j] == '{') return fail(vm, "unexpected '{' in field name");
        if (p[*j] == '[') {
            const char *close = memchr(p + *j, ']', n - *j);
            if (!close) break;
            *j = (size_t)(close - p);
        }
        (*j)++;
    }
    if (*j >= n || p[*j] == '[') return fail(vm, "expected '}' before end of string");
    return true;
}

/* "!c" at p[*j]: the conversion character, then '}' or ':' must follow. */
static bool scan_conversion(VM *vm, const char *p, size_t n, size_t *j, int32_t *conv) {
    if (*j + 1 >= n) return fail(vm, "end of string while looking for conversion specifier");
    size_t clen;
    *conv = decode_at(p + *j + 1, &clen);
    *j += 1 + clen;
    if (*j >= n) return fail(vm, "unmatched '{' in format spec");
    if (p[*j] != '}' && p[*j] != ':') return fail(vm, "expected ':' after conversion specifier");
    return true;
}

/* ":spec" at p[*j], up to the '}' that balances the field's '{'. */
static bool scan_spec(VM *vm, const char *p, size_t n, size_t *j, Field *f) {
    size_t start = ++*j;
    int depth = 1;
    for (; *j < n; (*j)++) {
        if (p[*j] == '{') f->spec_nested = true, depth++;
        else if (p[*j] == '}' && --depth == 0) break;
    }
    if (*j >= n) return fail(vm, "unmatched '{' in format spec");
    f->spec = p + start;
    f->spec_len = *j - start;
    return true;
}

/* Scan the field that starts after '{' at p[*i]; *i ends past its '}'. */
static bool scan_field(VM *vm, const char *p, size_t n, size_t *i, Field *f) {
    size_t j = *i;
    memset(f, 0, sizeof *f);
    if (!scan_name(vm, p, n, &j)) return false;
    f->name = p + *i;
    f->name_len = j - *i;
    if (p[j] == '!' && !scan_conversion(vm, p, n, &j, &f->conv)) return false;
    if (p[j] == ':' && !scan_spec(vm, p, n, &j, f)) return false;
    *i = j + 1;
    return true;
}

static bool all_digits(const char *s, size_t n) {
    if (n == 0) return false;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

static bool parse_index(VM *vm, const char *s, size_t n, int64_t *out) {
    size_t i = 0;
    return read_number(vm, s, n, &i, out);
}

static Value raise_key_error(VM *vm, Value key) {
    return vm_raise_value(vm, exc_new(vm, vm->exc_classes[EXC_KeyError], tuple_from(vm, &key, 1)));
}

static Value positional_arg(VM *vm, FormatArgs *fa, int64_t index) {
    if (!IS_UNDEF(fa->mapping)) return value_error(vm, "Format string contains positional fields");
    if (index >= fa->npos)
        return vm_raise(vm, EXC_IndexError, "Replacement index %lld out of range for positional args tuple",
                        (long long)index);
    return fa->pos[index];
}

static Value keyword_arg(VM *vm, FormatArgs *fa, const char *name, size_t n) {
    ObjStr *key = str_new(vm, name, n);
    if (!IS_UNDEF(fa->mapping)) return vm_getitem(vm, fa->mapping, v_obj(key));
    for (uint32_t k = 0; fa->kwnames && k < fa->kwnames->len; k++)
        if (str_eq(AS_STR(fa->kwnames->items[k]), key)) return fa->kwvals[k];
    return raise_key_error(vm, v_obj(key));
}

/* The value the first part of a field name refers to. */
static Value field_base(VM *vm, FormatArgs *fa, const char *name, size_t n) {
    if (n == 0) {
        if (fa->numbering == NUMBERING_MANUAL)
            return value_error(vm, "cannot switch from manual field specification to automatic field numbering");
        fa->numbering = NUMBERING_AUTO;
        return positional_arg(vm, fa, fa->auto_next++);
    }
    if (!all_digits(name, n)) return keyword_arg(vm, fa, name, n);
    int64_t index;
    if (!parse_index(vm, name, n, &index)) return V_EXC;
    if (fa->numbering == NUMBERING_AUTO)
        return value_error(vm, "cannot switch from automatic field numbering to manual field specification");
    fa->numbering = NUMBERING_MANUAL;
    return positional_arg(vm, fa, index);
}

/* Apply one ".attr" or "[key]" accessor at name[*i]. */
static Value field_access(VM *vm, Value v, const char *name, size_t n, size_t *i) {
    bool index = name[*i] == '[';
    size_t start = ++*i, end = start;
    if (index) {
        const char *close = memchr(name + start, ']', n - start);
        if (!close) return value_error(vm, "Missing ']' in format string");
        end = (size_t)(close - name);
        *i = end + 1;
        if (*i < n && name[*i] != '.' && name[*i] != '[')
            return value_error(vm, "Only '.' or '[' may follow ']' in format field specifier");
    } else {
        while (end < n && name[end] != '.' && name[end] != '[') end++;
        *i = end;
    }
    if (end == start) return value_error(vm, "Empty attribute in format string");
    if (!index) return vm_getattr(vm, v, str_intern(vm, name + start, end - start));
    int64_t k;
    if (all_digits(name + start, end - start)) {
        if (!parse_index(vm, name + start, end - start, &k)) return V_EXC;
        return vm_getitem(vm, v, v_int(k));
    }
    return vm_getitem(vm, v, v_obj(str_new(vm, name + start, end - start)));
}

static Value field_value(VM *vm, FormatArgs *fa, const Field *f) {
    size_t first = 0;
    while (first < f->name_len && f->name[first] != '.' && f->name[first] != '[') first++;
    Value v = field_base(vm, fa, f->name, first);
    for (size_t i = first; i < f->name_len && !IS_EXC(v);) v = field_access(vm, v, f->name, f->name_len, &i);
    return v;
}

static Value convert_field(VM *vm, Value v, int32_t conv) {
    switch (conv) {
    case 0: return v;
    case 'r': return vm_repr(vm, v);
    case 's': return vm_str(vm, v);
    case 'a': return ascii_of(vm, v);
    default:
        if (conv > 32 && conv < 128) return vm_raise(vm, EXC_ValueError, "Unknown conversion specifier %c", (int)conv);
        return vm_raise(vm, EXC_ValueError, "Unknown conversion specifier \\x%x", (unsigned)conv);
    }
}

static bool render(VM *vm, const char *p, size_t n, FormatArgs *fa, int depth, StrBuf *out);

static bool render_field(VM *vm, FormatArgs *fa, const Field *f, int depth, StrBuf *out) {
    Value v = field_value(vm, fa, f);
    if (!IS_EXC(v)) v = convert_field(vm, v, f->conv);
    if (IS_EXC(v)) return false;
    if (!f->spec_nested) return format_into(vm, out, v, f->spec, f->spec_len);
    StrBuf spec;
    sb_init(&spec, vm);
    bool ok = render(vm, f->spec, f->spec_len, fa, depth - 1, &spec) &&
              format_into(vm, out, v, spec.data ? spec.data : "", spec.len);
    sb_free(&spec);
    return ok;
}

/* Append the literal text up to the next field; *i ends past its '{'
 * (true with *field set) or at the end. */
static bool render_literal(VM *vm, const char *p, size_t n, size_t *i, StrBuf *out, bool *field) {
    *field = false;
    while (*i < n) {
        size_t j = *i;
        while (j < n && p[j] != '{' && p[j] != '}') j++;
        sb_add(out, p + *i, j - *i);
        *i = j;
        if (j >= n) return true;
        char c = p[j];
        if (j + 1 < n && p[j + 1] == c) {
            sb_addc(out, c);
            *i = j + 2;
            continue;
        }
        if (c == '}') return fail(vm, "Single '}' encountered in format string");
        if (j + 1 >= n) return fail(vm, "Single '{' encountered in format string");
        *i = j + 1;
        *field = true;
        return true;
    }
    return true;
}

static bool render(VM *vm, const char *p, size_t n, FormatArgs *fa, int depth, StrBuf *out) {
    if (depth <= 0) return fail(vm, "Max string recursion exceeded");
    size_t i = 0;
    while (i < n) {
        bool field;
        Field f;
        if (!render_literal(vm, p, n, &i, out, &field)) return false;
        if (!field) break;
        if (!scan_field(vm, p, n, &i, &f) || !render_field(vm, fa, &f, depth, out)) return false;
    }
    return true;
}

static Value format_with(VM *vm, ObjStr *fmt, FormatArgs *fa) {
    StrBuf b;
    sb_init(&b, vm);
    if (!render(vm, fmt->data, fmt->len, fa, 2, &b)) {
        sb_free(&b);
        return V_EXC;
    }
    return v_obj(sb_finish(&b));
}

Value str_format_method(VM *vm, ObjStr *fmt, int argc, Value *argv, ObjTuple *kwnames) {
    int nkw = kwnames ? (int)kwnames->len : 0;
    FormatArgs fa = {argv, argc - nkw, argv + argc - nkw, kwnames, V_UNDEF, NUMBERING_NONE, 0};
    return format_with(vm, fmt, &fa);
}

/* str.format_map(mapping): keyword fields are looked up in the mapping. */
Value str_format_map(VM *vm, ObjStr *fmt, Value mapping) {
    FormatArgs fa = {NULL, 0, NULL, NULL, mapping, NUMBERING_NONE, 0};
    return format_with(vm, fmt, &fa);
}
