/* item.c - subscripting: obj[key], obj[key] = v, del obj[key], and slices.
 *
 * Sequences take integers (negative counts from the end) or slices; dicts
 * take any hashable key; user classes go through __getitem__ and friends. */
#include <string.h>

#include "vm.h"

/* ------------------------------------------------------------ indices */

Value vm_index_value(VM *vm, Value v, int64_t *out) {
    if (IS_INTLIKE(v)) {
        *out = AS_INT(v);
        return V_NONE;
    }
    if (IS_A(v, OT_INSTANCE)) {
        bool found;
        Value r = vm_call_special(vm, v, NAME___index__, 0, NULL, &found);
        if (found) {
            if (IS_EXC(r)) return r;
            if (IS_INTLIKE(r)) {
                *out = AS_INT(r);
                return V_NONE;
            }
            return vm_raise(vm, EXC_TypeError, "__index__ returned non-int (type %T)", r);
        }
    }
    return vm_raise(vm, EXC_TypeError, "'%T' object cannot be interpreted as an integer", v);
}

static Value slice_part(VM *vm, Value v, int64_t *out) {
    if (IS_INTLIKE(v)) {
        *out = AS_INT(v);
        return V_NONE;
    }
    Value r = vm_index_value(vm, v, out);
    if (IS_EXC(r))
        return vm_raise(vm, EXC_TypeError, "slice indices must be integers or None or have an __index__ method");
    return r;
}

/* Resolve a slice against a length, as Python's slice.indices(). */
bool slice_indices(VM *vm, ObjSlice *s, int64_t len, int64_t *start, int64_t *stop, int64_t *step, int64_t *count) {
    *step = 1;
    if (!IS_NONE(s->step)) {
        if (IS_EXC(slice_part(vm, s->step, step))) return false;
        if (*step == 0) {
            vm_raise(vm, EXC_ValueError, "slice step cannot be zero");
            return false;
        }
    }
    int64_t lo = *step < 0 ? -1 : 0, hi = *step < 0 ? len - 1 : len;
    if (IS_NONE(s->start)) *start = *step < 0 ? hi : lo;
    else {
        if (IS_EXC(slice_part(vm, s->start, start))) return false;
        if (*start < 0) { *start += len; if (*start < lo) *start = lo; }
        else if (*start > hi) *start = hi;
    }
    if (IS_NONE(s->stop)) *stop = *step < 0 ? lo : hi;
    else {
        if (IS_EXC(slice_part(vm, s->stop, stop))) return false;
        if (*stop < 0) { *stop += len; if (*stop < lo) *stop = lo; }
        else if (*stop > hi) *stop = hi;
    }
    if (*step < 0) *count = *stop < *start ? (*start - *stop - 1) / (-*step) + 1 : 0;
    else *count = *start < *stop ? (*stop - *start - 1) / *step + 1 : 0;
    return true;
}

static bool seq_index(VM *vm, Value key, int64_t len, const char *what, int64_t *out) {
    int64_t i;
    if (IS_INTLIKE(key)) i = AS_INT(key);
    else if (IS_A(key, OT_INSTANCE)) {
        if (IS_EXC(vm_index_value(vm, key, &i))) return false;
    } else {
        vm_raise(vm, EXC_TypeError, "%s indices must be integers or slices, not %T", what, key);
        return false;
    }
    if (i < 0) i += len;
    if (i < 0 || i >= len) {
        vm_raise(vm, EXC_IndexError, "%s index out of range", what);
        return false;
    }
    *out = i;
    return true;
}

/* ------------------------------------------------------------ getitem */

static Value slice_values(VM *vm, const Value *items, int64_t len, ObjSlice *s, bool tuple) {
    int64_t start, stop, step, n;
    if (!slice_indices(vm, s, len, &start, &stop, &step, &n)) return V_EXC;
    Value *dst;
    Value r;
    if (tuple) {
        ObjTuple *t = tuple_new(vm, (uint32_t)n);
        dst = t->items;
        r = v_obj(t);
    } else {
        ObjList *l = list_new(vm, (uint32_t)n);
        l->len = (uint32_t)n;
        dst = l->items;
        r = v_obj(l);
    }
    for (int64_t i = 0, j = start; i < n; i++, j += step) dst[i] = items[j];
    return r;
}

