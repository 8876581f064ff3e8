/* repr.c - repr() and str() of every value, as Python prints them.
 *
 * Floats print as the shortest decimal that reads back to the same double
 * (0.1, 1e+16, 1.5e-07). Strings choose their quote like Python and escape
 * what is not printable (utf8proc decides printability). Containers guard
 * against cycles with vm->repr_active and print [...] / {...}. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "vm.h"
#include "unicode.h"

/* ------------------------------------------------------------- numbers */

/* s is d correctly rounded to some number of digits, and does not read
 * back as d. If the same number of digits one unit up or down in the last
 * place does, put that in s (the nearer of the two) and return true. */
static bool shortest_neighbour(char *s, double d) {
    char *e = strchr(s, 'e');
    char *last = e - 1;
    if (*last == '.') return false;
    char best[40] = "";
    double best_err = INFINITY;
    for (int delta = -1; delta <= 1; delta += 2) {
        char c[40];
        strcpy(c, s);
        char *p = c + (last - s);
        int carry = delta;
        while (carry && p >= c) {   /* add or subtract one ulp of the decimal string */
            if (*p == '.' || *p == '-') { p--; continue; }
            int dig = *p - '0' + carry;
            carry = dig < 0 ? -1 : dig > 9 ? 1 : 0;
            *p = (char)('0' + (dig + 10) % 10);
            p--;
        }
        if (carry || c[0] == '0' || (c[0] == '-' && c[1] == '0')) continue;   /* changed the exponent: skip */
        double v = strtod(c, NULL);
        if (v == d && fabs(v - strtod(s, NULL)) < best_err) {
            best_err = fabs(v - strtod(s, NULL));
            strcpy(best, c);
        }
    }
    if (!best[0]) return false;
    strcpy(s, best);
    return true;
}

void float_repr_buf(double d, char *buf, size_t size) {
    if (isnan(d)) { snprintf(buf, size, "nan"); return; }
    if (isinf(d)) { snprintf(buf, size, d > 0 ? "inf" : "-inf"); return; }
    if (d == 0) { snprintf(buf, size, signbit(d) ? "-0.0" : "0.0"); return; }
    char tmp[40];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*e", prec - 1, d);
        if (strtod(tmp, NULL) == d || (prec < 17 && shortest_neighbour(tmp, d))) break;
    }
    /* tmp is [-]D[.DDD]e[+-]XX */
    const char *p = tmp;
    bool neg = *p == '-';
    if (neg) p++;
    char digits[24];
    int nd = 0;
    for (; *p && *p != 'e'; p++)
        if (*p != '.') digits[nd++] = *p;
    while (nd > 1 && digits[nd - 1] == '0') nd--;
    digits[nd] = 0;
    int exp = atoi(p + 1);
    char *o = buf;
    char *end = buf + size - 1;
#define PUT(c) do { if (o < end) *o++ = (c); } while (0)
    if (neg) PUT('-');
    if (exp < -4 || exp >= 16) {
        PUT(digits[0]);
        if (nd > 1) {
            PUT('.');
            for (int i = 1; i < nd; i++) PUT(digits[i]);
        }
        char e[16];
        snprintf(e, sizeof e, "e%c%02d", exp < 0 ? '-' : '+', abs(exp));
        for (char *q = e; *q; q++) PUT(*q);
    } else if (exp >= 0) {
        for (int i = 0; i <= exp; i++) PUT(i < nd ? digits[i] : '0');
        PUT('.');
        if (nd > exp + 1)
            for (int i = exp + 1; i < nd; i++) PUT(digits[i]);
        else
            PUT('0');
    } else {
        PUT('0');
        PUT('.');
        for (int i = 0; i < -exp - 1; i++) PUT('0');
        for (int i = 0; i < nd; i++) PUT(digits[i]);
    }
#undef PUT
    *o = 0;
}

