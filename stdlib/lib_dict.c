/* lib_dict.c - the methods of dict and set, dict.update's mapping and
 * pair-sequence forms (also used by dict() and {**m}), and the set
 * operators | & - ^. */
#include <string.h>

#include "lib.h"

#define NATIVE(name) static Value name(VM *vm, int argc, Value *argv, ObjTuple *kwnames)
#define SELF_DICT (&AS_DICT(argv[0])->d)
#define SELF_SET (&AS_SET(argv[0])->s)

static Value key_error(VM *vm, Value key) {
    return vm_raise_value(vm, exc_new(vm, vm->exc_classes[EXC_KeyError], tuple_from(vm, &key, 1)));
}

/* ------------------------------------------------------------- update */

static Value update_pairs(VM *vm, ObjDict *d, Value seq) {
    Value it = vm_iter(vm, seq);
    if (IS_EXC(it)) return it;
    for (int64_t n = 0;; n++) {
        Value item = vm_next(vm, it);
        if (IS_EXC(item)) return item;
        if (IS_UNDEF(item)) return V_NONE;
        Value pair = list_from_iterable(vm, item);
        if (IS_EXC(pair)) {
            if (exc_matches(vm, vm->exc, EXC_TypeError))
                return vm_raise(vm, EXC_TypeError, "cannot convert dictionary update sequence element #%lld to a sequence",
                                (long long)n);
            return pair;
        }
        ObjList *p = AS_LIST(pair);
        if (p->len != 2)
            return vm_raise(vm, EXC_ValueError, "dictionary update sequence element #%lld has length %u; 2 is required",
                            (long long)n, p->len);
        if (!dict_set(vm, &d->d, p->items[0], p->items[1])) return V_EXC;
    }
}

static Value merge_entry(VM *vm, ObjDict *d, Value key, Value value, bool no_dups) {
    if (no_dups) {
        if (!IS_STR(key)) return vm_raise(vm, EXC_TypeError, "keywords must be strings");
        Value old;
        if (dict_get_str(&d->d, AS_STR(key), &old))
            return vm_raise(vm, EXC_TypeError, "got multiple values for keyword argument '%s'", AS_STR(key)->data);
    }
    return dict_set(vm, &d->d, key, value) ? V_NONE : V_EXC;
}

/* d.update(other): a dict, an object with keys() and [], or (with
 * !no_dups) a sequence of pairs. no_dups is f(**a, **b)'s rule. */
Value dict_update_from(VM *vm, ObjDict *d, Value other, bool no_dups) {
    if (IS_DICT(other)) {
        Dict *src = &AS_DICT(other)->d;
        uint32_t pos = 0;
        DictEntry *e;
        while (dict_next(src, &pos, &e)) {
            Value r = merge_entry(vm, d, e->key, e->value, no_dups);
            if (IS_EXC(r)) return r;
        }
        return V_NONE;
    }
    bool found;
    Value keys = vm_getattr_opt(vm, other, str_intern(vm, "keys", 4), &found);
    if (IS_EXC(keys)) return keys;
    if (!found) {
        if (no_dups) return vm_raise(vm, EXC_TypeError, "'%T' object is not a mapping", other);
        return update_pairs(vm, d, other);
    }
    Value ks = vm_call(vm, keys, 0, NULL);
    if (IS_EXC(ks)) return ks;
    Value it = vm_iter(vm, ks);
    if (IS_EXC(it)) return it;
    for (;;) {
        Value k = vm_next(vm, it);
        if (IS_EXC(k)) return k;
        if (IS_UNDEF(k)) return V_NONE;
        Value v = vm_getitem(vm, other, k);
        if (IS_EXC(v)) return v;
        Value r = merge_entry(vm, d, k, v, no_dups);
        if (IS_EXC(r)) return r;
    }
}

/* ------------------------------------------------------------- dict */

