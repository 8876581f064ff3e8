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

/* A table entry for a native: a module function or a method of a
 * built-in class (min/max count self; max -1: any number). */
typedef struct LibFn {
    const char *name;
    NativeFn fn;
    int8_t min, max;
    uint8_t flags;   /* NATIVE_* */
} LibFn;

#define LIB_COUNT(table) (sizeof(table) / sizeof(table)[0])
void lib_add_functions(VM *vm, ObjModule *m, const LibFn *fns, size_t n);
void lib_add_methods(VM *vm, ObjClass *cls, const LibFn *fns, size_t n);

/* One entry per C module; each lib_*.c defines its opener. */
typedef void (*ModuleOpener)(VM *vm, ObjModule *m);

void lib_math_open(VM *vm, ObjModule *m);
void lib_time_open(VM *vm, ObjModule *m);
void lib_json_open(VM *vm, ObjModule *m);
void lib_sys_open(VM *vm, ObjModule *m);
void lib_os_open(VM *vm, ObjModule *m);
void lib_random_open(VM *vm, ObjModule *m);
void lib_asyncio_open(VM *vm, ObjModule *m);
void lib_queue_open(VM *vm, ObjModule *m);   /* Queue, LifoQueue, PriorityQueue */

/* Files (lib_io.c): the open() built-in and the file classes; sys's
 * standard streams are file objects over the VM's writers and stdin. */
void lib_io_open(VM *vm);
Value io_std_stream(VM *vm, int fd);

/* Methods of the built-in types, installed by stdlib_open_builtins. */
void lib_str_methods(VM *vm, ObjClass *str);
void lib_list_methods(VM *vm, ObjClass *list);
void lib_dict_methods(VM *vm, ObjClass *dict);
void lib_dunder_methods(VM *vm);
void lib_set_methods(VM *vm, ObjClass *set);
void lib_tuple_methods(VM *vm, ObjClass *tuple);
void lib_number_methods(VM *vm);
void lib_object_methods(VM *vm);
void lib_bytes_methods(VM *vm, ObjClass *bytes);
void lib_coroutine_methods(VM *vm);   /* lib_asyncio.c */

/* Binding a native's arguments to named parameters ("*name": keyword-only),
 * with the error wording of CPython's C functions or of its Python ones. */
typedef enum ArgStyle { ARGS_CLINIC, ARGS_PYTHON } ArgStyle;
bool lib_bind(VM *vm, const char *fname, int argc, Value *argv, ObjTuple *kwnames, const char *const *params,
              int nparams, ArgStyle style, Value *out);
/* A module function that is a method of a hidden per-VM object (module state). */
void lib_module_add_bound(VM *vm, ObjModule *m, Value self, const char *name, NativeFn fn, int min, int max);

/* Text primitives (lib_str.c), shared with bytes. */
int64_t text_find(const char *h, size_t hn, const char *n, size_t nn);
int64_t text_rfind(const char *h, size_t hn, const char *n, size_t nn);
int64_t text_count(const char *h, size_t hn, const char *n, size_t nn, int64_t max);
void text_clamp(int64_t *start, int64_t *end, int64_t len);
Value bytes_split_raw(VM *vm, const char *p, size_t n, const char *sep, size_t sn, int64_t max, bool right);
Value bytes_replace_raw(VM *vm, const char *p, size_t n, const char *old, size_t on, const char *rep, size_t rn,
                        int64_t max);
void bytes_strip_span(const char *p, size_t n, const char *chars, size_t cn, bool left, bool right, size_t *start,
                      size_t *end);
void ascii_case_map(const char *src, char *dst, size_t n, int op);   /* op: 'U' 'L' 'S' 'T' 'C' */
const char *codec_canonical(const char *name);
bool lib_slice_arg(VM *vm, Value v, int64_t *out);
Value str_encode_value(VM *vm, ObjStr *s, Value encoding, Value errors, const char *fname);
const char *arg_type_name(VM *vm, Value v);
Value str_format_map(VM *vm, ObjStr *fmt, Value mapping);

/* bytes (lib_bytes.c) */
ObjBytes *bytes_alloc(VM *vm, size_t len);
ObjBytes *bytes_new(VM *vm, const void *data, size_t len);
Value bytes_decode(VM *vm, ObjBytes *b, Value encoding, Value errors);
Value text_decode(VM *vm, const uint8_t *data, size_t len, Value encoding, Value errors);   /* VT_UNDEF: defaults */
Value bytes_from_value(VM *vm, int argc, Value *argv, ObjTuple *kwnames);

/* Shared helpers between library files. */
Value list_from_iterable(VM *vm, Value iterable);
Value list_extend_iter(VM *vm, ObjList *l, Value iterable);
Value list_sort(VM *vm, ObjList *l, Value key, bool reverse);
Value dict_update_from(VM *vm, ObjDict *d, Value other, bool no_dups);
Value set_binop(VM *vm, int op, ObjSet *a, ObjSet *b, ObjSet *into);
Value view_set_binop(VM *vm, int op, Value a, Value b);   /* keys()/items() views as sets */
ObjSet *set_of(VM *vm, Value v);                          /* any iterable as a set (NULL on error) */
Value set_update(VM *vm, Set *s, Value iterable);
Value str_percent_format(VM *vm, ObjStr *fmt, Value args);
Value str_format_method(VM *vm, ObjStr *fmt, int argc, Value *argv, ObjTuple *kwnames);
Value ascii_of(VM *vm, Value v);
Value int_from_value(VM *vm, Value v, int base, bool has_base);
Value float_from_value(VM *vm, Value v);

#endif
