/* iter.c - the iteration protocol: iter(x) and next(it) for every type,
 * and the built-in iterator objects (sequence, range, dict, enumerate,
 * zip, map, filter, reversed, iter(callable, sentinel)).
 *
 * vm_next returns the next item, V_UNDEF when the iterator is exhausted
 * (a StopIteration from a user __next__ is absorbed into that), or V_EXC. */
#include <string.h>

#include "vm.h"

ObjIter *iter_new(VM *vm, IterKind kind, Value src) {
    ObjIter *it = ALLOC_OBJ(vm, ObjIter, OT_ITER);
    it->obj.extra = kind;
    it->src = src;
    it->fn = V_NONE;
    return it;
}

static Value dict_iter(VM *vm, Dict *d, Value owner, IterKind kind) {
    ObjIter *it = iter_new(vm, kind, owner);
    it->stop = d->count;   /* size at start, to detect changes */
    return v_obj(it);
}

Value vm_iter(VM *vm, Value v) {
    if (IS_OBJ(v)) {
        Obj *o = AS_OBJ(v);
        switch ((ObjType)o->type) {
        case OT_LIST: case OT_TUPLE: return v_obj(iter_new(vm, IT_SEQ, v));
        case OT_STR: return v_obj(iter_new(vm, IT_STR, v));
        case OT_BYTES: return v_obj(iter_new(vm, IT_BYTES, v));
        case OT_DICT: return dict_iter(vm, &((ObjDict *)o)->d, v, IT_DICT_KEYS);
        case OT_SET: {
            ObjIter *it = iter_new(vm, IT_SET, v);
            it->stop = ((ObjSet *)o)->s.used;
            return v_obj(it);
        }
        case OT_DICTVIEW: {
            ObjDictView *dv = (ObjDictView *)o;
            return dict_iter(vm, &dv->dict->d, v_obj(dv->dict), (IterKind)o->extra);
        }
        case OT_RANGE: {
            ObjRange *r = (ObjRange *)o;
            ObjIter *it = iter_new(vm, IT_RANGE, V_NONE);
            it->i = r->start;
            it->stop = r->stop;
            it->step = r->step;
            return v_obj(it);
        }
        case OT_ITER: return v;
        case OT_INSTANCE: case OT_CDATA: {
            uint32_t slots = class_slots(vm, vm_class_of(vm, v));
            bool found;
            if (slots & SLOT_ITER) {
                Value r = vm_call_special(vm, v, NAME___iter__, 0, NULL, &found);
                if (IS_EXC(r)) return r;
                bool ok = IS_A(r, OT_ITER) ||
                          ((IS_A(r, OT_INSTANCE) || IS_A(r, OT_CDATA)) &&
                           (class_slots(vm, vm_class_of(vm, r)) & SLOT_NEXT));
                if (!ok) return vm_raise(vm, EXC_TypeError, "iter() returned non-iterator of type '%T'", r);
                return r;
            }
            if (slots & SLOT_GETITEM) {   /* the old sequence protocol */
                ObjIter *it = iter_new(vm, IT_SEQ, v);
                return v_obj(it);
            }
            Value m;
            if (class_lookup(vm_class_of(vm, v), vm->names[NAME___iter__], &m))
                return vm_call_special(vm, v, NAME___iter__, 0, NULL, &found);   /* C classes */
            break;
        }
        default: break;
        }
    }
    return vm_raise(vm, EXC_TypeError, "'%T' object is not iterable", v);
}

/* ------------------------------------------------------------ next */

static Value dict_next_item(VM *vm, ObjIter *it) {
    Dict *d = &AS_DICT(it->src)->d;
    if ((int64_t)d->count != it->stop) {
        it->stop = -1;
        return vm_raise(vm, EXC_RuntimeError, "dictionary changed size during iteration");
    }
    uint32_t pos = (uint32_t)it->i;
    DictEntry *e;
    if (!dict_next(d, &pos, &e)) {
        it->i = pos;
        return V_UNDEF;
    }
    it->i = pos;
    switch ((IterKind)it->obj.extra) {
    case IT_DICT_VALUES: return e->value;
    case IT_DICT_ITEMS: {
        Value kv[2] = {e->key, e->value};
        return v_obj(tuple_from(vm, kv, 2));
    }
    default: return e->key;
    }
}

static Value seq_next(VM *vm, ObjIter *it) {
    Value src = it->src;
    if (IS_LIST(src)) {
        ObjList *l = AS_LIST(src);
        if (it->i < l->len) return l->items[it->i++];
        it->i = INT64_MAX;
        return V_UNDEF;
    }
    if (IS_TUPLE(src)) {
        ObjTuple *t = AS_TUPLE(src);
        if (it->i < t->len) return t->items[it->i++];
        return V_UNDEF;
    }
    if (IS_UNDEF(src)) return V_UNDEF;
    /* sequence protocol on an instance: __getitem__(0), (1), ... until IndexError */
    Value r = vm_getitem(vm, src, v_int(it->i));
    if (IS_EXC(r)) {
        if (exc_matches(vm, vm->exc, EXC_IndexError) || exc_matches(vm, vm->exc, EXC_StopIteration)) {
            vm->exc = V_NONE;
            it->src = V_UNDEF;
            return V_UNDEF;
        }
        return r;
    }
    it->i++;
    return r;
}

static Value str_next(VM *vm, ObjIter *it) {
    ObjStr *s = AS_STR(it->src);
    if (it->i >= s->len) return V_UNDEF;
    unsigned char c = (unsigned char)s->data[it->i];
    size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    ObjStr *ch = str_new(vm, s->data + it->i, n);
    it->i += (int64_t)n;
    return v_obj(ch);
}

