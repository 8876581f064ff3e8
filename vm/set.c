/* set.c - the hash table behind set and frozenset.
 *
 * Unlike dicts, Python's sets iterate in table order, not insertion order,
 * and programs print sets, so this table follows the same algorithm to
 * give the same order: a power-of-two table of (key, hash) entries, probed
 * linearly up to LINEAR_PROBES slots and then by perturbation; resized to
 * 4x the live count (2x past 50000) when 60% full; merges into an empty
 * table copy or re-insert entries in table order. An empty slot has an
 * undefined key, a deleted one a VT_EXC key ("dummy"). */
#include <string.h>

#include "vm.h"

#define SET_MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

static bool is_empty(const SetEntry *e) { return e->key.type == VT_UNDEF; }
static bool is_dummy(const SetEntry *e) { return e->key.type == VT_EXC; }
static bool is_live(const SetEntry *e) { return e->key.type != VT_UNDEF && e->key.type != VT_EXC; }

void set_init(Set *s) { memset(s, 0, sizeof *s); }

void set_release(VM *vm, Set *s) {
    if (s->table) vm_free_raw(vm, s->table, ((size_t)s->mask + 1) * sizeof(SetEntry));
    set_init(s);
}

static void alloc_table(VM *vm, Set *s, size_t size) {
    s->table = vm_alloc_raw(vm, size * sizeof(SetEntry));
    memset(s->table, 0, size * sizeof(SetEntry));
    s->mask = (uint32_t)(size - 1);
}

/* Put a key known to be absent into a table without dummies. */
static void insert_clean(SetEntry *table, size_t mask, Value key, uint64_t hash) {
    size_t perturb = hash, i = hash & mask;
    for (;;) {
        SetEntry *e = &table[i];
        if (is_empty(e)) goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (is_empty(e)) goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        e->key = key;
        e->hash = hash;
        return;
    }
}

static void resize(VM *vm, Set *s, size_t minused) {
    size_t size = SET_MINSIZE;
    while (size <= minused) size <<= 1;
    SetEntry *old = s->table;
    size_t oldsize = old ? (size_t)s->mask + 1 : 0;
    alloc_table(vm, s, size);
    for (size_t i = 0; i < oldsize; i++)
        if (is_live(&old[i])) insert_clean(s->table, s->mask, old[i].key, old[i].hash);
    s->fill = s->used;
    s->version++;
    if (old) vm_free_raw(vm, old, oldsize * sizeof(SetEntry));
}

