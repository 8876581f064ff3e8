/* vm.c - the life of a VM: creating one (built-in classes, exception
 * hierarchy, interned names, builtins), running a program as __main__,
 * reporting how it ended, and freeing everything. */
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm.h"
#include "compile.h"
#include "lib.h"
#include "eventloop.h"

/* ----------------------------------------------------------- defaults */

static void *default_alloc(void *ud, void *ptr, size_t old_size, size_t new_size) {
    (void)ud;
    (void)old_size;
    if (new_size == 0) {
        free(ptr);
        return NULL;
    }
    return realloc(ptr, new_size);
}

static void default_write_out(void *ud, const char *s, size_t n) {
    (void)ud;
    fwrite(s, 1, n, stdout);
}

static void default_write_err(void *ud, const char *s, size_t n) {
    (void)ud;
    fflush(stdout);
    fwrite(s, 1, n, stderr);
}

void aster_config_init(AsterConfig *c) {
    memset(c, 0, sizeof *c);
    c->alloc = default_alloc;
    c->write_out = default_write_out;
    c->write_err = default_write_err;
}

void vm_write_out(VM *vm, const char *s, size_t len) { vm->config.write_out(vm->config.write_ud, s, len); }
void vm_write_err(VM *vm, const char *s, size_t len) { vm->config.write_err(vm->config.write_ud, s, len); }

static void write_err_adapter(void *ud, const char *s, size_t n) { vm_write_err((VM *)ud, s, n); }

int aster_interrupt(AsterVM *vm) {
    int pending = atomic_fetch_add(&vm->interrupt, 1);
    sched_interrupt(vm);   /* wake a loop blocked waiting for timers or I/O */
    return pending;
}

/* The C stack: script code runs on the VM's own stacks, but C code that
 * calls back into scripts (sorted's key, __getattr__, __eq__ from dict
 * lookups, ...) recurses on the thread's stack. Leave a margin for the C
 * code between two checks (sanitizer builds use far bigger frames). */
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define __SANITIZE_ADDRESS__ 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define STACK_MARGIN (512u << 10)
#else
#define STACK_MARGIN (256u << 10)
#endif

/* Measured from where the API call starts; what its caller already uses
 * is unknown, so a little more is kept back. No pthread_getattr_np: it
 * allocates outside the VM's allocator. */
void vm_set_stack_limit(VM *vm) {
    uintptr_t here = (uintptr_t)__builtin_frame_address(0);
    size_t size = vm->config.c_stack_size;
    if (!size) {
        struct rlimit rl;
        bool main_thread = getpid() == (pid_t)syscall(SYS_gettid);
        size = 1u << 20;
        if (main_thread && getrlimit(RLIMIT_STACK, &rl) == 0)
            size = rl.rlim_cur == RLIM_INFINITY ? 8u << 20 : (size_t)rl.rlim_cur;
    }
    size_t keep = STACK_MARGIN + (64u << 10);
    size_t usable = size > 2 * keep ? size - keep : size / 2;
    vm->stack_limit = (char *)(here - usable);
}

bool vm_check_stack(VM *vm) {
    char *here = __builtin_frame_address(0);
    if (!vm->stack_limit || here > vm->stack_limit) return true;
    vm_raise(vm, EXC_RecursionError, "maximum recursion depth exceeded");
    return false;
}

bool vm_check_interrupt(VM *vm) {
    if (!vm->interrupt) return false;
    vm->interrupt = 0;
    vm_raise_value(vm, exc_new(vm, vm->exc_classes[EXC_KeyboardInterrupt], NULL));
    return true;
}

/* ---------------------------------------------------------- bootstrap */

static void init_strings(VM *vm) {
    ObjStr *e = str_alloc(vm, 0);
    str_finish(vm, e);
    vm->empty_str = e;
    for (int c = 0; c < 128; c++) {
        char ch = (char)c;
        vm->chars[c] = str_intern(vm, &ch, 1);
    }
    static const char *const names[NAME_COUNT] = {
#define NAME_STR(n) #n,
        COMMON_NAMES(NAME_STR)
#undef NAME_STR
    };
    for (int i = 0; i < NAME_COUNT; i++) vm->names[i] = str_intern(vm, names[i], strlen(names[i]));
    vm->names[NAME_lambda] = str_intern(vm, "<lambda>", 8);
    vm->names[NAME_module] = str_intern(vm, "<module>", 8);
    vm->empty_tuple = NULL;
    vm->empty_tuple = tuple_new(vm, 0);
}

static ObjClass *builtin_class(VM *vm, const char *name, ObjClass *base) {
    ObjClass *c = class_new(vm, str_intern(vm, name, strlen(name)), base, NULL);
    c->cflags |= CLASS_BUILTIN;
    return c;
}

