/* lib_list.c - the methods of list and tuple, building lists from any
 * iterable, and the stable sort behind list.sort() and sorted(). */
#include <string.h>

#include "lib.h"

#define NATIVE(name) static Value name(VM *vm, int argc, Value *argv, ObjTuple *kwnames)
#define SELF_LIST AS_LIST(argv[0])

/* -------------------------------------------------------------- helpers */

Value list_extend_iter(VM *vm, ObjList *l, Value iterable) {
    if (IS_LIST(iterable) || IS_TUPLE(iterable)) {
        uint32_t n = IS_LIST(iterable) ? AS_LIST(iterable)->len : AS_TUPLE(iterable)->len;
        if (n == 0) return V_NONE;
        list_reserve(vm, l, l->len + n);   /* may move l->items: l.extend(l) reads them after */
        const Value *items = IS_LIST(iterable) ? AS_LIST(iterable)->items : AS_TUPLE(iterable)->items;
        memmove(l->items + l->len, items, n * sizeof(Value));
        l->len += n;
        return V_NONE;
    }
    Value it = vm_iter(vm, iterable);
    if (IS_EXC(it)) return it;
    for (;;) {
        Value v = vm_next(vm, it);
        if (IS_EXC(v)) return v;
        if (IS_UNDEF(v)) return V_NONE;
        list_append(vm, l, v);
    }
}

Value list_from_iterable(VM *vm, Value iterable) {
    ObjList *l = list_new(vm, 0);
    Value r = list_extend_iter(vm, l, iterable);
    return IS_EXC(r) ? r : v_obj(l);
}

/* ----------------------------------------------------------------- sort */

typedef struct SortCtx {
    VM *vm;
    bool reverse;
    bool failed;
} SortCtx;

/* Is a strictly before b in the sorted order? */
static bool before(SortCtx *c, Value a, Value b) {
    if (c->failed) return false;
    if (c->reverse) {
        Value t = a;
        a = b;
        b = t;
    }
    if (IS_INT(a) && IS_INT(b)) return AS_INT(a) < AS_INT(b);
    if (IS_FLOAT(a) && IS_FLOAT(b)) return AS_FLOAT(a) < AS_FLOAT(b);
    if (IS_STR(a) && IS_STR(b)) return str_cmp(AS_STR(a), AS_STR(b)) < 0;
    Value r = vm_compare(c->vm, CMP_LT, a, b);
    if (IS_EXC(r)) {
        c->failed = true;
        return false;
    }
    bool err;
    bool t = vm_truthy(c->vm, r, &err);
    if (err) c->failed = true;
    return t;
}

/* Stable merge sort of keys[] carrying vals[] along (vals may be NULL). */
static void merge_sort(SortCtx *c, Value *keys, Value *vals, Value *tk, Value *tv, size_t n) {
    if (n < 2 || c->failed) return;
    if (n <= 16) {   /* insertion sort for short runs */
        for (size_t i = 1; i < n; i++) {
            Value k = keys[i], v = vals ? vals[i] : V_NONE;
            size_t j = i;
            while (j > 0 && before(c, k, keys[j - 1])) {
                keys[j] = keys[j - 1];
                if (vals) vals[j] = vals[j - 1];
                j--;
            }
            keys[j] = k;
            if (vals) vals[j] = v;
        }
        return;
    }
    size_t mid = n / 2;
    merge_sort(c, keys, vals, tk, tv, mid);
    merge_sort(c, keys + mid, vals ? vals + mid : NULL, tk, tv, n - mid);
    if (c->failed || !before(c, keys[mid], keys[mid - 1])) return;   /* already in order */
    memcpy(tk, keys, mid * sizeof(Value));
    if (vals) memcpy(tv, vals, mid * sizeof(Value));
    size_t i = 0, j = mid, k = 0;
    while (i < mid && j < n) {
        if (before(c, keys[j], tk[i])) {
            keys[k] = keys[j];
            if (vals) vals[k] = vals[j];
            j++;
        } else {
            keys[k] = tk[i];
            if (vals) vals[k] = tv[i];
            i++;
        }
        k++;
    }
    while (i < mid) {
        keys[k] = tk[i];
        if (vals) vals[k] = tv[i];
        i++;
        k++;
    }
}