/* The slot holding key, or NULL if absent; *err on a failing __eq__. */
static SetEntry *lookup(VM *vm, Set *s, Value key, uint64_t hash, bool *err) {
    *err = false;
    if (!s->table) return NULL;
restart:;
    size_t mask = s->mask, perturb = hash, i = hash & mask;
    for (;;) {
        SetEntry *e = &s->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (is_empty(e)) return NULL;
            if (e->hash == hash && is_live(e)) {
                uint32_t version = s->version;
                int eq = vm_keys_equal(vm, e->key, key);
                if (eq < 0) {
                    *err = true;
                    return NULL;
                }
                if (eq) return e;
                if (version != s->version) goto restart;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static int add_hashed(VM *vm, Set *s, Value key, uint64_t hash) {
    if (!s->table) alloc_table(vm, s, SET_MINSIZE);
restart:;
    size_t mask = s->mask, perturb = hash, i = hash & mask;
    SetEntry *freeslot = NULL, *e;
    for (;;) {
        e = &s->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (is_empty(e)) goto found_unused;
            if (e->hash == hash && is_live(e)) {
                uint32_t version = s->version;
                int eq = vm_keys_equal(vm, e->key, key);
                if (eq < 0) return -1;
                if (eq) return 0;
                if (version != s->version) goto restart;
            } else if (is_dummy(e) && !freeslot) {
                freeslot = e;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused:
    if (freeslot) {
        freeslot->key = key;
        freeslot->hash = hash;
        s->used++;
        s->version++;
        return 1;
    }
    e->key = key;
    e->hash = hash;
    s->fill++;
    s->used++;
    s->version++;
    if ((size_t)s->fill * 5 >= mask * 3) resize(vm, s, s->used > 50000 ? (size_t)s->used * 2 : (size_t)s->used * 4);
    return 1;
}

int set_add(VM *vm, Set *s, Value key) {
    uint64_t h;
    if (!vm_key_hash(vm, key, &h)) return -1;
    return add_hashed(vm, s, key, h);
}

int set_contains(VM *vm, Set *s, Value key) {
    uint64_t h;
    if (!vm_key_hash(vm, key, &h)) return -1;
    bool err;
    SetEntry *e = lookup(vm, s, key, h, &err);
    return err ? -1 : e != NULL;
}

int set_discard(VM *vm, Set *s, Value key) {
    uint64_t h;
    if (!vm_key_hash(vm, key, &h)) return -1;
    bool err;
    SetEntry *e = lookup(vm, s, key, h, &err);
    if (err) return -1;
    if (!e) return 0;
    e->key = V_EXC;   /* dummy */
    s->used--;
    s->version++;
    return 1;
}

bool set_next(const Set *s, uint32_t *pos, Value *out) {
    if (!s->table) return false;
    while (*pos <= s->mask) {
        const SetEntry *e = &s->table[(*pos)++];
        if (is_live(e)) {
            *out = e->key;
            return true;
        }
    }
    return false;
}

void set_clear(VM *vm, Set *s) {
    uint32_t version = s->version;
    set_release(vm, s);
    s->version = version + 1;
}

/* dst |= src, as CPython merges: one resize up front, then a straight copy
 * or clean insertion when dst is empty, else normal adds in src's order. */
int set_merge(VM *vm, Set *dst, const Set *src) {
    if (dst == src || src->used == 0) return 0;
    if (!dst->table) alloc_table(vm, dst, SET_MINSIZE);
    if ((size_t)(dst->fill + src->used) * 5 >= (size_t)dst->mask * 3) resize(vm, dst, (size_t)(dst->used + src->used) * 2);
    if (dst->fill == 0 && dst->mask == src->mask && src->fill == src->used) {
        for (uint32_t i = 0; i <= src->mask; i++)
            if (!is_empty(&src->table[i])) dst->table[i] = src->table[i];
        dst->fill = src->fill;
        dst->used = src->used;
        dst->version++;
        return 0;
    }
    if (dst->fill == 0) {
        for (uint32_t i = 0; i <= src->mask; i++)
            if (is_live(&src->table[i])) insert_clean(dst->table, dst->mask, src->table[i].key, src->table[i].hash);
        dst->fill = dst->used = src->used;
        dst->version++;
        return 0;
    }
    for (uint32_t i = 0; i <= src->mask; i++)
        if (is_live(&src->table[i]) && add_hashed(vm, dst, src->table[i].key, src->table[i].hash) < 0) return -1;
    return 0;
}

/* set.pop(): the first live entry from the finger on, as CPython does. */
bool set_pop_entry(Set *s, Value *out) {
    if (!s->used) return false;
    SetEntry *e = s->table + (s->finger & s->mask);
    while (!is_live(e)) {
        e++;
        if (e > s->table + s->mask) e = s->table;
    }
    *out = e->key;
    e->key = V_EXC;
    s->used--;
    s->version++;
    s->finger = (uint32_t)(e - s->table) + 1;
    return true;
}

void set_mark(VM *vm, Set *s) {
    if (!s->table) return;
    for (uint32_t i = 0; i <= s->mask; i++)
        if (is_live(&s->table[i])) gc_mark_value(vm, s->table[i].key);
}

ObjSet *set_new(VM *vm) { return ALLOC_OBJ(vm, ObjSet, OT_SET); }

ObjSet *frozenset_new(VM *vm) {
    ObjSet *s = ALLOC_OBJ(vm, ObjSet, OT_SET);
    s->obj.flags |= SET_FROZEN;
    return s;
}

/* A hash that depends only on the members, whatever the table order. */
uint64_t set_hash(const Set *s) {
    uint64_t h = 0;
    for (uint32_t i = 0; s->table && i <= s->mask; i++) {
        if (!is_live(&s->table[i])) continue;
        uint64_t x = s->table[i].hash;
        h ^= ((x ^ (x << 16) ^ 89869747u) * 3644798167u);
    }
    h ^= ((uint64_t)s->used + 1) * 1927868237u;
    h = h * 69069u + 907133923u;
    return h >> 2;
}