ObjStr *float_repr(VM *vm, double d) {
    char buf[40];
    float_repr_buf(d, buf, sizeof buf);
    return str_from_cstr(vm, buf);
}

/* Decimal digits of i into buf (at least 21 bytes); returns the length.
 * Two digits per step from a table: printf is several times slower. */
size_t int_to_decimal(int64_t i, char *buf) {
    static const char pairs[] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                                "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
                                "8081828384858687888990919293949596979899";
    char tmp[24], *p = tmp + sizeof tmp;
    uint64_t u = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
    while (u >= 100) {
        unsigned d = (unsigned)(u % 100) * 2;
        u /= 100;
        *--p = pairs[d + 1];
        *--p = pairs[d];
    }
    if (u >= 10) {
        *--p = pairs[u * 2 + 1];
        *--p = pairs[u * 2];
    } else {
        *--p = (char)('0' + u);
    }
    if (i < 0) *--p = '-';
    size_t n = (size_t)(tmp + sizeof tmp - p);
    memcpy(buf, p, n);
    return n;
}

ObjStr *int_repr(VM *vm, int64_t i) {
    char buf[24];
    return str_new(vm, buf, int_to_decimal(i, buf));
}

/* ------------------------------------------------------------- strings */


static void add_escaped(StrBuf *b, const char *s, size_t len, char quote) {
    size_t i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            i++;
            if (c == (unsigned char)quote || c == '\\') { sb_addc(b, '\\'); sb_addc(b, (char)c); }
            else if (c == '\n') sb_adds(b, "\\n");
            else if (c == '\r') sb_adds(b, "\\r");
            else if (c == '\t') sb_adds(b, "\\t");
            else if (c < 0x20 || c == 0x7F) sb_addf(b, "\\x%02x", c);
            else sb_addc(b, (char)c);
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp);
        if (n <= 0) { sb_addf(b, "\\x%02x", c); i++; continue; }
        if (unicode_printable(cp)) sb_add(b, s + i, (size_t)n);
        else if (cp < 0x100) sb_addf(b, "\\x%02x", cp);
        else if (cp < 0x10000) sb_addf(b, "\\u%04x", cp);
        else sb_addf(b, "\\U%08x", cp);
        i += (size_t)n;
    }
}

static char pick_quote(const char *s, size_t len) {
    bool single = memchr(s, '\'', len) != NULL;
    bool dbl = memchr(s, '"', len) != NULL;
    return single && !dbl ? '"' : '\'';
}

ObjStr *str_repr(VM *vm, ObjStr *s) {
    StrBuf b;
    sb_init(&b, vm);
    char q = pick_quote(s->data, s->len);
    sb_addc(&b, q);
    add_escaped(&b, s->data, s->len, q);
    sb_addc(&b, q);
    return sb_finish(&b);
}

static ObjStr *bytes_repr(VM *vm, ObjBytes *bs) {
    StrBuf b;
    sb_init(&b, vm);
    char q = pick_quote((const char *)bs->data, bs->len);
    sb_addc(&b, 'b');
    sb_addc(&b, q);
    for (uint32_t i = 0; i < bs->len; i++) {
        unsigned char c = bs->data[i];
        if (c == (unsigned char)q || c == '\\') { sb_addc(&b, '\\'); sb_addc(&b, (char)c); }
        else if (c == '\n') sb_adds(&b, "\\n");
        else if (c == '\r') sb_adds(&b, "\\r");
        else if (c == '\t') sb_adds(&b, "\\t");
        else if (c < 0x20 || c >= 0x7F) sb_addf(&b, "\\x%02x", c);
        else sb_addc(&b, (char)c);
    }
    sb_addc(&b, q);
    return sb_finish(&b);
}

/* ---------------------------------------------------------- containers */