NATIVE(dict_get_m) {
    (void)kwnames;
    Value v;
    bool err;
    if (dict_get(vm, SELF_DICT, argv[1], &v, &err)) return v;
    if (err) return V_EXC;
    return argc > 2 ? argv[2] : V_NONE;
}

static Value make_view(VM *vm, Value dict, IterKind kind) {
    ObjDictView *v = ALLOC_OBJ(vm, ObjDictView, OT_DICTVIEW);
    v->obj.extra = kind;
    v->dict = AS_DICT(dict);
    return v_obj(v);
}

NATIVE(dict_keys_m) { (void)argc, (void)kwnames; return make_view(vm, argv[0], IT_DICT_KEYS); }
NATIVE(dict_values_m) { (void)argc, (void)kwnames; return make_view(vm, argv[0], IT_DICT_VALUES); }
NATIVE(dict_items_m) { (void)argc, (void)kwnames; return make_view(vm, argv[0], IT_DICT_ITEMS); }

NATIVE(dict_pop_m) {
    (void)kwnames;
    Value v;
    bool err;
    if (dict_get(vm, SELF_DICT, argv[1], &v, &err)) {
        dict_del(vm, SELF_DICT, argv[1], &err);
        return err ? V_EXC : v;
    }
    if (err) return V_EXC;
    if (argc > 2) return argv[2];
    return key_error(vm, argv[1]);
}

NATIVE(dict_popitem_m) {
    (void)argc, (void)kwnames;
    Dict *d = SELF_DICT;
    if (!d->count) return vm_raise(vm, EXC_KeyError, "popitem(): dictionary is empty");
    uint32_t i = d->used;
    while (i > 0 && IS_UNDEF(d->entries[i - 1].key)) i--;
    DictEntry e = d->entries[i - 1];
    bool err;
    dict_del(vm, d, e.key, &err);
    Value pair[2] = {e.key, e.value};
    return v_obj(tuple_from(vm, pair, 2));
}

NATIVE(dict_setdefault_m) {
    (void)kwnames;
    Value v;
    bool err;
    if (dict_get(vm, SELF_DICT, argv[1], &v, &err)) return v;
    if (err) return V_EXC;
    Value dflt = argc > 2 ? argv[2] : V_NONE;
    return dict_set(vm, SELF_DICT, argv[1], dflt) ? dflt : V_EXC;
}

NATIVE(dict_update_m) {
    int n = argc - (kwnames ? (int)kwnames->len : 0);
    if (n > 2) return vm_raise(vm, EXC_TypeError, "update expected at most 1 argument, got %d", n - 1);
    ObjDict *d = AS_DICT(argv[0]);
    if (n == 2) {
        Value r = dict_update_from(vm, d, argv[1], false);
        if (IS_EXC(r)) return r;
    }
    for (uint32_t k = 0; kwnames && k < kwnames->len; k++) dict_set_str(vm, &d->d, AS_STR(kwnames->items[k]), argv[n + (int)k]);
    return V_NONE;
}

NATIVE(dict_copy_m) {
    (void)argc, (void)kwnames;
    ObjDict *d = dict_new(vm);
    return dict_copy_into(vm, &d->d, SELF_DICT) ? v_obj(d) : V_EXC;
}

NATIVE(dict_clear_m) {
    (void)argc, (void)kwnames;
    dict_clear(vm, SELF_DICT);
    return V_NONE;
}

NATIVE(dict_fromkeys_m) {
    (void)kwnames;
    ObjDict *d = dict_new(vm);
    Value dflt = argc > 1 ? argv[1] : V_NONE;
    Value it = vm_iter(vm, argv[0]);
    if (IS_EXC(it)) return it;
    for (;;) {
        Value k = vm_next(vm, it);
        if (IS_EXC(k)) return k;
        if (IS_UNDEF(k)) return v_obj(d);
        if (!dict_set(vm, &d->d, k, dflt)) return V_EXC;
    }
}