Value list_sort(VM *vm, ObjList *l, Value key, bool reverse) {
    size_t n = l->len;
    if (n < 2) return V_NONE;
    bool keyed = !IS_NONE(key) && !IS_UNDEF(key);
    /* scratch lives in tuples so the collector sees every value */
    ObjTuple *keys = tuple_from(vm, l->items, (uint32_t)n);
    ObjTuple *vals = keyed ? tuple_from(vm, l->items, (uint32_t)n) : NULL;
    if (keyed) {
        for (size_t i = 0; i < n; i++) {
            Value k = vm_call(vm, key, 1, &vals->items[i]);
            if (IS_EXC(k)) return k;
            keys->items[i] = k;
        }
    }
    ObjTuple *tk = tuple_new(vm, (uint32_t)(n / 2 + 1));
    ObjTuple *tv = keyed ? tuple_new(vm, (uint32_t)(n / 2 + 1)) : NULL;
    SortCtx c = {vm, reverse, false};
    merge_sort(&c, keys->items, keyed ? vals->items : NULL, tk->items, keyed ? tv->items : NULL, n);
    if (c.failed) return V_EXC;
    if (l->len != n) return vm_raise(vm, EXC_ValueError, "list modified during sort");
    memcpy(l->items, keyed ? vals->items : keys->items, n * sizeof(Value));
    return V_NONE;
}

/* -------------------------------------------------------------- methods */

NATIVE(list_append_m) {
    (void)argc, (void)kwnames;
    list_append(vm, SELF_LIST, argv[1]);
    return V_NONE;
}

NATIVE(list_extend_m) {
    (void)argc, (void)kwnames;
    Value r = list_extend_iter(vm, SELF_LIST, argv[1]);
    return IS_EXC(r) ? r : V_NONE;
}

NATIVE(list_insert_m) {
    (void)argc, (void)kwnames;
    int64_t i;
    if (IS_EXC(vm_index_value(vm, argv[1], &i))) return V_EXC;
    list_insert(vm, SELF_LIST, i, argv[2]);
    return V_NONE;
}

NATIVE(list_pop_m) {
    (void)kwnames;
    ObjList *l = SELF_LIST;
    if (l->len == 0) return vm_raise(vm, EXC_IndexError, "pop from empty list");
    int64_t i = (int64_t)l->len - 1;
    if (argc > 1) {
        if (IS_EXC(vm_index_value(vm, argv[1], &i))) return V_EXC;
        if (i < 0) i += l->len;
        if (i < 0 || i >= l->len) return vm_raise(vm, EXC_IndexError, "pop index out of range");
    }
    Value v = l->items[i];
    memmove(&l->items[i], &l->items[i + 1], (l->len - (size_t)i - 1) * sizeof(Value));
    l->len--;
    return v;
}

/* Index of x in items[start..end), -1 if absent, -2 on error. */
static int64_t find_value(VM *vm, const Value *items, int64_t len, Value x, int64_t start, int64_t end) {
    if (start < 0) start += len;
    if (start < 0) start = 0;
    if (end < 0) end += len;
    if (end > len) end = len;
    for (int64_t i = start; i < end; i++) {
        if (v_same(items[i], x)) return i;
        Value eq = vm_equals(vm, items[i], x);
        if (IS_EXC(eq)) return -2;
        if (AS_BOOL(eq)) return i;
    }
    return -1;
}

static bool range_args(VM *vm, int argc, Value *argv, int64_t *start, int64_t *end) {
    *start = 0;
    *end = INT64_MAX;
    if (argc > 2 && IS_EXC(vm_index_value(vm, argv[2], start))) return false;
    if (argc > 3 && IS_EXC(vm_index_value(vm, argv[3], end))) return false;
    return true;
}

NATIVE(list_index_m) {
    (void)kwnames;
    ObjList *l = SELF_LIST;
    int64_t start, end;
    if (!range_args(vm, argc, argv, &start, &end)) return V_EXC;
    int64_t i = find_value(vm, l->items, l->len, argv[1], start, end);
    if (i == -2) return V_EXC;
    if (i < 0) return vm_raise(vm, EXC_ValueError, "%R is not in list", argv[1]);
    return v_int(i);
}

static Value count_values(VM *vm, const Value *items, uint32_t n, Value x) {
    int64_t count = 0;
    for (uint32_t i = 0; i < n; i++) {
        Value eq = v_same(items[i], x) ? V_TRUE : vm_equals(vm, items[i], x);
        if (IS_EXC(eq)) return eq;
        count += AS_BOOL(eq);
    }
    return v_int(count);
}

NATIVE(list_count_m) {
    (void)argc, (void)kwnames;
    return count_values(vm, SELF_LIST->items, SELF_LIST->len, argv[1]);
}

