/* lib.h - the built-in functions, the methods of the built-in types and
 * the modules written in C, and how the VM finds them. */
#ifndef ASTER_LIB_H
#define ASTER_LIB_H

#include "vm.h"

/* Create the built-in classes' methods and the builtins dict. */
void stdlib_open_builtins(VM *vm);

/* Create (once) and return the C module called `name`, or NULL if there is
 * no such built-in module. */
ObjModule *stdlib_open_module(VM *vm, const char *name);

/* One entry per C module; each lib_*.c defines its opener. */
typedef void (*ModuleOpener)(VM *vm, ObjModule *m);

void lib_math_open(VM *vm, ObjModule *m);
void lib_time_open(VM *vm, ObjModule *m);
void lib_json_open(VM *vm, ObjModule *m);
void lib_sys_open(VM *vm, ObjModule *m);
void lib_os_open(VM *vm, ObjModule *m);
void lib_random_open(VM *vm, ObjModule *m);
void lib_asyncio_open(VM *vm, ObjModule *m);

/* Methods of the built-in types, installed by stdlib_open_builtins. */
void lib_str_methods(VM *vm, ObjClass *str);
void lib_list_methods(VM *vm, ObjClass *list);
void lib_dict_methods(VM *vm, ObjClass *dict);
void lib_set_methods(VM *vm, ObjClass *set);
void lib_tuple_methods(VM *vm, ObjClass *tuple);
void lib_number_methods(VM *vm);
void lib_object_methods(VM *vm);
void lib_bytes_methods(VM *vm, ObjClass *bytes);

/* Shared helpers between library files. */
Value list_from_iterable(VM *vm, Value iterable);
Value list_extend_iter(VM *vm, ObjList *l, Value iterable);
Value list_sort(VM *vm, ObjList *l, Value key, bool reverse);
Value dict_update_from(VM *vm, ObjDict *d, Value other, bool no_dups);
Value set_binop(VM *vm, int op, ObjSet *a, ObjSet *b, ObjSet *into);
Value str_percent_format(VM *vm, ObjStr *fmt, Value args);
Value str_format_method(VM *vm, ObjStr *fmt, int argc, Value *argv, ObjTuple *kwnames);
Value ascii_of(VM *vm, Value v);
Value int_from_value(VM *vm, Value v, int base, bool has_base);
Value float_from_value(VM *vm, Value v);

#endif