static void init_classes(VM *vm) {
    static const char *const names[CLS_COUNT] = {
#define CLASS_STR(n) #n,
        BUILTIN_CLASSES(CLASS_STR)
#undef CLASS_STR
    };
    ObjClass *object = builtin_class(vm, "object", NULL);
    vm->classes[CLS_object] = object;
    for (int i = 1; i < CLS_COUNT; i++) vm->classes[i] = builtin_class(vm, names[i], object);
    /* bool is an int; these cannot be subclassed or made directly */
    ObjClass *b = vm->classes[CLS_bool];
    b->base = vm->classes[CLS_int];
    b->depth = 2;
    static const BuiltinClass final[] = {CLS_bool, CLS_NoneType, CLS_range, CLS_slice, CLS_function,
                                         CLS_builtin_function_or_method, CLS_method, CLS_cell, CLS_code,
                                         CLS_NotImplementedType, CLS_ellipsis, CLS_coroutine};
    for (size_t i = 0; i < sizeof final / sizeof final[0]; i++) vm->classes[final[i]]->cflags |= CLASS_FINAL;
    static const BuiltinClass abstract[] = {CLS_NoneType, CLS_function, CLS_builtin_function_or_method,
                                            CLS_method, CLS_cell, CLS_code, CLS_iterator, CLS_dict_keys,
                                            CLS_dict_values, CLS_dict_items, CLS_coroutine,
                                            CLS_NotImplementedType, CLS_ellipsis};
    for (size_t i = 0; i < sizeof abstract / sizeof abstract[0]; i++) vm->classes[abstract[i]]->cflags |= CLASS_ABSTRACT;
    vm->classes[CLS_iterator]->name = str_intern(vm, "iterator", 8);
    vm->classes[CLS_iterator]->qualname = vm->classes[CLS_iterator]->name;
}

static void set_module_name(VM *vm, ObjClass *c, const char *module) {
    dict_set_str(vm, &c->dict->d, vm->names[NAME___module__], v_obj(str_from_cstr(vm, module)));
}

static void init_exceptions(VM *vm) {
    static const struct { const char *name; ExcKind parent; } table[EXC_COUNT] = {
#define EXC_ROW(name, parent) {#name, EXC_##parent},
        BUILTIN_EXCEPTIONS(EXC_ROW)
#undef EXC_ROW
    };
    for (int i = 0; i < EXC_COUNT; i++) {
        ObjClass *base = i == EXC_BaseException ? vm->classes[CLS_object] : vm->exc_classes[table[i].parent];
        ObjClass *c = builtin_class(vm, table[i].name, base);
        c->cflags |= CLASS_EXCEPTION;
        vm->exc_classes[i] = c;
    }
    set_module_name(vm, vm->exc_classes[EXC_CancelledError], "asyncio.exceptions");
    set_module_name(vm, vm->exc_classes[EXC_InvalidStateError], "asyncio.exceptions");
    set_module_name(vm, vm->exc_classes[EXC_QueueEmpty], "asyncio.queues");
    set_module_name(vm, vm->exc_classes[EXC_QueueFull], "asyncio.queues");
    vm->builtin_refs[BREF_ASSERTION_ERROR] = v_obj(vm->exc_classes[EXC_AssertionError]);
    vm->builtin_refs[BREF_DISPLAYHOOK] = V_NONE;   /* set by stdlib */
    vm->memory_error = exc_new(vm, vm->exc_classes[EXC_MemoryError], NULL);
}

static void init_singletons(VM *vm) {
    vm->not_implemented = v_obj(instance_new(vm, vm->classes[CLS_NotImplementedType]));
    vm->ellipsis = v_obj(instance_new(vm, vm->classes[CLS_ellipsis]));
}

