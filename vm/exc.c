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

/* Where a traceback goes, and how deep in exception groups it is: inside a
 * group every line gets a margin ("  | "), as Python's traceback module
 * and its C twin print them. */
typedef struct Printer {
    VM *vm;
    AsterWriteFn write;
    void *ud;
    int depth;            /* exception group nesting */
    bool need_close;      /* the closing +--- line is still owed */
    bool line_start;
    Obj *seen[64];        /* exceptions printed so far (cycles print once) */
    int nseen;
} Printer;

static void raw(Printer *p, const char *s, size_t n) { p->write(p->ud, s, n); }
static void raw_s(Printer *p, const char *s) { raw(p, s, strlen(s)); }

static void raw_indent(Printer *p) {
    for (int i = 0; i < p->depth; i++) raw(p, "  ", 2);
}

/* Text whose every line gets the margin of the current depth. */
static void emit_margin(Printer *p, char margin, const char *s, size_t n) {
    while (n) {
        if (p->line_start) {
            raw_indent(p);
            if (p->depth) {
                char m[2] = {margin, ' '};
                raw(p, m, 2);
            }
            p->line_start = false;
        }
        const char *nl = memchr(s, '\n', n);
        size_t len = nl ? (size_t)(nl - s) + 1 : n;
        raw(p, s, len);
        if (nl) p->line_start = true;
        s += len;
        n -= len;
    }
}

static void emit_n(Printer *p, const char *s, size_t n) { emit_margin(p, '|', s, n); }
static void emit(Printer *p, const char *s) { emit_n(p, s, strlen(s)); }
static void emit_str(Printer *p, ObjStr *s) { emit_n(p, s->data, s->len); }

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

static void print_entry(Printer *pr, ObjProto *p, uint32_t line) {
    emit_str(pr, str_printf(pr->vm, "  File \"%s\", line %u, in %s\n", p->filename->data, line, p->name->data));
    size_t n;
    const char *text = source_line(p->source, line, &n);
    if (text && n) {
        emit(pr, "    ");
        emit_n(pr, text, n);
        emit(pr, "\n");
    }
}

#define RECURSIVE_CUTOFF 3   /* identical entries in a row shown before they are counted */

static void print_repeats(Printer *pr, uint32_t count) {
    if (count <= RECURSIVE_CUTOFF) return;
    count -= RECURSIVE_CUTOFF;
    emit_str(pr, str_printf(pr->vm, "  [Previous line repeated %u more time%s]\n", count, count > 1 ? "s" : ""));
}

static void print_stack(Printer *pr, ObjException *e) {
    ObjProto *last = NULL;
    uint32_t last_line = 0, count = 0;
    for (uint32_t i = e->ntrace; i-- > 0;) {
        ObjProto *p = e->trace[i].proto;
        uint32_t pc = e->trace[i].pc;
        uint32_t line = pc < p->ncode ? p->lines[pc] : p->firstline;
        if (p != last || line != last_line) {
            print_repeats(pr, count);
            last = p;
            last_line = line;
            count = 0;
        }
        if (++count <= RECURSIVE_CUTOFF) print_entry(pr, p, line);
    }
    print_repeats(pr, count);
}

/* "ValueError: message", with the module prefix Python uses for classes
 * outside builtins and __main__. */
static void print_last_line(Printer *pr, Value exc) {
    VM *vm = pr->vm;
    ObjClass *cls = vm_class_of(vm, exc);
    Value modname = V_NONE;
    if (cls->dict) dict_get_str(&cls->dict->d, vm->names[NAME___module__], &modname);
    if (IS_STR(modname) && strcmp(AS_STR(modname)->data, "builtins") != 0 &&
        strcmp(AS_STR(modname)->data, "__main__") != 0) {
        emit_str(pr, AS_STR(modname));
        emit(pr, ".");
    }
    emit_str(pr, cls->qualname);
    ObjStr *msg = exc_message(vm, exc);
    if (msg->len) {
        emit(pr, ": ");
        emit_str(pr, msg);
    }
    emit(pr, "\n");
}