static Value multi_next(VM *vm, ObjIter *it, ObjTuple *iters, Value *items) {
    for (uint32_t k = 0; k < iters->len; k++) {
        Value v = vm_next(vm, iters->items[k]);
        if (IS_EXC(v) || IS_UNDEF(v)) return v;
        items[k] = v;
    }
    (void)it;
    return V_NONE;
}

static Value zip_next(VM *vm, ObjIter *it) {
    ObjTuple *iters = AS_TUPLE(it->src);
    ObjTuple *t = tuple_new(vm, iters->len);
    if (iters->len == 0) return V_UNDEF;
    Value r = multi_next(vm, it, iters, t->items);
    return IS_NONE(r) ? v_obj(t) : r;
}

static Value map_next(VM *vm, ObjIter *it) {
    ObjTuple *iters = AS_TUPLE(it->src);
    Value args[8];
    Value *argv = args;
    ObjTuple *big = NULL;
    if (iters->len > 8) {
        big = tuple_new(vm, iters->len);
        argv = big->items;
    }
    Value r = multi_next(vm, it, iters, argv);
    if (!IS_NONE(r)) return r;
    return vm_call(vm, it->fn, (int)iters->len, argv);
}

static Value filter_next(VM *vm, ObjIter *it) {
    for (;;) {
        Value v = vm_next(vm, it->src);
        if (IS_EXC(v) || IS_UNDEF(v)) return v;
        Value keep = v;
        if (!IS_NONE(it->fn)) {
            keep = vm_call(vm, it->fn, 1, &v);
            if (IS_EXC(keep)) return keep;
        }
        bool err;
        bool t = vm_truthy(vm, keep, &err);
        if (err) return V_EXC;
        if (t) return v;
    }
}

static Value reversed_next(VM *vm, ObjIter *it) {
    if (it->i < 0) return V_UNDEF;
    Value src = it->src;
    int64_t i = it->i--;
    if (IS_LIST(src)) {
        ObjList *l = AS_LIST(src);
        if (i >= l->len) { it->i = -1; return V_UNDEF; }
        return l->items[i];
    }
    if (IS_TUPLE(src)) return AS_TUPLE(src)->items[i];
    if (IS_STR(src)) return v_obj(str_char_at(vm, AS_STR(src), i));
    return vm_getitem(vm, src, v_int(i));
}

static Value user_next(VM *vm, Value obj) {
    bool found;
    Value r = vm_call_special(vm, obj, NAME___next__, 0, NULL, &found);
    if (!found) return vm_raise(vm, EXC_TypeError, "'%T' object is not an iterator", obj);
    if (IS_EXC(r) && exc_matches(vm, vm->exc, EXC_StopIteration)) {
        vm->exc = V_NONE;
        return V_UNDEF;
    }
    return r;
}

Value vm_next(VM *vm, Value iter) {
    if (!IS_A(iter, OT_ITER)) {
        if (IS_A(iter, OT_INSTANCE) || IS_A(iter, OT_CDATA)) return user_next(vm, iter);
        return vm_raise(vm, EXC_TypeError, "'%T' object is not an iterator", iter);
    }
    ObjIter *it = AS_ITER(iter);
    switch ((IterKind)it->obj.extra) {
    case IT_SEQ: return seq_next(vm, it);
    case IT_RANGE: {
        int64_t i = it->i;
        if (it->step > 0 ? i >= it->stop : i <= it->stop) return V_UNDEF;
        if (__builtin_add_overflow(i, it->step, &it->i)) it->i = it->step > 0 ? INT64_MAX : INT64_MIN;
        return v_int(i);
    }
    case IT_STR: return str_next(vm, it);
    case IT_BYTES: {
        ObjBytes *b = (ObjBytes *)AS_OBJ(it->src);
        if (it->i >= b->len) return V_UNDEF;
        return v_int(b->data[it->i++]);
    }
    case IT_DICT_KEYS: case IT_DICT_VALUES: case IT_DICT_ITEMS:
        if (it->stop < 0) return V_UNDEF;
        return dict_next_item(vm, it);
    case IT_SET: {
        Set *s = &AS_SET(it->src)->s;
        if (it->stop < 0) return V_UNDEF;
        if ((int64_t)s->used != it->stop) {
            it->stop = -1;
            return vm_raise(vm, EXC_RuntimeError, "Set changed size during iteration");
        }
        uint32_t pos = (uint32_t)it->i;
        Value v;
        bool more = set_next(s, &pos, &v);
        it->i = pos;
        return more ? v : V_UNDEF;
    }
    case IT_ENUMERATE: {
        Value v = vm_next(vm, it->fn);
        if (IS_EXC(v) || IS_UNDEF(v)) return v;
        Value pair[2] = {v_int(it->i++), v};
        return v_obj(tuple_from(vm, pair, 2));
    }
    case IT_ZIP: return zip_next(vm, it);
    case IT_MAP: return map_next(vm, it);
    case IT_FILTER: return filter_next(vm, it);
    case IT_REVERSED: return reversed_next(vm, it);
    case IT_CALL_SENTINEL: {
        if (IS_UNDEF(it->src)) return V_UNDEF;
        Value v = vm_call(vm, it->fn, 0, NULL);
        if (IS_EXC(v)) return v;
        Value eq = vm_equals(vm, v, it->src);
        if (IS_EXC(eq)) return eq;
        if (AS_BOOL(eq)) {
            it->src = V_UNDEF;
            return V_UNDEF;
        }
        return v;
    }
    }
    return V_UNDEF;
}