NATIVE(list_remove_m) {
    (void)argc, (void)kwnames;
    ObjList *l = SELF_LIST;
    int64_t i = find_value(vm, l->items, l->len, argv[1], 0, INT64_MAX);
    if (i == -2) return V_EXC;
    if (i < 0) return vm_raise(vm, EXC_ValueError, "list.remove(x): x not in list");
    memmove(&l->items[i], &l->items[i + 1], (l->len - (size_t)i - 1) * sizeof(Value));
    l->len--;
    return V_NONE;
}

NATIVE(list_reverse_m) {
    (void)vm, (void)argc, (void)kwnames;
    ObjList *l = SELF_LIST;
    for (uint32_t i = 0, j = l->len ? l->len - 1 : 0; i < j; i++, j--) {
        Value t = l->items[i];
        l->items[i] = l->items[j];
        l->items[j] = t;
    }
    return V_NONE;
}

NATIVE(list_reversed_m) {   /* list.__reversed__: reversed() of a list subclass uses it */
    (void)argc, (void)kwnames;
    ObjList *l = SELF_LIST;
    ObjIter *it = iter_new(vm, IT_REVERSED, v_obj(l));
    it->i = (int64_t)l->len - 1;
    return v_obj(it);
}

NATIVE(list_copy_m) {
    (void)argc, (void)kwnames;
    return v_obj(list_from(vm, SELF_LIST->items, SELF_LIST->len));
}

NATIVE(list_clear_m) {
    (void)vm, (void)argc, (void)kwnames;
    SELF_LIST->len = 0;
    return V_NONE;
}

NATIVE(list_sort_m) {
    static const CommonName names[] = {NAME_key, NAME_reverse};
    Value kw[2];
    if (!kw_lookup(vm, "list.sort", argc, argv, kwnames, names, kw, 2)) return V_EXC;
    if (argc - (kwnames ? (int)kwnames->len : 0) > 1)
        return vm_raise(vm, EXC_TypeError, "sort() takes no positional arguments");
    bool err = false, rev = !IS_UNDEF(kw[1]) && vm_truthy(vm, kw[1], &err);
    if (err) return V_EXC;
    Value r = list_sort(vm, SELF_LIST, IS_UNDEF(kw[0]) ? V_NONE : kw[0], rev);
    return IS_EXC(r) ? r : V_NONE;
}

void lib_list_methods(VM *vm, ObjClass *c) {
    class_add_native(vm, c, "append", list_append_m, 2, 2, 0);
    class_add_native(vm, c, "extend", list_extend_m, 2, 2, 0);
    class_add_native(vm, c, "insert", list_insert_m, 3, 3, 0);
    class_add_native(vm, c, "pop", list_pop_m, 1, 2, 0);
    class_add_native(vm, c, "index", list_index_m, 2, 4, 0);
    class_add_native(vm, c, "count", list_count_m, 2, 2, 0);
    class_add_native(vm, c, "remove", list_remove_m, 2, 2, 0);
    class_add_native(vm, c, "reverse", list_reverse_m, 1, 1, 0);
    class_add_native(vm, c, "__reversed__", list_reversed_m, 1, 1, 0);
    class_add_native(vm, c, "copy", list_copy_m, 1, 1, 0);
    class_add_native(vm, c, "clear", list_clear_m, 1, 1, 0);
    class_add_native(vm, c, "sort", list_sort_m, 1, -1, NATIVE_KW);
}

/* ---------------------------------------------------------------- tuple */

NATIVE(tuple_index_m) {
    (void)kwnames;
    ObjTuple *t = AS_TUPLE(argv[0]);
    int64_t start, end;
    if (!range_args(vm, argc, argv, &start, &end)) return V_EXC;
    int64_t i = find_value(vm, t->items, t->len, argv[1], start, end);
    if (i == -2) return V_EXC;
    if (i < 0) return vm_raise(vm, EXC_ValueError, "tuple.index(x): x not in tuple");
    return v_int(i);
}

NATIVE(tuple_count_m) {
    (void)argc, (void)kwnames;
    return count_values(vm, AS_TUPLE(argv[0])->items, AS_TUPLE(argv[0])->len, argv[1]);
}

void lib_tuple_methods(VM *vm, ObjClass *c) {
    class_add_native(vm, c, "index", tuple_index_m, 2, 4, 0);
    class_add_native(vm, c, "count", tuple_count_m, 2, 2, 0);
}
