/* dict.c - the hash table behind dict, set, instance attributes and globals.
 *
 * Layout (one allocation): an index of 2^k int32 slots, then the entries in
 * insertion order. A slot holds an entry position, EMPTY or DELETED. Deleted
 * entries leave holes (key VT_UNDEF) until the next resize compacts them.
 * Probing uses the hash's high bits too (perturbation), so integer keys,
 * whose hash is themselves, do not cluster.
 *
 * Keys compare like Python: identity first, then ==, so 1, 1.0 and True are
 * one key. Comparing user objects can run script code and fail, which is
 * why the general lookups report errors. */
#include <string.h>

#include "vm.h"

#define EMPTY (-1)
#define DELETED (-2)
#define MIN_INDEX 8

static size_t block_size(uint32_t nindex, uint32_t cap) {
    return (size_t)nindex * sizeof(int32_t) + (size_t)cap * sizeof(DictEntry);
}

static uint32_t usable(uint32_t nindex) { return nindex * 2 / 3; }

void dict_init(Dict *d) { memset(d, 0, sizeof *d); }

void dict_release(VM *vm, Dict *d) {
    if (d->index) vm_free_raw(vm, d->index, block_size(d->mask + 1, d->cap));
    dict_init(d);
}

ObjDict *dict_new(VM *vm) { return ALLOC_OBJ(vm, ObjDict, OT_DICT); }

static void insert_index(Dict *d, uint64_t hash, int32_t pos) {
    uint32_t mask = d->mask;
    uint32_t i = (uint32_t)hash & mask;
    uint64_t perturb = hash;
    while (d->index[i] != EMPTY) {
        perturb >>= 5;
        i = (uint32_t)(i * 5 + 1 + perturb) & mask;
    }
    d->index[i] = pos;
}

static void resize(VM *vm, Dict *d, uint32_t min_live) {
    uint32_t nindex = MIN_INDEX;
    while (usable(nindex) < min_live + 1) nindex *= 2;
    uint32_t cap = usable(nindex);
    void *block = vm_alloc_raw(vm, block_size(nindex, cap));
    int32_t *index = block;
    DictEntry *entries = (DictEntry *)(index + nindex);
    memset(index, 0xFF, nindex * sizeof(int32_t));   /* all EMPTY */
    uint32_t n = 0;
    for (uint32_t i = 0; i < d->used; i++)
        if (!IS_UNDEF(d->entries[i].key)) entries[n++] = d->entries[i];
    if (d->index) vm_free_raw(vm, d->index, block_size(d->mask + 1, d->cap));
    d->index = index;
    d->entries = entries;
    d->mask = nindex - 1;
    d->cap = cap;
    d->used = d->count = n;
    d->version++;
    for (uint32_t i = 0; i < n; i++) insert_index(d, entries[i].hash, (int32_t)i);
}

/* -1 error, 0 different, 1 equal */
int vm_keys_equal(VM *vm, Value a, Value b) {
    if (a.type == b.type) {
        if (a.as.i == b.as.i) return 1;
        if (a.type == VT_OBJ) {
            Obj *x = a.as.o, *y = b.as.o;
            if (x->type == OT_STR && y->type == OT_STR) return str_eq((ObjStr *)x, (ObjStr *)y);
        } else if (a.type != VT_FLOAT) {
            return 0;
        }
    }
    if (IS_NUMBER(a) && IS_NUMBER(b)) {
        double x = IS_FLOAT(a) ? AS_FLOAT(a) : (double)AS_INT(a);
        double y = IS_FLOAT(b) ? AS_FLOAT(b) : (double)AS_INT(b);
        if (IS_FLOAT(a) && IS_FLOAT(b)) return x == y;
        if (x != y) return 0;
        /* int vs float equal as doubles: exact only if the float is integral and in range */
        int64_t i = IS_FLOAT(a) ? AS_INT(b) : AS_INT(a);
        double f = IS_FLOAT(a) ? x : y;
        return f >= -9223372036854775808.0 && f < 9223372036854775808.0 && (int64_t)f == i;
    }
    if (!IS_OBJ(a) && !IS_OBJ(b)) return 0;
    Value r = vm_equals(vm, a, b);
    if (IS_EXC(r)) return -1;
    return AS_BOOL(r);
}

bool vm_key_hash(VM *vm, Value key, uint64_t *out) {
    switch (key.type) {
    case VT_INT: case VT_BOOL: *out = hash_int(key.as.i); return true;
    case VT_FLOAT: *out = hash_double(key.as.f); return true;
    case VT_NONE: *out = 0xFCA86420u; return true;
    default: break;
    }
    if (IS_STR(key)) {
        *out = str_hash(AS_STR(key));
        return true;
    }
    Value h = vm_hash(vm, key);
    if (IS_EXC(h)) return false;
    *out = (uint64_t)AS_INT(h);
    return true;
}

/* Position of the entry for key in the index (slot), or -1 when absent;
 * -2 on error. A user __eq__ may add, remove or clear entries: the search
 * then starts over on the table as it now is, as CPython does. */