/* false if o is already being printed (a cycle) */
static bool repr_enter(VM *vm, Obj *o) {
    for (size_t i = 0; i < vm->repr_active.len; i++)
        if (vm->repr_active.items[i] == o) return false;
    ObjArray *a = &vm->repr_active;
    if (a->len == a->cap) {
        size_t ncap = a->cap ? a->cap * 2 : 16;
        a->items = vm_realloc_raw(vm, a->items, a->cap * sizeof(Obj *), ncap * sizeof(Obj *));
        a->cap = ncap;
    }
    a->items[a->len++] = o;
    return true;
}

static void repr_leave(VM *vm) { vm->repr_active.len--; }

static bool add_repr(StrBuf *b, Value v) {
    Value r = vm_repr(b->vm, v);
    if (IS_EXC(r)) return false;
    sb_add_str(b, AS_STR(r));
    return true;
}

static bool add_items(StrBuf *b, const Value *items, uint32_t n) {
    for (uint32_t i = 0; i < n; i++) {
        if (i) sb_adds(b, ", ");
        if (!add_repr(b, items[i])) return false;
    }
    return true;
}

static bool add_dict_items(StrBuf *b, Dict *d) {
    uint32_t pos = 0;
    DictEntry *e;
    bool first = true;
    while (dict_next(d, &pos, &e)) {
        if (!first) sb_adds(b, ", ");
        first = false;
        if (!add_repr(b, e->key)) return false;
        sb_adds(b, ": ");
        if (!add_repr(b, e->value)) return false;
    }
    return true;
}

static bool add_view_items(StrBuf *b, ObjDictView *v) {
    uint32_t pos = 0;
    DictEntry *e;
    bool first = true;
    while (dict_next(&v->dict->d, &pos, &e)) {
        if (!first) sb_adds(b, ", ");
        first = false;
        if (v->obj.extra == IT_DICT_ITEMS) {
            sb_addc(b, '(');
            if (!add_repr(b, e->key)) return false;
            sb_adds(b, ", ");
            if (!add_repr(b, e->value)) return false;
            sb_addc(b, ')');
        } else if (!add_repr(b, v->obj.extra == IT_DICT_KEYS ? e->key : e->value)) {
            return false;
        }
    }
    return true;
}

static Value container_repr(VM *vm, Value v) {
    Obj *o = AS_OBJ(v);
    static const char *const cycle[] = {[OT_LIST] = "[...]", [OT_DICT] = "{...}", [OT_SET] = "{...}",
                                        [OT_TUPLE] = "(...)", [OT_DICTVIEW] = "..."};
    if (!repr_enter(vm, o)) return v_obj(str_from_cstr(vm, cycle[o->type]));
    StrBuf b;
    sb_init(&b, vm);
    bool ok = true;
    switch ((ObjType)o->type) {
    case OT_LIST:
        sb_addc(&b, '[');
        ok = add_items(&b, ((ObjList *)o)->items, ((ObjList *)o)->len);
        sb_addc(&b, ']');
        break;
    case OT_TUPLE: {
        ObjTuple *t = (ObjTuple *)o;
        sb_addc(&b, '(');
        ok = add_items(&b, t->items, t->len);
        if (t->len == 1) sb_addc(&b, ',');
        sb_addc(&b, ')');
        break;
    }
    case OT_DICT:
        sb_addc(&b, '{');
        ok = add_dict_items(&b, &((ObjDict *)o)->d);
        sb_addc(&b, '}');
        break;
    case OT_SET: {
        bool frozen = (o->flags & SET_FROZEN) != 0;
        Set *s = &((ObjSet *)o)->s;
        if (s->used == 0) {
            sb_adds(&b, frozen ? "frozenset()" : "set()");
            break;
        }
        if (frozen) sb_adds(&b, "frozenset(");
        sb_addc(&b, '{');
        uint32_t pos = 0;
        Value k;
        for (bool first = true; ok && set_next(s, &pos, &k); first = false) {
            if (!first) sb_adds(&b, ", ");
            ok = add_repr(&b, k);
        }
        sb_addc(&b, '}');
        if (frozen) sb_addc(&b, ')');
        break;
    }
    case OT_DICTVIEW:
        sb_adds(&b, vm_type_name(vm, v));
        sb_adds(&b, "([");
        ok = add_view_items(&b, (ObjDictView *)o);
        sb_adds(&b, "])");
        break;
    default: break;
    }
    repr_leave(vm);
    if (!ok) {
        sb_free(&b);
        return V_EXC;
    }
    return v_obj(sb_finish(&b));
}