NATIVE(view_isdisjoint) {
    (void)argc, (void)kwnames;
    Value common = view_set_binop(vm, OP_BITAND, argv[0], argv[1]);
    return IS_EXC(common) ? common : v_bool(AS_SET(common)->s.used == 0);
}

void lib_dict_methods(VM *vm, ObjClass *c) {
    class_add_native(vm, vm->classes[CLS_dict_keys], "isdisjoint", view_isdisjoint, 2, 2, 0);
    class_add_native(vm, vm->classes[CLS_dict_items], "isdisjoint", view_isdisjoint, 2, 2, 0);
    class_add_native(vm, c, "get", dict_get_m, 2, 3, 0);
    class_add_native(vm, c, "keys", dict_keys_m, 1, 1, 0);
    class_add_native(vm, c, "values", dict_values_m, 1, 1, 0);
    class_add_native(vm, c, "items", dict_items_m, 1, 1, 0);
    class_add_native(vm, c, "pop", dict_pop_m, 2, 3, 0);
    class_add_native(vm, c, "popitem", dict_popitem_m, 1, 1, 0);
    class_add_native(vm, c, "setdefault", dict_setdefault_m, 2, 3, 0);
    class_add_native(vm, c, "update", dict_update_m, 1, -1, NATIVE_KW);
    class_add_native(vm, c, "copy", dict_copy_m, 1, 1, 0);
    class_add_native(vm, c, "clear", dict_clear_m, 1, 1, 0);
    class_add_native(vm, c, "fromkeys", dict_fromkeys_m, 1, 2, NATIVE_STATIC);
}

/* -------------------------------------------------------------- sets */

/* s |= iterable, adding in the order CPython's set update does: a set or
 * frozenset merges table to table; a dict is pre-sized, then its keys. */
Value set_update(VM *vm, Set *s, Value iterable) {
    if (IS_SET(iterable)) return set_merge(vm, s, &AS_SET(iterable)->s) < 0 ? V_EXC : V_NONE;
    if (IS_DICT(iterable)) {
        Dict *d = &AS_DICT(iterable)->d;
        uint32_t pos = 0;
        DictEntry *e;
        while (dict_next(d, &pos, &e))
            if (set_add(vm, s, e->key) < 0) return V_EXC;
        return V_NONE;
    }
    Value it = vm_iter(vm, iterable);
    if (IS_EXC(it)) return it;
    for (;;) {
        Value v = vm_next(vm, it);
        if (IS_EXC(v)) return v;
        if (IS_UNDEF(v)) return V_NONE;
        if (set_add(vm, s, v) < 0) return V_EXC;
    }
}

static ObjSet *new_like(VM *vm, ObjSet *proto) { return (proto->obj.flags & SET_FROZEN) ? frozenset_new(vm) : set_new(vm); }

/* A set view of any iterable: a set itself when it is one (NULL, exception
 * raised, if it is not iterable). */
ObjSet *set_of(VM *vm, Value v) {
    if (IS_SET(v)) return AS_SET(v);
    ObjSet *s = set_new(vm);
    return IS_EXC(set_update(vm, &s->s, v)) ? NULL : s;
}

static Value copy_of(VM *vm, ObjSet *a) {
    ObjSet *r = new_like(vm, a);
    return set_merge(vm, &r->s, &a->s) < 0 ? V_EXC : v_obj(r);
}

static Value intersection(VM *vm, ObjSet *a, ObjSet *b, ObjSet *shape) {
    ObjSet *r = new_like(vm, shape);
    if (a->s.used > b->s.used) {   /* walk the smaller one */
        ObjSet *t = a;
        a = b;
        b = t;
    }
    uint32_t pos = 0;
    Value k;
    while (set_next(&a->s, &pos, &k)) {
        int in = set_contains(vm, &b->s, k);
        if (in < 0 || (in && set_add(vm, &r->s, k) < 0)) return V_EXC;
    }
    return v_obj(r);
}

