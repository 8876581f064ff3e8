/* exc.c - exceptions: making and raising them, recording the frames they
 * pass through, and printing them the way Python does.
 *
 * An exception is an instance (ObjException layout) of a class derived from
 * BaseException. Raising stores it in vm->exc and returns V_EXC; the
 * interpreter unwinds frames, appending one TraceEntry per frame, innermost
 * first (printing walks the list backwards: "most recent call last").
 * A new exception raised while another is being handled records that one as
 * its __context__, as in Python. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "vm.h"

Value exc_new(VM *vm, ObjClass *cls, ObjTuple *args) {
    ObjInstance *in = instance_new(vm, cls);
    ((ObjException *)in)->args = args ? args : vm->empty_tuple;
    return v_obj(in);
}

Value exc_new_msg(VM *vm, ExcKind kind, ObjStr *msg) {
    Value m = v_obj(msg);
    return exc_new(vm, vm->exc_classes[kind], tuple_from(vm, &m, 1));
}

static bool is_exception(Value v) {
    return IS_A(v, OT_INSTANCE) && AS_OBJ(v)->extra == sizeof(ObjException);
}

Value vm_raise_value(VM *vm, Value exc) {
    if (IS_CLASS(exc) && (AS_CLASS(exc)->cflags & CLASS_EXCEPTION)) {
        exc = vm_call(vm, exc, 0, NULL);
        if (IS_EXC(exc)) return exc;
    }
    if (!is_exception(exc)) return vm_raise(vm, EXC_TypeError, "exceptions must derive from BaseException");
    Value handling = vm->fiber->handling ? v_obj(vm->fiber->handling) : V_NONE;
    if (!IS_NONE(handling) && !v_same(handling, exc)) {
        /* avoid a cycle: exc must not already be in handling's context chain */
        Value c = handling;
        while (is_exception(c)) {
            Value next = AS_EXC(c)->context;
            if (v_same(next, exc)) {
                AS_EXC(c)->context = V_NONE;
                break;
            }
            c = next;
        }
        AS_EXC(exc)->context = handling;
    }
    vm->exc = exc;
    return V_EXC;
}

static Value raise_v(VM *vm, ObjClass *cls, const char *fmt, va_list ap) {
    ObjStr *msg = str_vprintf(vm, fmt, ap);
    Value m = v_obj(msg);
    return vm_raise_value(vm, exc_new(vm, cls, tuple_from(vm, &m, 1)));
}

Value vm_raise(VM *vm, ExcKind kind, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Value r = raise_v(vm, vm->exc_classes[kind], fmt, ap);
    va_end(ap);
    return r;
}

Value vm_raise_class(VM *vm, ObjClass *cls, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Value r = raise_v(vm, cls, fmt, ap);
    va_end(ap);
    return r;
}

bool exc_matches(VM *vm, Value exc, ExcKind kind) {
    return is_exception(exc) && class_is_subclass(AS_INSTANCE(exc)->cls, vm->exc_classes[kind]);
}

Value vm_type_error_unsupported(VM *vm, const char *op, Value a, Value b) {
    return vm_raise(vm, EXC_TypeError, "unsupported operand type(s) for %s: '%T' and '%T'", op, a, b);
}

void exc_add_trace(VM *vm, ObjException *e, ObjProto *proto, uint32_t pc) {
    if (e->ntrace == e->captrace) {
        uint32_t ncap = e->captrace ? e->captrace * 2 : 8;
        /* tracebacks are best effort: drop entries rather than fail */
        TraceEntry *t = vm->config.alloc(vm->config.alloc_ud, e->trace,
                                         e->captrace * sizeof(TraceEntry), ncap * sizeof(TraceEntry));
        if (!t) return;
        vm->bytes_allocated += (ncap - e->captrace) * sizeof(TraceEntry);
        e->trace = t;
        e->captrace = ncap;
    }
    e->trace[e->ntrace].proto = proto;
    e->trace[e->ntrace].pc = pc;
    e->ntrace++;
}

