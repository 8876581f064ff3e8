/* tuple.c - the immutable tuple: a fixed array of Values inside the object.
 * The empty tuple is one shared object per VM. */
#include <string.h>

#include "vm.h"

ObjTuple *tuple_new(VM *vm, uint32_t len) {
    if (len == 0 && vm->empty_tuple) return vm->empty_tuple;
    if (len > (UINT32_MAX - sizeof(ObjTuple)) / sizeof(Value)) vm_out_of_memory(vm);
    ObjTuple *t = (ObjTuple *)vm_alloc_obj(vm, OT_TUPLE, sizeof(ObjTuple) + len * sizeof(Value));
    t->len = len;
    for (uint32_t i = 0; i < len; i++) t->items[i] = V_NONE;
    return t;
}

ObjTuple *tuple_from(VM *vm, const Value *items, uint32_t len) {
    ObjTuple *t = tuple_new(vm, len);
    if (len) memcpy(t->items, items, len * sizeof(Value));
    return t;
}
