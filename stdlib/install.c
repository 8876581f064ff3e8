/* install.c - how the C library's natives enter the VM: tables of LibFn
 * become module functions or methods of built-in classes, and module
 * functions can be bound to per-VM state. */
#include "lib.h"

void lib_add_functions(VM *vm, ObjModule *m, const LibFn *fns, size_t n) {
    for (size_t i = 0; i < n; i++) module_add_native(vm, m, fns[i].name, fns[i].fn, fns[i].min, fns[i].max, fns[i].flags);
}

void lib_add_methods(VM *vm, ObjClass *cls, const LibFn *fns, size_t n) {
    for (size_t i = 0; i < n; i++) class_add_native(vm, cls, fns[i].name, fns[i].fn, fns[i].min, fns[i].max, fns[i].flags);
}

/* Add module function `name` as fn bound to self: fn gets self as argv[0]
 * and then min..max arguments. This is how a module function reaches
 * per-VM state (a class, a generator) without global variables. */
void lib_module_add_bound(VM *vm, ObjModule *m, Value self, const char *name, NativeFn fn, int min, int max) {
    ObjNative *n = native_new(vm, name, fn, min + 1, max + 1, NATIVE_METHOD);
    n->data = v_obj(m);
    module_add(vm, m, name, v_obj(bound_new(vm, self, v_obj(n))));
}