static ObjTuple *group_members(Value exc) {
    Value m = AS_EXC(exc)->notes;
    return IS_TUPLE(m) ? AS_TUPLE(m) : NULL;
}

#define MAX_GROUP_WIDTH 15
#define MAX_GROUP_DEPTH 10

static void print_exception(Printer *pr, Value exc);

/* One exception of a group: "+-+---- 1 ----", its traceback one level in,
 * the closing line after the last. */
static void print_group_members(Printer *pr, ObjTuple *members) {
    uint32_t n = members->len <= MAX_GROUP_WIDTH ? members->len : MAX_GROUP_WIDTH + 1;
    pr->need_close = false;
    for (uint32_t i = 0; i < n; i++) {
        bool last = i == n - 1, truncated = i >= MAX_GROUP_WIDTH;
        if (last) pr->need_close = true;
        raw_indent(pr);
        ObjStr *title = truncated ? str_from_cstr(pr->vm, "...") : str_printf(pr->vm, "%u", i + 1);
        ObjStr *line = str_printf(pr->vm, "%s+---------------- %s ----------------\n", i == 0 ? "+-" : "  ", title->data);
        raw(pr, line->data, line->len);
        pr->depth++;
        if (!truncated) {
            print_exception(pr, members->items[i]);
        } else {
            uint32_t more = members->len - MAX_GROUP_WIDTH;
            emit_str(pr, str_printf(pr->vm, "and %u more exception%s\n", more, more > 1 ? "s" : ""));
        }
        if (last && pr->need_close) {
            raw_indent(pr);
            raw_s(pr, "+------------------------------------\n");
            pr->need_close = false;
        }
        pr->depth--;
    }
}

static void print_one(Printer *pr, Value exc) {
    if (!is_exception(exc)) {
        print_last_line(pr, exc);
        return;
    }
    ObjException *e = AS_EXC(exc);
    ObjTuple *members = group_members(exc);
    if (!members) {
        if (e->ntrace) {
            emit(pr, "Traceback (most recent call last):\n");
            print_stack(pr, e);
        }
        print_last_line(pr, exc);
        return;
    }
    if (pr->depth > MAX_GROUP_DEPTH) {
        emit_str(pr, str_printf(pr->vm, "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH));
        return;
    }
    bool toplevel = pr->depth == 0;
    if (toplevel) pr->depth++;
    if (e->ntrace) {
        const char *header = "Exception Group Traceback (most recent call last):\n";
        emit_margin(pr, toplevel ? '+' : '|', header, strlen(header));
        print_stack(pr, e);
    }
    print_last_line(pr, exc);
    print_group_members(pr, members);
    if (toplevel) pr->depth = 0;
}

/* Causes and contexts first, each exception once (raise e from e, or a
 * context chain that loops, prints it a single time, as Python does). */
static void print_exception(Printer *pr, Value exc) {
    if (is_exception(exc) && pr->nseen < 64) {
        ObjException *e = AS_EXC(exc);
        pr->seen[pr->nseen++] = AS_OBJ(exc);
        Value before = is_exception(e->cause) ? e->cause : !e->suppress_context ? e->context : V_NONE;
        bool fresh = is_exception(before);
        for (int i = 0; fresh && i < pr->nseen; i++)
            if (pr->seen[i] == AS_OBJ(before)) fresh = false;
        if (fresh) {
            print_exception(pr, before);
            emit(pr, is_exception(e->cause) ? "\nThe above exception was the direct cause of the following exception:\n\n"
                                            : "\nDuring handling of the above exception, another exception occurred:\n\n");
        }
    }
    print_one(pr, exc);
}

void exc_print(VM *vm, Value exc, AsterWriteFn write, void *ud) {
    Printer pr = {.vm = vm, .write = write, .ud = ud, .line_start = true};
    print_exception(&pr, exc);
}
