/* list.c - the list object's storage: a growable array of Values.
 * The methods scripts call (append, sort, ...) are in stdlib/lib_list.c. */
#include <string.h>

#include "vm.h"

ObjList *list_new(VM *vm, uint32_t cap) {
    ObjList *l = ALLOC_OBJ(vm, ObjList, OT_LIST);
    if (cap) list_reserve(vm, l, cap);
    return l;
}

void list_reserve(VM *vm, ObjList *l, uint32_t cap) {
    if (cap <= l->cap) return;
    l->items = vm_realloc_raw(vm, l->items, l->cap * sizeof(Value), cap * sizeof(Value));
    l->cap = cap;
}

ObjList *list_from(VM *vm, const Value *items, uint32_t len) {
    ObjList *l = list_new(vm, len);
    if (len) memcpy(l->items, items, len * sizeof(Value));
    l->len = len;
    return l;
}

void list_append(VM *vm, ObjList *l, Value v) {
    if (l->len == l->cap) {
        if (l->cap >= UINT32_MAX / 2) vm_out_of_memory(vm);
        list_reserve(vm, l, l->cap < 4 ? 4 : l->cap + (l->cap >> 1) + 1);
    }
    l->items[l->len++] = v;
}

/* Insert before index, clamped to [0, len] like list.insert. */
void list_insert(VM *vm, ObjList *l, int64_t index, Value v) {
    if (index < 0) index += l->len;
    if (index < 0) index = 0;
    if (index > l->len) index = l->len;
    list_append(vm, l, v);
    memmove(&l->items[index + 1], &l->items[index], (l->len - 1 - (size_t)index) * sizeof(Value));
    l->items[index] = v;
}
