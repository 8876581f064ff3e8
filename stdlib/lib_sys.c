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

/* --------------------------------------------------------------- streams */

/* The payload of a stream object: which standard stream it is. */
typedef struct Stream {
    int fd;
} Stream;

static const CDataType stream_ctype = {"TextIOWrapper", NULL, NULL};

/* The stream of a method's self, or NULL after raising TypeError (a script
 * can take a method out of its class and pass anything). */
static Stream *stream_of(VM *vm, Value self) {
    if (IS_A(self, OT_CDATA) && ((ObjCData *)AS_OBJ(self))->ctype == &stream_ctype)
        return (Stream *)((ObjCData *)AS_OBJ(self))->payload;
    vm_raise(vm, EXC_TypeError, "descriptor requires a 'TextIOWrapper' object but received a '%T'", self);
    return NULL;
}

#define GET_STREAM(s)                         \
    Stream *s = stream_of(vm, argv[0]);       \
    if (!s) return V_EXC

static Value not_for(VM *vm, const char *what) {
    return vm_raise(vm, EXC_OSError, "not %s", what);
}

NATIVE(io_write) {
    UNUSED_ARGS;
    GET_STREAM(s);
    Value text = argv[1];
    if (!IS_STR(text))
        return vm_raise(vm, EXC_TypeError, "write() argument must be str, not %s", IS_NONE(text) ? "None" : vm_type_name(vm, text));
    if (s->fd == 0) return not_for(vm, "writable");
    (s->fd == 1 ? vm_write_out : vm_write_err)(vm, AS_STR(text)->data, AS_STR(text)->len);
    return v_int(AS_STR(text)->nchars);
}

NATIVE(io_writelines) {
    UNUSED_ARGS;
    Value it = vm_iter(vm, argv[1]);
    if (IS_EXC(it)) return it;
    for (;;) {
        Value line = vm_next(vm, it);
        if (IS_UNDEF(line) || IS_EXC(line)) return IS_EXC(line) ? line : V_NONE;
        Value args[2] = {argv[0], line};
        if (IS_EXC(io_write(vm, 2, args, NULL))) return V_EXC;
    }
}

NATIVE(io_flush) {
    UNUSED_ARGS;
    GET_STREAM(s);
    fflush(s->fd == 2 ? stderr : stdout);
    return V_NONE;
}

/* One line of standard input with its newline; "" at end of file. */
static Value read_line(VM *vm, int64_t limit) {
    StrBuf b;
    sb_init(&b, vm);
    int c;
    while ((limit < 0 || (int64_t)b.len < limit) && (c = getchar()) != EOF) {
        sb_addc(&b, (char)c);
        if (c == '\n') break;
    }
    return v_obj(sb_finish(&b));
}

static bool size_arg(VM *vm, int argc, Value *argv, int64_t *size) {
    *size = -1;
    if (argc < 2 || IS_NONE(argv[1])) return true;
    return !IS_EXC(vm_index_value(vm, argv[1], size));
}

NATIVE(io_readline) {
    (void)kwnames;
    GET_STREAM(s);
    int64_t size;
    if (!size_arg(vm, argc, argv, &size)) return V_EXC;
    if (s->fd != 0) return not_for(vm, "readable");
    return read_line(vm, size);
}

NATIVE(io_read) {
    (void)kwnames;
    GET_STREAM(s);
    int64_t size;
    if (!size_arg(vm, argc, argv, &size)) return V_EXC;
    if (s->fd != 0) return not_for(vm, "readable");
    StrBuf b;
    sb_init(&b, vm);
    int c;
    while ((size < 0 || (int64_t)b.len < size) && (c = getchar()) != EOF) sb_addc(&b, (char)c);
    return v_obj(sb_finish(&b));
}

NATIVE(io_iter) {
    UNUSED_ARGS;
    GET_STREAM(s);
    (void)s;
    return argv[0];
}

NATIVE(io_next) {
    UNUSED_ARGS;
    Value line = io_readline(vm, 1, argv, NULL);
    if (IS_EXC(line) || AS_STR(line)->len) return line;
    return vm_raise_value(vm, exc_new(vm, vm->exc_classes[EXC_StopIteration], NULL));
}