/* ExceptionGroup(message, exceptions): keeps the exceptions as a tuple. */
Value exception_group_init(VM *vm, ObjException *e, int argc, Value *argv) {
    if (argc != 2) return vm_raise(vm, EXC_TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", argc);
    if (!IS_STR(argv[0])) return vm_raise(vm, EXC_TypeError, "argument 1 must be str, not %T", argv[0]);
    Value excs = argv[1];
    ObjTuple *t;
    if (IS_LIST(excs)) t = tuple_from(vm, AS_LIST(excs)->items, AS_LIST(excs)->len);
    else if (IS_TUPLE(excs)) t = AS_TUPLE(excs);
    else return vm_raise(vm, EXC_TypeError, "second argument (exceptions) must be a sequence");
    if (t->len == 0) return vm_raise(vm, EXC_ValueError, "second argument (exceptions) must be a non-empty sequence");
    for (uint32_t i = 0; i < t->len; i++)
        if (!IS_EXCEPTION(t->items[i]))
            return vm_raise(vm, EXC_ValueError, "Item %u of second argument (exceptions) is not an exception", i);
    e->notes = v_obj(t);
    return V_NONE;
}

/* ------------------------------------------------------------- OSError */

ExcKind os_error_kind(int err) {
    switch (err) {
    case ENOENT: return EXC_FileNotFoundError;
    case EEXIST: return EXC_FileExistsError;
    case EACCES: case EPERM: return EXC_PermissionError;
    case EISDIR: return EXC_IsADirectoryError;
    case ENOTDIR: return EXC_NotADirectoryError;
    case EPIPE: case ESHUTDOWN: return EXC_BrokenPipeError;
    case ECONNREFUSED: return EXC_ConnectionRefusedError;
    case ECONNRESET: return EXC_ConnectionResetError;
    case ECONNABORTED: return EXC_ConnectionAbortedError;
    case EAGAIN: case EALREADY: case EINPROGRESS: return EXC_BlockingIOError;
    case EINTR: return EXC_InterruptedError;
    case ECHILD: return EXC_ChildProcessError;
    case ESRCH: return EXC_ProcessLookupError;
    case ETIMEDOUT: return EXC_TimeoutError;
    default: return EXC_OSError;
    }
}

static void set_exc_attr(VM *vm, ObjException *e, const char *name, Value v) {
    dict_set_str(vm, &e->inst.attrs.d, str_intern(vm, name, strlen(name)), v);
}

static Value get_exc_attr(VM *vm, ObjException *e, const char *name) {
    Value v;
    return dict_get_str(&e->inst.attrs.d, str_intern(vm, name, strlen(name)), &v) ? v : V_NONE;
}

/* OSError(errno, strerror[, filename[, winerror[, filename2]]]): the
 * attributes Python derives from the arguments; with a filename, args keeps
 * only the first two. OSError itself becomes the subclass for the errno
 * (OSError(2, "x") is a FileNotFoundError), as in Python. */
void os_error_init(VM *vm, ObjException *e, int npos, Value *argv) {
    bool full = npos >= 2 && npos <= 5;
    set_exc_attr(vm, e, "errno", full ? argv[0] : V_NONE);
    set_exc_attr(vm, e, "strerror", full ? argv[1] : V_NONE);
    set_exc_attr(vm, e, "filename", full && npos >= 3 ? argv[2] : V_NONE);
    set_exc_attr(vm, e, "filename2", full && npos == 5 ? argv[4] : V_NONE);
    if (!full) return;
    if (npos >= 3) e->args = tuple_from(vm, argv, 2);
    if (e->inst.cls == vm->exc_classes[EXC_OSError] && IS_INT(argv[0]))
        e->inst.cls = vm->exc_classes[os_error_kind((int)AS_INT(argv[0]))];
}

Value vm_raise_os_error(VM *vm, int err, Value filename) {
    Value args[3] = {v_int(err), v_obj(str_from_cstr(vm, strerror(err))), filename};
    int n = IS_UNDEF(filename) ? 2 : 3;
    ObjException *e = (ObjException *)AS_OBJ(exc_new(vm, vm->exc_classes[os_error_kind(err)], tuple_from(vm, args, 2)));
    os_error_init(vm, e, n, args);
    return vm_raise_value(vm, v_obj(e));
}

/* ------------------------------------------------------------ messages */

/* str(exc) for the built-in exception classes. */
static ObjStr *os_error_str(VM *vm, ObjException *e) {
    ObjTuple *args = e->args;
    Value filename = get_exc_attr(vm, e, "filename"), filename2 = get_exc_attr(vm, e, "filename2");
    if (IS_NONE(filename)) return str_printf(vm, "[Errno %S] %S", args->items[0], args->items[1]);
    if (IS_NONE(filename2)) return str_printf(vm, "[Errno %S] %S: %R", args->items[0], args->items[1], filename);
    return str_printf(vm, "[Errno %S] %S: %R -> %R", args->items[0], args->items[1], filename, filename2);
}

static ObjStr *builtin_exc_str(VM *vm, ObjException *e) {
    ObjTuple *args = e->args;
    if (args->len == 2 && class_is_subclass(e->inst.cls, vm->exc_classes[EXC_OSError]))
        return os_error_str(vm, e);
    if (IS_TUPLE(e->notes) && args->len >= 1 && IS_STR(args->items[0])) {
        uint32_t n = AS_TUPLE(e->notes)->len;
        return str_printf(vm, "%s (%u sub-exception%s)", AS_STR(args->items[0])->data, n, n == 1 ? "" : "s");
    }
    if (args->len == 0) return vm->empty_str;
    Value r;
    if (args->len == 1) {
        bool keyerror = class_is_subclass(e->inst.cls, vm->exc_classes[EXC_KeyError]);
        r = keyerror ? vm_repr(vm, args->items[0]) : vm_str(vm, args->items[0]);
    } else {
        r = vm_repr(vm, v_obj(args));
    }
    return IS_EXC(r) ? NULL : AS_STR(r);
}

ObjStr *exc_message(VM *vm, Value exc) {
    Value saved = vm->exc;
    ObjStr *s = NULL;
    if (is_exception(exc) && !(class_slots(vm, AS_INSTANCE(exc)->cls) & SLOT_STR)) {
        s = builtin_exc_str(vm, AS_EXC(exc));
    } else {
        Value r = vm_str(vm, exc);
        if (!IS_EXC(r)) s = AS_STR(r);
    }
    if (!s) {
        vm->exc = saved;
        s = str_from_cstr(vm, "<exception str() failed>");
    }
    return s;
}

/* ------------------------------------------------------------ printing */

typedef struct Out {
    AsterWriteFn write;
    void *ud;
} Out;

static void out(Out *o, const char *s) { o->write(o->ud, s, strlen(s)); }

static void out_n(Out *o, const char *s, size_t n) { o->write(o->ud, s, n); }

const char *source_line(ObjStr *src, uint32_t line, size_t *len) {
    if (!src || line == 0) return NULL;
    const char *p = src->data, *end = src->data + src->len;
    for (uint32_t l = 1; l < line && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) return NULL;
        p = nl + 1;
    }
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\f')) p++;
    const char *e = p;
    while (e < end && *e != '\n' && *e != '\r') e++;
    while (e > p && (e[-1] == ' ' || e[-1] == '\t')) e--;
    *len = (size_t)(e - p);
    return p;
}

