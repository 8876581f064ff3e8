/* lib_format.c - STUB to be replaced: format(), f-string specs, % and str.format. */
#include "lib.h"
Value vm_format(VM *vm, Value v, ObjStr *spec) { (void)spec; return vm_str(vm, v); }
Value str_percent_format(VM *vm, ObjStr *fmt, Value args) { (void)vm, (void)args; return v_obj(fmt); }
Value str_format_method(VM *vm, ObjStr *fmt, int argc, Value *argv, ObjTuple *kwnames) { (void)vm, (void)argc, (void)argv, (void)kwnames; return v_obj(fmt); }