/* ------------------------------------------------------------- others */

static const char *module_prefix(VM *vm, ObjClass *cls, char *buf, size_t size) {
    Value mod = V_NONE;
    if (cls->dict) dict_get_str(&cls->dict->d, vm->names[NAME___module__], &mod);
    if (!IS_STR(mod) || strcmp(AS_STR(mod)->data, "builtins") == 0) return "";
    snprintf(buf, size, "%s.", AS_STR(mod)->data);
    return buf;
}

static Value default_object_repr(VM *vm, Value v) {
    char buf[128];
    ObjClass *cls = vm_class_of(vm, v);
    return v_obj(str_printf(vm, "<%s%s object at %p>", module_prefix(vm, cls, buf, sizeof buf),
                            cls->qualname->data, (void *)AS_OBJ(v)));
}

static Value exception_repr(VM *vm, Value v) {
    ObjException *e = AS_EXC(v);
    StrBuf b;
    sb_init(&b, vm);
    sb_add_str(&b, e->inst.cls->name);
    sb_addc(&b, '(');
    bool ok = add_items(&b, e->args->items, e->args->len);
    sb_addc(&b, ')');
    if (!ok) {
        sb_free(&b);
        return V_EXC;
    }
    return v_obj(sb_finish(&b));
}

static Value user_repr(VM *vm, Value v, CommonName which) {
    bool found;
    Value r = vm_call_special(vm, v, which, 0, NULL, &found);
    if (IS_EXC(r)) return r;
    if (!IS_STR(r))
        return vm_raise(vm, EXC_TypeError, "%s returned non-string (type %T)", vm->names[which]->data, r);
    return r;
}

static Value instance_repr(VM *vm, Value v) {
    ObjClass *cls = vm_class_of(vm, v);
    if (class_slots(vm, cls) & SLOT_REPR) return user_repr(vm, v, NAME___repr__);
    if (cls->cflags & CLASS_EXCEPTION) return exception_repr(vm, v);
    return default_object_repr(vm, v);
}

/* Reprs that recurse into other values (containers, exception args, user
 * __repr__) count their depth, so a value that contains itself other than
 * through a container ends in RecursionError, not a C stack overflow. */