static void print_entry(VM *vm, ObjProto *p, uint32_t line, Out *o) {
    ObjStr *s = str_printf(vm, "  File \"%s\", line %u, in %s\n", p->filename->data, line, p->name->data);
    out_n(o, s->data, s->len);
    size_t n;
    const char *text = source_line(p->source, line, &n);
    if (text && n) {
        out(o, "    ");
        out_n(o, text, n);
        out(o, "\n");
    }
}

#define RECURSIVE_CUTOFF 3   /* identical entries in a row shown before they are counted */

static void print_repeats(VM *vm, uint32_t count, Out *o) {
    if (count <= RECURSIVE_CUTOFF) return;
    count -= RECURSIVE_CUTOFF;
    ObjStr *s = str_printf(vm, "  [Previous line repeated %u more time%s]\n", count, count > 1 ? "s" : "");
    out_n(o, s->data, s->len);
}

static void print_trace(VM *vm, ObjException *e, Out *o) {
    if (e->ntrace == 0) return;
    out(o, "Traceback (most recent call last):\n");
    ObjProto *last = NULL;
    uint32_t last_line = 0, count = 0;
    for (uint32_t i = e->ntrace; i-- > 0;) {
        ObjProto *p = e->trace[i].proto;
        uint32_t pc = e->trace[i].pc;
        uint32_t line = pc < p->ncode ? p->lines[pc] : p->firstline;
        if (p != last || line != last_line) {
            print_repeats(vm, count, o);
            last = p;
            last_line = line;
            count = 0;
        }
        if (++count <= RECURSIVE_CUTOFF) print_entry(vm, p, line, o);
    }
    print_repeats(vm, count, o);
}

/* "ValueError: message", with the module prefix Python uses for classes
 * outside builtins and __main__. */
static void print_last_line(VM *vm, Value exc, Out *o) {
    ObjClass *cls = vm_class_of(vm, exc);
    Value modname = V_NONE;
    if (cls->dict) dict_get_str(&cls->dict->d, vm->names[NAME___module__], &modname);
    if (IS_STR(modname) && strcmp(AS_STR(modname)->data, "builtins") != 0 &&
        strcmp(AS_STR(modname)->data, "__main__") != 0) {
        out(o, AS_STR(modname)->data);
        out(o, ".");
    }
    out(o, cls->qualname->data);
    ObjStr *msg = exc_message(vm, exc);
    if (msg->len) {
        out(o, ": ");
        out_n(o, msg->data, msg->len);
    }
    out(o, "\n");
}

/* Causes and contexts first, each exception once (raise e from e, or a
 * context chain that loops, prints it a single time, as Python does). */
static void print_chain(VM *vm, Value exc, Out *o, Obj **seen, int nseen) {
    if (!is_exception(exc)) {
        print_last_line(vm, exc, o);
        return;
    }
    ObjException *e = AS_EXC(exc);
    seen[nseen++] = AS_OBJ(exc);
    Value before = is_exception(e->cause) ? e->cause : !e->suppress_context ? e->context : V_NONE;
    bool fresh = is_exception(before) && nseen < 64;
    for (int i = 0; fresh && i < nseen; i++)
        if (seen[i] == AS_OBJ(before)) fresh = false;
    if (fresh) {
        print_chain(vm, before, o, seen, nseen);
        out(o, is_exception(e->cause) ? "\nThe above exception was the direct cause of the following exception:\n\n"
                                      : "\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    print_trace(vm, e, o);
    print_last_line(vm, exc, o);
}

void exc_print(VM *vm, Value exc, AsterWriteFn write, void *ud) {
    Out o = {write, ud};
    Obj *seen[64];
    print_chain(vm, exc, &o, seen, 0);
}