NATIVE(io_fileno) {
    UNUSED_ARGS;
    GET_STREAM(s);
    return v_int(s->fd);
}

NATIVE(io_isatty) {
    UNUSED_ARGS;
    GET_STREAM(s);
    return v_bool(isatty(s->fd));
}

NATIVE(io_repr) {
    UNUSED_ARGS;
    GET_STREAM(s);
    static const char *const names[3] = {"<stdin>", "<stdout>", "<stderr>"};
    return v_obj(str_printf(vm, "<_io.TextIOWrapper name='%s' mode='%s' encoding='utf-8'>", names[s->fd],
                            s->fd ? "w" : "r"));
}

static ObjClass *make_stream_class(VM *vm, ObjModule *m) {
    ObjClass *cls = class_new(vm, str_intern(vm, "TextIOWrapper", 13), vm->classes[CLS_object], NULL);
    cls->module = m;
    cls->construct = NULL;
    cls->cflags |= CLASS_ABSTRACT | CLASS_FINAL;
    dict_set_str(vm, &cls->dict->d, vm->names[NAME___module__], v_obj(str_from_cstr(vm, "_io")));
    class_add_native(vm, cls, "write", io_write, 2, 2, 0);
    class_add_native(vm, cls, "writelines", io_writelines, 2, 2, 0);
    class_add_native(vm, cls, "flush", io_flush, 1, 1, 0);
    class_add_native(vm, cls, "readline", io_readline, 1, 2, 0);
    class_add_native(vm, cls, "read", io_read, 1, 2, 0);
    class_add_native(vm, cls, "fileno", io_fileno, 1, 1, 0);
    class_add_native(vm, cls, "isatty", io_isatty, 1, 1, 0);
    class_add_native(vm, cls, "__iter__", io_iter, 1, 1, 0);
    class_add_native(vm, cls, "__next__", io_next, 1, 1, 0);
    class_add_native(vm, cls, "__repr__", io_repr, 1, 1, 0);
    return cls;
}

static void set_attr(VM *vm, Dict *attrs, const char *name, Value v) {
    dict_set_str(vm, attrs, str_intern(vm, name, strlen(name)), v);
}

static Value make_stream(VM *vm, ObjClass *cls, int fd) {
    static const char *const names[3] = {"<stdin>", "<stdout>", "<stderr>"};
    ObjCData *c = (ObjCData *)vm_alloc_obj(vm, OT_CDATA, sizeof(ObjCData) + sizeof(Stream));
    c->obj.extra = sizeof(Stream);
    c->cls = cls;
    c->ctype = &stream_ctype;
    dict_init(&c->attrs);
    ((Stream *)c->payload)->fd = fd;
    set_attr(vm, &c->attrs, "name", v_obj(str_from_cstr(vm, names[fd])));
    set_attr(vm, &c->attrs, "mode", v_obj(str_from_cstr(vm, fd ? "w" : "r")));
    set_attr(vm, &c->attrs, "encoding", v_obj(str_from_cstr(vm, "utf-8")));
    return v_obj(c);
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
    Value e = vm->fiber->handling;
    return IS_UNDEF(e) ? V_NONE : e;
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

typedef struct SysFn {
    const char *name;
    NativeFn fn;
    int8_t min, max;
} SysFn;

static const SysFn sys_fns[] = {
    {"exit", s_exit, 0, 1},
    {"getrecursionlimit", s_getrecursionlimit, 0, 0},
    {"setrecursionlimit", s_setrecursionlimit, 1, 1},
    {"exception", s_exception, 0, 0},
    {"exc_info", s_exc_info, 0, 0},
    {"intern", s_intern, 1, 1},
    {"getdefaultencoding", s_getdefaultencoding, 0, 0},
};

void lib_sys_open(VM *vm, ObjModule *m) {
    for (size_t i = 0; i < sizeof sys_fns / sizeof sys_fns[0]; i++)
        module_add_native(vm, m, sys_fns[i].name, sys_fns[i].fn, sys_fns[i].min, sys_fns[i].max, 0);
    ObjClass *stream = make_stream_class(vm, m);
    static const char *const stream_names[3] = {"stdin", "stdout", "stderr"};
    for (int fd = 0; fd < 3; fd++) {
        Value s = make_stream(vm, stream, fd);
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