static int64_t find_slot(VM *vm, Dict *d, Value key, uint64_t hash) {
restart:
    if (!d->index) return -1;
    uint32_t mask = d->mask;
    uint32_t i = (uint32_t)hash & mask;
    uint64_t perturb = hash;
    for (;;) {
        int32_t ix = d->index[i];
        if (ix == EMPTY) return -1;
        if (ix >= 0 && d->entries[ix].hash == hash) {
            uint32_t version = d->version;
            DictEntry *entries = d->entries;
            int eq = vm_keys_equal(vm, entries[ix].key, key);
            if (eq < 0) return -2;
            if (version != d->version || entries != d->entries) goto restart;
            if (eq) return i;
        }
        perturb >>= 5;
        i = (uint32_t)(i * 5 + 1 + perturb) & mask;
    }
}

bool dict_get(VM *vm, Dict *d, Value key, Value *out, bool *err) {
    *err = false;
    uint64_t h;
    if (!vm_key_hash(vm, key, &h)) {
        *err = true;
        return false;
    }
    if (d->count == 0) return false;
    int64_t slot = find_slot(vm, d, key, h);
    if (slot == -2) *err = true;
    if (slot < 0) return false;
    *out = d->entries[d->index[slot]].value;
    return true;
}

static void append_entry(VM *vm, Dict *d, Value key, Value value, uint64_t h) {
    if (d->used >= d->cap) resize(vm, d, d->count + 1 + d->count / 2);
    DictEntry *e = &d->entries[d->used];
    e->key = key;
    e->value = value;
    e->hash = h;
    insert_index(d, h, (int32_t)d->used);
    d->used++;
    d->count++;
    d->version++;
}

bool dict_set(VM *vm, Dict *d, Value key, Value value) {
    uint64_t h;
    if (!vm_key_hash(vm, key, &h)) return false;
    int64_t slot = find_slot(vm, d, key, h);
    if (slot == -2) return false;
    if (slot >= 0) {
        d->entries[d->index[slot]].value = value;
        return true;
    }
    append_entry(vm, d, key, value, h);
    return true;
}

bool dict_del(VM *vm, Dict *d, Value key, bool *err) {
    *err = false;
    uint64_t h;
    if (!vm_key_hash(vm, key, &h)) {
        *err = true;
        return false;
    }
    int64_t slot = find_slot(vm, d, key, h);
    if (slot == -2) *err = true;
    if (slot < 0) return false;
    DictEntry *e = &d->entries[d->index[slot]];
    e->key = V_UNDEF;
    e->value = V_UNDEF;
    d->index[slot] = DELETED;
    d->count--;
    d->version++;
    if (d->count == 0) {     /* reuse the space from the start */
        memset(d->index, 0xFF, (d->mask + 1) * sizeof(int32_t));
        d->used = 0;
    }
    return true;
}

/* -------------------------------------------- interned string keys */

int64_t dict_find_str(Dict *d, ObjStr *key) {
    if (!d->count) return -1;
    uint64_t h = key->hash;
    uint32_t mask = d->mask;
    uint32_t i = (uint32_t)h & mask;
    uint64_t perturb = h;
    for (;;) {
        int32_t ix = d->index[i];
        if (ix == EMPTY) return -1;
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            if (e->key.as.o == (Obj *)key && e->key.type == VT_OBJ) return ix;
            if (e->hash == h && IS_STR(e->key) && str_eq(AS_STR(e->key), key)) return ix;
        }
        perturb >>= 5;
        i = (uint32_t)(i * 5 + 1 + perturb) & mask;
    }
}

bool dict_get_str(Dict *d, ObjStr *key, Value *out) {
    str_hash(key);
    int64_t ix = dict_find_str(d, key);
    if (ix < 0) return false;
    *out = d->entries[ix].value;
    return true;
}

void dict_set_str(VM *vm, Dict *d, ObjStr *key, Value value) {
    uint64_t h = str_hash(key);
    int64_t ix = dict_find_str(d, key);
    if (ix >= 0) d->entries[ix].value = value;
    else append_entry(vm, d, v_obj(key), value, h);
}

/* --------------------------------------------------------- misc */

bool dict_next(Dict *d, uint32_t *pos, DictEntry **out) {
    while (*pos < d->used) {
        DictEntry *e = &d->entries[(*pos)++];
        if (!IS_UNDEF(e->key)) {
            *out = e;
            return true;
        }
    }
    return false;
}

void dict_clear(VM *vm, Dict *d) {
    uint32_t version = d->version;
    dict_release(vm, d);
    d->version = version + 1;
}

bool dict_copy_into(VM *vm, Dict *dst, Dict *src) {
    uint32_t pos = 0;
    DictEntry *e;
    while (dict_next(src, &pos, &e)) {
        int64_t slot = find_slot(vm, dst, e->key, e->hash);
        if (slot == -2) return false;
        if (slot >= 0) dst->entries[dst->index[slot]].value = e->value;
        else append_entry(vm, dst, e->key, e->value, e->hash);
    }
    return true;
}