static Value nested_repr(VM *vm, Value v, Value (*repr)(VM *, Value)) {
    if (++vm->c_depth > 4000 || !vm_check_stack(vm)) {
        vm->c_depth--;
        return vm_raise(vm, EXC_RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
    }
    Value r = repr(vm, v);
    vm->c_depth--;
    return r;
}

static Value function_repr(VM *vm, Value v) {
    Obj *o = AS_OBJ(v);
    switch ((ObjType)o->type) {
    case OT_CLOSURE:
        return v_obj(str_printf(vm, "<function %s at %p>", ((ObjClosure *)o)->proto->qualname->data, (void *)o));
    case OT_NATIVE: {
        ObjNative *n = (ObjNative *)o;
        return v_obj(str_printf(vm, "<built-in function %s>", n->name->data));
    }
    case OT_BOUND: {
        ObjBound *bm = (ObjBound *)o;
        Value self = vm_repr(vm, bm->self);
        if (IS_EXC(self)) return self;
        if (IS_NATIVE(bm->func)) {
            const char *name = AS_NATIVE(bm->func)->name->data;
            const char *dot = strrchr(name, '.');
            return v_obj(str_printf(vm, "<built-in method %s of %s object at %p>", dot ? dot + 1 : name,
                                    vm_type_name(vm, bm->self), (void *)AS_OBJ(bm->self)));
        }
        Value fname = vm_getattr(vm, bm->func, vm->names[NAME___qualname__]);
        if (IS_EXC(fname)) return fname;
        return v_obj(str_printf(vm, "<bound method %S of %S>", fname, self));
    }
    default: return V_UNDEF;
    }
}

static Value class_repr(VM *vm, ObjClass *cls) {
    char buf[128];
    return v_obj(str_printf(vm, "<class '%s%s'>", module_prefix(vm, cls, buf, sizeof buf), cls->qualname->data));
}

static Value module_repr(VM *vm, ObjModule *m) {
    if (m->path) return v_obj(str_printf(vm, "<module '%s' from '%s'>", m->name->data, m->path->data));
    return v_obj(str_printf(vm, "<module '%s' (built-in)>", m->name->data));
}

static Value range_repr(VM *vm, ObjRange *r) {
    if (r->step == 1) return v_obj(str_printf(vm, "range(%lld, %lld)", (long long)r->start, (long long)r->stop));
    return v_obj(str_printf(vm, "range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop, (long long)r->step));
}

Value task_repr(VM *vm, Value v);   /* task.c */

Value vm_repr(VM *vm, Value v) {
    switch ((ValueType)v.type) {
    case VT_NONE: return v_obj(str_intern(vm, "None", 4));
    case VT_BOOL: return v_obj(AS_BOOL(v) ? str_intern(vm, "True", 4) : str_intern(vm, "False", 5));
    case VT_INT: return v_obj(int_repr(vm, AS_INT(v)));
    case VT_FLOAT: return v_obj(float_repr(vm, AS_FLOAT(v)));
    case VT_OBJ: break;
    default: return v_obj(str_from_cstr(vm, "<undefined>"));
    }
    if (v_same(v, vm->not_implemented)) return v_obj(str_from_cstr(vm, "NotImplemented"));
    if (v_same(v, vm->ellipsis)) return v_obj(str_from_cstr(vm, "Ellipsis"));
    Obj *o = AS_OBJ(v);
    switch ((ObjType)o->type) {
    case OT_STR: return v_obj(str_repr(vm, (ObjStr *)o));
    case OT_BYTES: return v_obj(bytes_repr(vm, (ObjBytes *)o));
    case OT_LIST: case OT_TUPLE: case OT_DICT: case OT_SET: case OT_DICTVIEW: return nested_repr(vm, v, container_repr);
    case OT_RANGE: return range_repr(vm, (ObjRange *)o);
    case OT_SLICE: {
        ObjSlice *s = (ObjSlice *)o;
        return v_obj(str_printf(vm, "slice(%R, %R, %R)", s->start, s->stop, s->step));
    }
    case OT_CLOSURE: case OT_NATIVE: case OT_BOUND: return function_repr(vm, v);
    case OT_CLASS: return class_repr(vm, (ObjClass *)o);
    case OT_MODULE: return module_repr(vm, (ObjModule *)o);
    case OT_INSTANCE: case OT_CDATA: return nested_repr(vm, v, instance_repr);
    case OT_COROUTINE: case OT_TASK: case OT_FUTURE: return task_repr(vm, v);
    default: break;
    }
    return default_object_repr(vm, v);
}

ObjStr *exc_message(VM *vm, Value exc);

Value vm_str(VM *vm, Value v) {
    if (IS_STR(v)) return v;
    if (IS_A(v, OT_INSTANCE) || IS_A(v, OT_CDATA)) {
        ObjClass *cls = vm_class_of(vm, v);
        if (class_slots(vm, cls) & SLOT_STR) return user_repr(vm, v, NAME___str__);
        if (cls->cflags & CLASS_EXCEPTION) return v_obj(exc_message(vm, v));
    }
    return vm_repr(vm, v);
}
