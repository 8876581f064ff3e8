/* lib_sys.c - the sys module: argv, exit, the standard streams (stdout and
 * stderr write through the VM's writers, so an embedding host receives
 * the text; stdin reads the process's standard input), version and
 * platform facts, path, modules, the recursion limit, exc_info and
 * exception. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib.h"

#define NATIVE(name) static Value name(VM *vm, int argc, Value *argv, ObjTuple *kwnames)
#define UNUSED_ARGS (void)argc, (void)argv, (void)kwnames

static void set_attr(VM *vm, Dict *attrs, const char *name, Value v) {
    dict_set_str(vm, attrs, str_intern(vm, name, strlen(name)), v);
}

/* ---------------------------------------------------------- functions */

NATIVE(s_exit) {
    (void)kwnames;
    Value code = argc ? argv[0] : V_NONE;
    /* like CPython, exit(None) raises SystemExit() without arguments */
    Value exc = exc_new(vm, vm->exc_classes[EXC_SystemExit], tuple_from(vm, &code, IS_NONE(code) ? 0 : 1));
    set_attr(vm, vm_instance_dict(exc), "code", code);
    return vm_raise_value(vm, exc);
}

NATIVE(s_getrecursionlimit) {
    UNUSED_ARGS;
    return v_int(vm->recursion_limit);
}

NATIVE(s_setrecursionlimit) {
    UNUSED_ARGS;
    if (IS_FLOAT(argv[0])) return vm_raise(vm, EXC_TypeError, "'float' object cannot be interpreted as an integer");
    int64_t n;
    if (IS_EXC(vm_index_value(vm, argv[0], &n))) return V_EXC;
    if (n < 1) return vm_raise(vm, EXC_ValueError, "recursion limit must be greater or equal than 1");
    if (n > INT32_MAX) return vm_raise(vm, EXC_OverflowError, "Python int too large to convert to C int");
    int depth = vm->fiber->depth;
    if (n <= depth)
        return vm_raise(vm, EXC_RecursionError,
                        "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low",
                        (int)n, depth);
    vm->recursion_limit = (int)n;
    return V_NONE;
}

/* The exception being handled, or None. */
static Value handled_exception(VM *vm) {
    return vm->fiber->handling ? v_obj(vm->fiber->handling) : V_NONE;
}

NATIVE(s_exception) {
    UNUSED_ARGS;
    return handled_exception(vm);
}

NATIVE(s_exc_info) {
    UNUSED_ARGS;
    Value e = handled_exception(vm);
    Value info[3] = {IS_NONE(e) ? V_NONE : v_obj(vm_class_of(vm, e)), e, V_NONE};
    return v_obj(tuple_from(vm, info, 3));
}

NATIVE(s_intern) {
    UNUSED_ARGS;
    if (!IS_STR(argv[0])) return vm_raise(vm, EXC_TypeError, "intern() argument must be str, not %T", argv[0]);
    return v_obj(str_intern_obj(vm, AS_STR(argv[0])));
}

NATIVE(s_getdefaultencoding) {
    UNUSED_ARGS;
    return v_obj(str_from_cstr(vm, "utf-8"));
}

/* -------------------------------------------------------------- values */

/* sys.path: the main script's directory ("" for -c and stdin), then the
 * entries of ASTER_PATH, the places `import` looks. */
static Value make_path(VM *vm) {
    ObjList *path = list_new(vm, 0);
    ObjStr *main_path = vm->main_module ? vm->main_module->path : NULL;
    const char *slash = main_path ? strrchr(main_path->data, '/') : NULL;
    if (!main_path) list_append(vm, path, v_obj(vm->empty_str));
    else if (!slash) list_append(vm, path, v_obj(str_from_cstr(vm, ".")));
    else list_append(vm, path, v_obj(str_new(vm, main_path->data, slash == main_path->data ? 1 : (size_t)(slash - main_path->data))));
    const char *env = getenv("ASTER_PATH");
    while (env && *env) {
        const char *colon = strchr(env, ':');
        size_t n = colon ? (size_t)(colon - env) : strlen(env);
        if (n) list_append(vm, path, v_obj(str_new(vm, env, n)));
        env = colon ? colon + 1 : NULL;
    }
    return v_obj(path);
}

static Value executable(VM *vm) {
    char buf[4096];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf);
    return v_obj(n > 0 ? str_new(vm, buf, (size_t)n) : vm->empty_str);
}

static bool little_endian(void) {
    const uint16_t one = 1;
    return *(const uint8_t *)&one == 1;
}

static const LibFn sys_fns[] = {
    {"exit", s_exit, 0, 1, 0},
    {"getrecursionlimit", s_getrecursionlimit, 0, 0, 0},
    {"setrecursionlimit", s_setrecursionlimit, 1, 1, 0},
    {"exception", s_exception, 0, 0, 0},
    {"exc_info", s_exc_info, 0, 0, 0},
    {"intern", s_intern, 1, 1, 0},
    {"getdefaultencoding", s_getdefaultencoding, 0, 0, 0},
};

void lib_sys_open(VM *vm, ObjModule *m) {
    lib_add_functions(vm, m, sys_fns, LIB_COUNT(sys_fns));
    static const char *const stream_names[3] = {"stdin", "stdout", "stderr"};
    for (int fd = 0; fd < 3; fd++) {
        Value s = io_std_stream(vm, fd);
        module_add(vm, m, stream_names[fd], s);
        module_add(vm, m, str_printf(vm, "__%s__", stream_names[fd])->data, s);
    }
    module_add(vm, m, "argv", IS_LIST(vm->argv) ? vm->argv : v_obj(list_new(vm, 0)));
    module_add(vm, m, "modules", v_obj(vm->modules));
    module_add(vm, m, "path", make_path(vm));
    module_add(vm, m, "version", v_obj(str_from_cstr(vm, "Aster " ASTER_VERSION)));
    module_add(vm, m, "platform", v_obj(str_from_cstr(vm, "linux")));
    module_add(vm, m, "byteorder", v_obj(str_from_cstr(vm, little_endian() ? "little" : "big")));
    module_add(vm, m, "maxsize", v_int(INT64_MAX));
    module_add(vm, m, "maxunicode", v_int(0x10FFFF));
    module_add(vm, m, "executable", executable(vm));
}
