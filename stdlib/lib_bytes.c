/* lib_bytes.c - STUB to be replaced: the bytes type. */
#include "lib.h"
void lib_bytes_methods(VM *vm, ObjClass *c) { (void)vm, (void)c; }
Value bytes_decode(VM *vm, ObjBytes *b, Value e, Value r) { (void)e, (void)r; return v_obj(str_new(vm, (const char *)b->data, b->len)); }
Value bytes_from_value(VM *vm, int argc, Value *argv, ObjTuple *kw) { (void)argc, (void)argv, (void)kw; return vm_raise(vm, EXC_TypeError, "bytes() not yet"); }