static Value str_slice(VM *vm, ObjStr *s, ObjSlice *sl) {
    int64_t start, stop, step, n;
    if (!slice_indices(vm, sl, s->nchars, &start, &stop, &step, &n)) return V_EXC;
    if (step == 1) return v_obj(str_substr(vm, s, start, start + n));
    StrBuf b;
    sb_init(&b, vm);
    for (int64_t i = 0, j = start; i < n; i++, j += step) sb_add_str(&b, str_char_at(vm, s, j));
    return v_obj(sb_finish(&b));
}

static Value bytes_slice(VM *vm, ObjBytes *bs, ObjSlice *sl) {
    int64_t start, stop, step, n;
    if (!slice_indices(vm, sl, bs->len, &start, &stop, &step, &n)) return V_EXC;
    ObjBytes *r = (ObjBytes *)vm_alloc_obj(vm, OT_BYTES, sizeof(ObjBytes) + (size_t)n + 1);
    r->len = (uint32_t)n;
    for (int64_t i = 0, j = start; i < n; i++, j += step) r->data[i] = bs->data[j];
    return v_obj(r);
}

static Value range_item(VM *vm, ObjRange *r, Value key) {
    uint64_t count = range_count(r);
    int64_t len = count > INT64_MAX ? INT64_MAX : (int64_t)count;   /* past 63 bits: every index from the start fits */
    if (IS_A(key, OT_SLICE)) {
        int64_t start, stop, step, n;
        if (!slice_indices(vm, (ObjSlice *)AS_OBJ(key), len, &start, &stop, &step, &n)) return V_EXC;
        ObjRange *nr = ALLOC_OBJ(vm, ObjRange, OT_RANGE);
        nr->start = r->start + start * r->step;
        nr->stop = r->start + stop * r->step;
        nr->step = r->step * step;
        return v_obj(nr);
    }
    int64_t i;
    if (!seq_index(vm, key, len, "range object", &i)) return V_EXC;
    return v_int(r->start + i * r->step);
}

static Value not_subscriptable(VM *vm, Value obj) {
    return vm_raise(vm, EXC_TypeError, "'%T' object is not subscriptable", obj);
}

Value vm_getitem(VM *vm, Value obj, Value key) {
    if (!IS_OBJ(obj)) return not_subscriptable(vm, obj);
    Obj *o = AS_OBJ(obj);
    int64_t i;
    switch ((ObjType)o->type) {
    case OT_LIST: {
        ObjList *l = (ObjList *)o;
        if (IS_A(key, OT_SLICE)) return slice_values(vm, l->items, l->len, (ObjSlice *)AS_OBJ(key), false);
        if (!seq_index(vm, key, l->len, "list", &i)) return V_EXC;
        return l->items[i];
    }
    case OT_TUPLE: {
        ObjTuple *t = (ObjTuple *)o;
        if (IS_A(key, OT_SLICE)) return slice_values(vm, t->items, t->len, (ObjSlice *)AS_OBJ(key), true);
        if (!seq_index(vm, key, t->len, "tuple", &i)) return V_EXC;
        return t->items[i];
    }
    case OT_STR: {
        ObjStr *s = (ObjStr *)o;
        if (IS_A(key, OT_SLICE)) return str_slice(vm, s, (ObjSlice *)AS_OBJ(key));
        if (!IS_INTLIKE(key) && !IS_A(key, OT_INSTANCE))
            return vm_raise(vm, EXC_TypeError, "string indices must be integers, not '%T'", key);
        if (!seq_index(vm, key, s->nchars, "string", &i)) return V_EXC;
        return v_obj(str_char_at(vm, s, i));
    }
    case OT_BYTES: {
        ObjBytes *b = (ObjBytes *)o;
        if (IS_A(key, OT_SLICE)) return bytes_slice(vm, b, (ObjSlice *)AS_OBJ(key));
        if (!seq_index(vm, key, b->len, "index", &i)) return V_EXC;
        return v_int(b->data[i]);
    }
    case OT_DICT: {
        Value v;
        bool err;
        if (dict_get(vm, &((ObjDict *)o)->d, key, &v, &err)) return v;
        if (err) return V_EXC;
        return vm_raise_value(vm, exc_new(vm, vm->exc_classes[EXC_KeyError], tuple_from(vm, &key, 1)));
    }
    case OT_RANGE: return range_item(vm, (ObjRange *)o, key);
    case OT_INSTANCE: case OT_CDATA: {
        bool found;
        Value r = vm_call_special(vm, obj, NAME___getitem__, 1, &key, &found);
        if (found) return r;
        break;
    }
    case OT_CLASS: return obj;   /* list[int] in annotations: a no-op alias */
    default: break;
    }
    return not_subscriptable(vm, obj);
}