static Value difference(VM *vm, ObjSet *a, ObjSet *b) {
    ObjSet *r = new_like(vm, a);
    uint32_t pos = 0;
    Value k;
    while (set_next(&a->s, &pos, &k)) {
        int in = set_contains(vm, &b->s, k);
        if (in < 0 || (!in && set_add(vm, &r->s, k) < 0)) return V_EXC;
    }
    return v_obj(r);
}

static Value symmetric_difference(VM *vm, ObjSet *a, ObjSet *b) {
    Value r = copy_of(vm, a);
    if (IS_EXC(r)) return r;
    uint32_t pos = 0;
    Value k;
    while (set_next(&b->s, &pos, &k)) {
        int gone = set_discard(vm, &AS_SET(r)->s, k);
        if (gone < 0 || (!gone && set_add(vm, &AS_SET(r)->s, k) < 0)) return V_EXC;
    }
    return r;
}

/* a op b for the operators | & - ^; in place into `into` when given. */
Value set_binop(VM *vm, int op, ObjSet *a, ObjSet *b, ObjSet *into) {
    Value r;
    switch (op) {
    case OP_BITOR:
        r = copy_of(vm, a);
        if (!IS_EXC(r) && set_merge(vm, &AS_SET(r)->s, &b->s) < 0) r = V_EXC;
        break;
    case OP_BITAND: r = intersection(vm, a, b, a); break;
    case OP_SUB: r = difference(vm, a, b); break;
    default: r = symmetric_difference(vm, a, b); break;
    }
    if (IS_EXC(r) || !into) return r;
    set_clear(vm, &into->s);
    if (set_merge(vm, &into->s, &AS_SET(r)->s) < 0) return V_EXC;
    return v_obj(into);
}

/* dict.keys() and dict.items() are set-like: `keys & other`, `other - keys`
 * with any iterable on either side give a new set. */
Value view_set_binop(VM *vm, int op, Value a, Value b) {
    ObjSet *x = set_of(vm, a);
    if (!x) return V_EXC;
    ObjSet *y = set_of(vm, b);
    if (!y) return V_EXC;
    return set_binop(vm, op, x, y, NULL);
}

static Value set_multi(VM *vm, int argc, Value *argv, int op, bool in_place) {
    ObjSet *self = AS_SET(argv[0]);
    Value acc = v_obj(self);
    if (!in_place) {
        acc = copy_of(vm, self);
        if (IS_EXC(acc)) return acc;
    }
    for (int i = 1; i < argc; i++) {
        if (op == OP_BITOR) {   /* update/union take any iterable as it comes */
            if (IS_EXC(set_update(vm, &AS_SET(acc)->s, argv[i]))) return V_EXC;
            continue;
        }
        ObjSet *other = set_of(vm, argv[i]);
        if (!other) return V_EXC;
        Value r = set_binop(vm, op, AS_SET(acc), other, AS_SET(acc));
        if (IS_EXC(r)) return r;
    }
    return in_place ? V_NONE : acc;
}

NATIVE(set_union_m) { (void)kwnames; return set_multi(vm, argc, argv, OP_BITOR, false); }
NATIVE(set_intersection_m) { (void)kwnames; return set_multi(vm, argc, argv, OP_BITAND, false); }
NATIVE(set_difference_m) { (void)kwnames; return set_multi(vm, argc, argv, OP_SUB, false); }
NATIVE(set_symdiff_m) { (void)kwnames; return set_multi(vm, argc, argv, OP_BITXOR, false); }
NATIVE(set_update_m) { (void)kwnames; return set_multi(vm, argc, argv, OP_BITOR, true); }
NATIVE(set_intersection_update_m) { (void)kwnames; return set_multi(vm, argc, argv, OP_BITAND, true); }
NATIVE(set_difference_update_m) { (void)kwnames; return set_multi(vm, argc, argv, OP_SUB, true); }
NATIVE(set_symdiff_update_m) { (void)kwnames; return set_multi(vm, argc, argv, OP_BITXOR, true); }