AsterVM *aster_new(const AsterConfig *config) {
    AsterConfig cfg;
    aster_config_init(&cfg);
    if (config) {
        if (config->alloc) {
            cfg.alloc = config->alloc;
            cfg.alloc_ud = config->alloc_ud;
        }
        if (config->write_out) cfg.write_out = config->write_out;
        if (config->write_err) cfg.write_err = config->write_err;
        cfg.write_ud = config->write_ud;
        cfg.c_stack_size = config->c_stack_size;
    }
    VM *vm = cfg.alloc(cfg.alloc_ud, NULL, 0, sizeof(VM));
    if (!vm) return NULL;
    memset(vm, 0, sizeof *vm);
    jmp_buf oom;
    vm->oom = &oom;
    if (setjmp(oom)) {   /* out of memory while starting: NULL, nothing leaked */
        vm->oom = NULL;
        aster_free(vm);
        return NULL;
    }
    vm->config = cfg;
    vm->next_gc = 4u << 20;
    vm->recursion_limit = 1000;
    vm->class_epoch = 1;
    const char *stress = getenv("ASTER_GC_STRESS");
    vm->gc_stress = stress && *stress && *stress != '0';
    vm->exc = V_NONE;
    vm->argv = V_NONE;
    fiber_init(&vm->main_fiber);
    vm->fiber = &vm->main_fiber;
    init_strings(vm);
    init_classes(vm);
    init_exceptions(vm);
    init_singletons(vm);
    vm->builtins = dict_new(vm);
    vm->modules = dict_new(vm);
    sched_init(vm);
    stdlib_open_builtins(vm);
    gc_take_reserve(vm);
    vm->temps.len = 0;
    vm->oom = NULL;
    return vm;
}

void aster_free(AsterVM *vm) {
    if (!vm) return;
    sched_free(vm);
    fiber_release(vm, &vm->main_fiber);
    gc_free_all(vm);
    fiber_free_spare(vm);
    vm_free_raw(vm, vm->strings.slots, vm->strings.mask ? (vm->strings.mask + 1) * sizeof(ObjStr *) : 0);
    vm_free_raw(vm, vm->repr_active.items, vm->repr_active.cap * sizeof(Obj *));
    AsterConfig cfg = vm->config;
    cfg.alloc(cfg.alloc_ud, vm, sizeof(VM), 0);
}

void aster_set_argv(AsterVM *vm, int argc, const char *const *argv) {
    ObjList *l = list_new(vm, (uint32_t)argc);
    for (int i = 0; i < argc; i++) list_append(vm, l, v_obj(str_from_cstr(vm, argv[i])));
    vm->argv = v_obj(l);
    Value sys;   /* sys copied the old list when it was imported */
    if (dict_get_str(&vm->modules->d, str_intern(vm, "sys", 3), &sys) && IS_A(sys, OT_MODULE))
        dict_set_str(vm, &((ObjModule *)AS_OBJ(sys))->globals->d, str_intern(vm, "argv", 4), vm->argv);
    vm->temps.len = 0;
}

int aster_exit_code(const AsterVM *vm) { return vm->exit_code; }

/* ------------------------------------------------------------- errors */

static void print_syntax_error(VM *vm, const char *name, const char *src, size_t len, const CompileError *err) {
    ObjStr *head = str_printf(vm, "%s:%d:%d: SyntaxError: %s\n", name, err->line, err->col, err->msg);
    vm_write_err(vm, head->data, head->len);
    const char *p = src, *end = src + len;
    for (int l = 1; l < err->line && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        p = nl ? nl + 1 : end;
    }
    if (p >= end && err->line > 1) return;
    const char *e = p;
    while (e < end && *e != '\n' && *e != '\r') e++;
    StrBuf b;
    sb_init(&b, vm);
    sb_adds(&b, "    ");
    sb_add(&b, p, (size_t)(e - p));
    sb_adds(&b, "\n    ");
    int col = 1;
    for (const char *q = p; q < e && col < err->col; q++) {
        if (((unsigned char)*q & 0xC0) == 0x80) continue;
        sb_addc(&b, *q == '\t' ? '\t' : ' ');
        col++;
    }
    sb_adds(&b, "^\n");
    ObjStr *s = sb_finish(&b);
    vm_write_err(vm, s->data, s->len);
}

/* How an uncaught exception ends the program: SystemExit sets the status,
 * anything else prints a traceback. */
AsterStatus vm_report_exception(VM *vm, Value exc) {
    if (exc_matches(vm, exc, EXC_SystemExit)) {
        ObjTuple *args = AS_EXC(exc)->args;
        Value code = args->len ? args->items[0] : V_NONE;
        if (IS_NONE(code)) vm->exit_code = 0;
        else if (IS_INTLIKE(code)) vm->exit_code = (int)AS_INT(code);
        else {
            ObjStr *msg = exc_message(vm, exc);
            vm_write_err(vm, msg->data, msg->len);
            vm_write_err(vm, "\n", 1);
            vm->exit_code = 1;
        }
        return ASTER_EXIT;
    }
    exc_print(vm, exc, write_err_adapter, vm);
    vm->exit_code = exc_matches(vm, exc, EXC_KeyboardInterrupt) ? 130 : 1;
    return ASTER_ERROR;
}

/* -------------------------------------------------------------- running */

/* An allocation failed outside the interpreter (compiling, setting up,
 * shutting down): the run ends with MemoryError. */