/* ------------------------------------------------------------ setitem */

Value list_from_iterable(VM *vm, Value iterable);   /* lib_list.c */

static Value list_set_slice(VM *vm, ObjList *l, ObjSlice *s, Value v) {
    int64_t start, stop, step, n;
    if (!slice_indices(vm, s, l->len, &start, &stop, &step, &n)) return V_EXC;
    Value src = list_from_iterable(vm, v);
    if (IS_EXC(src)) {
        if (exc_matches(vm, vm->exc, EXC_TypeError))
            return vm_raise(vm, EXC_TypeError, "can only assign an iterable");
        return src;
    }
    ObjList *items = AS_LIST(src);
    if (step != 1) {
        if (items->len != (uint64_t)n)
            return vm_raise(vm, EXC_ValueError, "attempt to assign sequence of size %u to extended slice of size %lld",
                            items->len, (long long)n);
        for (int64_t i = 0, j = start; i < n; i++, j += step) l->items[j] = items->items[i];
        return V_NONE;
    }
    if (stop < start) stop = start;
    uint32_t removed = (uint32_t)(stop - start), added = items->len;
    uint32_t newlen = l->len - removed + added;
    list_reserve(vm, l, newlen);
    if (l->len > (size_t)stop) memmove(&l->items[start + added], &l->items[stop], (l->len - (size_t)stop) * sizeof(Value));
    if (added) memcpy(&l->items[start], items->items, added * sizeof(Value));
    l->len = newlen;
    return V_NONE;
}

Value vm_setitem(VM *vm, Value obj, Value key, Value v) {
    if (IS_OBJ(obj)) {
        Obj *o = AS_OBJ(obj);
        int64_t i;
        switch ((ObjType)o->type) {
        case OT_LIST: {
            ObjList *l = (ObjList *)o;
            if (IS_A(key, OT_SLICE)) return list_set_slice(vm, l, (ObjSlice *)AS_OBJ(key), v);
            if (!seq_index(vm, key, l->len, "list assignment", &i)) return V_EXC;
            l->items[i] = v;
            return V_NONE;
        }
        case OT_DICT:
            return dict_set(vm, &((ObjDict *)o)->d, key, v) ? V_NONE : V_EXC;
        case OT_INSTANCE: case OT_CDATA: {
            Value args[2] = {key, v};
            bool found;
            Value r = vm_call_special(vm, obj, NAME___setitem__, 2, args, &found);
            if (found) return IS_EXC(r) ? r : V_NONE;
            break;
        }
        default: break;
        }
    }
    return vm_raise(vm, EXC_TypeError, "'%T' object does not support item assignment", obj);
}

Value vm_delitem(VM *vm, Value obj, Value key) {
    if (IS_OBJ(obj)) {
        Obj *o = AS_OBJ(obj);
        int64_t i;
        switch ((ObjType)o->type) {
        case OT_LIST: {
            ObjList *l = (ObjList *)o;
            if (IS_A(key, OT_SLICE)) {
                int64_t start, stop, step, n;
                if (!slice_indices(vm, (ObjSlice *)AS_OBJ(key), l->len, &start, &stop, &step, &n)) return V_EXC;
                if (step < 0) { start = start + (n - 1) * step; step = -step; }
                uint32_t w = (uint32_t)start;
                for (uint32_t r = (uint32_t)start, k = 0; r < l->len; r++) {
                    if (k < n && r == start + (int64_t)k * step) { k++; continue; }
                    l->items[w++] = l->items[r];
                }
                l->len = w;
                return V_NONE;
            }
            if (!seq_index(vm, key, l->len, "list assignment", &i)) return V_EXC;
            memmove(&l->items[i], &l->items[i + 1], (l->len - (size_t)i - 1) * sizeof(Value));
            l->len--;
            return V_NONE;
        }
        case OT_DICT: {
            bool err;
            if (dict_del(vm, &((ObjDict *)o)->d, key, &err)) return V_NONE;
            if (err) return V_EXC;
            return vm_raise_value(vm, exc_new(vm, vm->exc_classes[EXC_KeyError], tuple_from(vm, &key, 1)));
        }
        case OT_INSTANCE: case OT_CDATA: {
            bool found;
            Value r = vm_call_special(vm, obj, NAME___delitem__, 1, &key, &found);
            if (found) return IS_EXC(r) ? r : V_NONE;
            break;
        }
        default: break;
        }
    }
    return vm_raise(vm, EXC_TypeError, "'%T' object doesn't support item deletion", obj);
}