NATIVE(set_add_m) {
    (void)argc, (void)kwnames;
    return set_add(vm, SELF_SET, argv[1]) < 0 ? V_EXC : V_NONE;
}

NATIVE(set_remove_m) {
    (void)argc, (void)kwnames;
    int r = set_discard(vm, SELF_SET, argv[1]);
    return r < 0 ? V_EXC : r ? V_NONE : key_error(vm, argv[1]);
}

NATIVE(set_discard_m) {
    (void)argc, (void)kwnames;
    return set_discard(vm, SELF_SET, argv[1]) < 0 ? V_EXC : V_NONE;
}

NATIVE(set_pop_m) {
    (void)argc, (void)kwnames;
    Value k;
    if (!set_pop_entry(SELF_SET, &k)) return vm_raise(vm, EXC_KeyError, "pop from an empty set");
    return k;
}

NATIVE(set_clear_m) {
    (void)argc, (void)kwnames;
    set_clear(vm, SELF_SET);
    return V_NONE;
}

NATIVE(set_copy_m) {
    (void)argc, (void)kwnames;
    if (IS_FROZENSET(argv[0])) return argv[0];
    return copy_of(vm, AS_SET(argv[0]));
}

static Value subset_of(VM *vm, Value a, Value b) {
    ObjSet *sa = set_of(vm, a), *sb = sa ? set_of(vm, b) : NULL;
    if (!sb) return V_EXC;
    return vm_compare(vm, CMP_LE, v_obj(sa), v_obj(sb));
}

NATIVE(set_issubset_m) { (void)argc, (void)kwnames; return subset_of(vm, argv[0], argv[1]); }
NATIVE(set_issuperset_m) { (void)argc, (void)kwnames; return subset_of(vm, argv[1], argv[0]); }

NATIVE(set_isdisjoint_m) {
    (void)argc, (void)kwnames;
    ObjSet *other = set_of(vm, argv[1]);
    if (!other) return V_EXC;
    Value r = intersection(vm, AS_SET(argv[0]), other, AS_SET(argv[0]));
    return IS_EXC(r) ? r : v_bool(AS_SET(r)->s.used == 0);
}

void lib_set_methods(VM *vm, ObjClass *c) {
    class_add_native(vm, c, "copy", set_copy_m, 1, 1, 0);
    class_add_native(vm, c, "union", set_union_m, 1, -1, 0);
    class_add_native(vm, c, "intersection", set_intersection_m, 1, -1, 0);
    class_add_native(vm, c, "difference", set_difference_m, 1, -1, 0);
    class_add_native(vm, c, "symmetric_difference", set_symdiff_m, 2, 2, 0);
    class_add_native(vm, c, "issubset", set_issubset_m, 2, 2, 0);
    class_add_native(vm, c, "issuperset", set_issuperset_m, 2, 2, 0);
    class_add_native(vm, c, "isdisjoint", set_isdisjoint_m, 2, 2, 0);
    if (c == vm->classes[CLS_frozenset]) return;   /* the rest mutate */
    class_add_native(vm, c, "add", set_add_m, 2, 2, 0);
    class_add_native(vm, c, "remove", set_remove_m, 2, 2, 0);
    class_add_native(vm, c, "discard", set_discard_m, 2, 2, 0);
    class_add_native(vm, c, "pop", set_pop_m, 1, 1, 0);
    class_add_native(vm, c, "clear", set_clear_m, 1, 1, 0);
    class_add_native(vm, c, "update", set_update_m, 1, -1, 0);
    class_add_native(vm, c, "intersection_update", set_intersection_update_m, 1, -1, 0);
    class_add_native(vm, c, "difference_update", set_difference_update_m, 1, -1, 0);
    class_add_native(vm, c, "symmetric_difference_update", set_symdiff_update_m, 2, 2, 0);
}