static AsterStatus out_of_memory(VM *vm) {
    vm->repr_active.len = 0;
    vm->c_depth = 0;
    vm_write_err(vm, "MemoryError\n", 12);
    vm->exc = V_NONE;
    vm->temps.len = 0;
    vm->fiber = &vm->main_fiber;
    vm->exit_code = 1;
    return ASTER_ERROR;
}

/* The last run's __main__ goes before the next one compiles: its globals
 * may be what used the memory up. Nothing runs now, so collecting is safe. */
static void drop_previous_main(VM *vm) {
    if (vm->main_module) {
        bool err;
        dict_del(vm, &vm->modules->d, v_obj(vm->names[NAME___main__]), &err);
        vm->main_module = NULL;
    }
    if (vm->gc_pending || !vm->reserve) gc_collect(vm);
}

static AsterStatus run_source(VM *vm, const char *name, const char *src, size_t len, bool is_file) {
    vm->exit_code = 0;
    vm_set_stack_limit(vm);
    jmp_buf oom, *outer = vm->oom;
    vm->oom = &oom;
    size_t scratch = vm_scratch_mark(vm);
    if (setjmp(oom)) {
        vm->oom = outer;
        vm_scratch_release(vm, scratch);
        return out_of_memory(vm);
    }
    drop_previous_main(vm);
    CompileError err;
    ObjStr *fname = str_from_cstr(vm, name);
    ObjProto *proto = compile_source(vm, src, len, fname, is_file, true, false, &err);
    if (!proto && err.out_of_memory) vm_out_of_memory(vm);
    if (!proto) {
        vm->oom = outer;
        print_syntax_error(vm, name, src, len, &err);
        vm->exit_code = 2;
        vm->temps.len = 0;
        return ASTER_SYNTAX_ERROR;
    }
    ObjModule *m = module_new(vm, vm->names[NAME___main__], is_file ? fname : NULL);
    dict_set_str(vm, &vm->modules->d, vm->names[NAME___main__], v_obj(m));
    vm->main_module = m;
    ObjClosure *cl = closure_new(vm, proto, m->globals, m);
    Value exc = sched_run_main(vm, cl);
    AsterStatus st = ASTER_OK;
    if (IS_EXC(exc)) st = vm_report_exception(vm, vm->exc);
    vm->oom = outer;
    vm->exc = V_NONE;
    vm->temps.len = 0;
    return st;
}

/* The lexer wants a NUL after the source: a host's buffer need not have one. */
AsterStatus aster_run_string(AsterVM *vm, const char *name, const char *source, size_t len) {
    char *copy = vm->config.alloc(vm->config.alloc_ud, NULL, 0, len + 1);
    if (!copy) {
        vm->exit_code = 1;
        vm_write_err(vm, "MemoryError\n", 12);
        return ASTER_ERROR;
    }
    memcpy(copy, source, len);
    copy[len] = 0;
    AsterStatus st = run_source(vm, name, copy, len, false);
    vm->config.alloc(vm->config.alloc_ud, copy, len + 1, 0);
    return st;
}

char *vm_read_source(VM *vm, const char *path, size_t *len);

AsterStatus aster_run_file(AsterVM *vm, const char *path) {
    size_t len;
    char *src = vm_read_source(vm, path, &len);
    if (!src) {
        ObjStr *msg = str_printf(vm, "aster: can't open file '%s'\n", path);
        vm_write_err(vm, msg->data, msg->len);
        vm->exit_code = 2;
        return ASTER_SYNTAX_ERROR;
    }
    AsterStatus st = run_source(vm, path, src, len, true);
    vm_scratch_free(vm, src, len + 1);
    return st;
}

AsterStatus aster_disassemble_file(AsterVM *vm, const char *path) {
    size_t len;
    char *src = vm_read_source(vm, path, &len);
    if (!src) {
        ObjStr *msg = str_printf(vm, "aster: can't open file '%s'\n", path);
        vm_write_err(vm, msg->data, msg->len);
        vm->exit_code = 2;
        return ASTER_SYNTAX_ERROR;
    }
    CompileError err;
    ObjProto *proto = compile_source(vm, src, len, str_from_cstr(vm, path), true, true, false, &err);
    AsterStatus st = ASTER_OK;
    if (!proto) {
        print_syntax_error(vm, path, src, len, &err);
        vm->exit_code = 2;
        st = ASTER_SYNTAX_ERROR;
    } else {
        dis_proto(vm, proto, vm->config.write_out, vm->config.write_ud);
    }
    vm_scratch_free(vm, src, len + 1);
    vm->temps.len = 0;
    return st;
}
