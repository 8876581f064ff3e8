/* vm.h - the VM's state and the internal API shared by compiler/, vm/ and stdlib/.
 *
 * One VM is one value: everything below hangs off `VM`, nothing is global.
 * Script code runs on a Fiber: a growable stack of heap frames that belongs
 * to a task (or to the VM for code not running in a task). The interpreter
 * never recurses on the C stack for script-to-script calls, so a fiber can
 * stop at an instruction boundary (an `await` on something not ready) and be
 * resumed later from the scheduler. */
#ifndef ASTER_VM_H
#define ASTER_VM_H

#include <setjmp.h>
#include <stdatomic.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "aster.h"
#include "object.h"
#include "opcodes.h"
#include "operators.h"

/* ------------------------------------------------------------------ frames */

enum {
    FRAME_BOUNDARY = 1,   /* returning from it returns to the C code that pushed it */
    FRAME_NEWCHUNK = 2,   /* it starts a new stack chunk */
    FRAME_MODULE = 4,     /* module body: on return the caller gets the module */
    FRAME_TASKBASE = 8,   /* the first frame of a task's coroutine */
    FRAME_INIT = 16       /* __init__ called by instantiation: the caller keeps the instance */
};

/* A call frame; its registers follow it directly in the stack chunk. */
typedef struct Frame {
    ObjClosure *closure;
    const uint32_t *ip;       /* next instruction, saved while not running */
    struct Frame *prev;
    uint32_t flags;
    uint32_t unused;
} Frame;

#define FRAME_SLOTS ((int)(sizeof(Frame) / sizeof(Value)))
#define FRAME_REGS(f) ((Value *)((f) + 1))

typedef struct StackChunk {
    struct StackChunk *prev;
    uint32_t size;            /* in Values */
    uint32_t inline_;         /* part of its owner's allocation: never freed on its own */
    Value data[];
} StackChunk;

typedef struct Fiber {
    Frame *frame;             /* innermost frame, NULL when idle */
    StackChunk *chunk;        /* chunk holding the innermost frame */
    int depth;                /* frames, for RecursionError */
    uint16_t chunk_min;       /* smallest chunk to allocate (Values): small for tasks */
    uint16_t nboundary;       /* FRAME_BOUNDARY frames on it: C code below, so no suspending */
    Obj *handling;            /* exception being handled (bare raise, __context__), or NULL */
} Fiber;

/* ------------------------------------------------------- built-in classes */

#define BUILTIN_CLASSES(X)                                                       \
    X(object) X(type) X(NoneType) X(bool) X(int) X(float) X(str) X(bytes)       \
    X(tuple) X(list) X(dict) X(set) X(frozenset) X(range) X(slice) X(function) \
    X(builtin_function_or_method) X(method) X(cell) X(module) X(code)            \
    X(iterator) X(dict_keys) X(dict_values) X(dict_items) X(super)              \
    X(coroutine) X(Task) X(Future) X(NotImplementedType) X(ellipsis)           \
    X(TextIOWrapper) X(BufferedReader) X(BufferedWriter) X(BufferedRandom)     \
    X(Queue) X(LifoQueue) X(PriorityQueue)

typedef enum BuiltinClass {
#define BUILTIN_CLASS_ENUM(name) CLS_##name,
    BUILTIN_CLASSES(BUILTIN_CLASS_ENUM)
#undef BUILTIN_CLASS_ENUM
    CLS_COUNT
} BuiltinClass;

/* Exception classes: name, parent. Parents come before children. */
#define BUILTIN_EXCEPTIONS(X)                                                    \
    X(BaseException, BaseException)                                              \
    X(SystemExit, BaseException)                                                 \
    X(KeyboardInterrupt, BaseException)                                          \
    X(GeneratorExit, BaseException)                                              \
    X(CancelledError, BaseException)                                             \
    X(Exception, BaseException)                                                  \
    X(ArithmeticError, Exception)                                                \
    X(ZeroDivisionError, ArithmeticError)                                        \
    X(OverflowError, ArithmeticError)                                            \
    X(FloatingPointError, ArithmeticError)                                       \
    X(LookupError, Exception)                                                    \
    X(IndexError, LookupError)                                                   \
    X(KeyError, LookupError)                                                     \
    X(TypeError, Exception)                                                      \
    X(ValueError, Exception)                                                     \
    X(UnicodeError, ValueError)                                                  \
    X(UnicodeDecodeError, UnicodeError)                                          \
    X(UnicodeEncodeError, UnicodeError)                                          \
    X(UnicodeTranslateError, UnicodeError)                                       \
    X(NameError, Exception)                                                      \
    X(UnboundLocalError, NameError)                                              \
    X(AttributeError, Exception)                                                 \
    X(RuntimeError, Exception)                                                   \
    X(RecursionError, RuntimeError)                                              \
    X(NotImplementedError, RuntimeError)                                         \
    X(AssertionError, Exception)                                                 \
    X(StopIteration, Exception)                                                  \
    X(StopAsyncIteration, Exception)                                             \
    X(ImportError, Exception)                                                    \
    X(ModuleNotFoundError, ImportError)                                          \
    X(MemoryError, Exception)                                                    \
    X(EOFError, Exception)                                                       \
    X(SyntaxError, Exception)                                                    \
    X(IndentationError, SyntaxError)                                             \
    X(TabError, IndentationError)                                                \
    X(SystemError, Exception)                                                    \
    X(BufferError, Exception)                                                    \
    X(ReferenceError, Exception)                                                 \
    X(Warning, Exception)                                                        \
    X(UserWarning, Warning)                                                      \
    X(DeprecationWarning, Warning)                                               \
    X(PendingDeprecationWarning, Warning)                                        \
    X(SyntaxWarning, Warning)                                                    \
    X(RuntimeWarning, Warning)                                                   \
    X(FutureWarning, Warning)                                                    \
    X(ImportWarning, Warning)                                                    \
    X(UnicodeWarning, Warning)                                                   \
    X(BytesWarning, Warning)                                                     \
    X(ResourceWarning, Warning)                                                  \
    X(EncodingWarning, Warning)                                                  \
    X(OSError, Exception)                                                        \
    X(FileNotFoundError, OSError)                                                \
    X(FileExistsError, OSError)                                                  \
    X(PermissionError, OSError)                                                  \
    X(IsADirectoryError, OSError)                                                \
    X(NotADirectoryError, OSError)                                               \
    X(ConnectionError, OSError)                                                  \
    X(BrokenPipeError, ConnectionError)                                          \
    X(ConnectionRefusedError, ConnectionError)                                   \
    X(ConnectionResetError, ConnectionError)                                     \
    X(ConnectionAbortedError, ConnectionError)                                   \
    X(BlockingIOError, OSError)                                                  \
    X(InterruptedError, OSError)                                                 \
    X(ChildProcessError, OSError)                                                \
    X(ProcessLookupError, OSError)                                               \
    X(TimeoutError, OSError)                                                     \
    X(UnsupportedOperation, OSError)                                             \
    X(ExceptionGroup, Exception)                                                 \
    X(InvalidStateError, Exception)                                              \
    X(QueueEmpty, Exception)                                                     \
    X(QueueFull, Exception)

typedef enum ExcKind {
#define EXC_ENUM(name, parent) EXC_##name,
    BUILTIN_EXCEPTIONS(EXC_ENUM)
#undef EXC_ENUM
    EXC_COUNT
} ExcKind;

/* Interned names the runtime looks up by identity. */
#define COMMON_NAMES(X)                                                          \
    X(__init__) X(__new__) X(__str__) X(__repr__) X(__format__) X(__eq__) X(__ne__) \
    X(__lt__) X(__le__) X(__gt__) X(__ge__) X(__hash__) X(__len__) X(__bool__)  \
    X(__getitem__) X(__setitem__) X(__delitem__) X(__contains__) X(__iter__)     \
    X(__next__) X(__enter__) X(__exit__) X(__aenter__) X(__aexit__) X(__call__) \
    X(__getattr__) X(__setattr__) X(__neg__) X(__pos__) X(__invert__) X(__abs__) \
    X(__index__) X(__int__) X(__float__) X(__round__) X(__await__)              \
    X(__add__) X(__sub__) X(__mul__) X(__truediv__) X(__floordiv__) X(__mod__)  \
    X(__pow__) X(__lshift__) X(__rshift__) X(__and__) X(__or__) X(__xor__) X(__matmul__) \
    X(__radd__) X(__rsub__) X(__rmul__) X(__rtruediv__) X(__rfloordiv__) X(__rmod__) \
    X(__rpow__) X(__rlshift__) X(__rrshift__) X(__rand__) X(__ror__) X(__rxor__) X(__rmatmul__) \
    X(__iadd__) X(__isub__) X(__imul__) X(__itruediv__) X(__ifloordiv__) X(__imod__) \
    X(__ipow__) X(__ilshift__) X(__irshift__) X(__iand__) X(__ior__) X(__ixor__) X(__imatmul__) \
    X(__name__) X(__qualname__) X(__module__) X(__class__) X(__dict__) X(__doc__) \
    X(__main__) X(__file__) X(__classcell__) X(__builtins__) X(__all__)         \
    X(args) X(self) X(builtins) X(end) X(sep) X(file) X(flush) X(key) X(reverse) \
    X(default) X(start) X(name) X(result) X(msg) X(timeout) X(return_exceptions) \
    X(return_when) X(maxsize) X(lambda) X(module) X(listcomp) X(dictcomp)       \
    X(setcomp) X(genexpr) X(exceptions) X(value) X(errno) X(strerror) X(filename)

typedef enum CommonName {
#define NAME_ENUM(n) NAME_##n,
    COMMON_NAMES(NAME_ENUM)
#undef NAME_ENUM
    NAME_COUNT
} CommonName;

/* --------------------------------------------------------------- the VM */

typedef struct StrTable {
    ObjStr **slots;           /* NULL = empty, TOMBSTONE = deleted */
    uint32_t count, used, mask;
} StrTable;

typedef struct ObjArray {      /* a plain growable array of object pointers */
    Obj **items;
    size_t len, cap;
} ObjArray;

struct AsterVM {
    AsterConfig config;

    /* memory and collection (gc.c) */
    size_t bytes_allocated;
    size_t next_gc;
    size_t memory_limit;       /* 0 = none */
    bool gc_pending;           /* next safe point collects */
    bool gc_stress;            /* collect at every safe point (ASTER_GC_STRESS=1, for tests) */
    bool in_gc;
    bool gray_overflow;        /* a marked object did not fit on the gray stack */
    Obj *objects;
    ObjArray gray;
    StackChunk *spare_chunk;   /* the last stack chunk a fiber popped, for reuse */
    ObjArray temps;            /* objects made by C code not yet returned to the interpreter */
    ObjClass *instantiating;   /* the class whose `construct` is running (a subclass's, maybe) */
    ObjArray repr_active;      /* containers being repr'd now, to print [...] for cycles */
    jmp_buf *oom;              /* innermost MemoryError landing pad (interpreter or API call) */
    void *reserve;             /* memory given back when an allocation fails, so the
                                  MemoryError handler can run; taken again after a collection */
    char *stack_limit;         /* C stack below this: RecursionError (see vm_check_stack) */
    struct { struct ScratchBuf *items; size_t len, cap; } scratch;   /* see vm_scratch_realloc */

    /* strings (str.c) */
    StrTable strings;
    ObjStr *names[NAME_COUNT];
    ObjStr *chars[128];        /* one-character ASCII strings */
    ObjStr *empty_str;
    ObjTuple *empty_tuple;

    /* classes and exceptions (class.c, exc.c) */
    ObjClass *classes[CLS_COUNT];
    ObjClass *exc_classes[EXC_COUNT];
    Value builtin_refs[BREF_COUNT];
    Value exc;                 /* pending exception while a C function returns V_EXC */
    Value memory_error;        /* preallocated, so raising it needs no memory */
    Value not_implemented;     /* the NotImplemented singleton */
    Value ellipsis;
    uint32_t class_epoch;      /* bumped when any class attribute changes */

    /* execution (interp.c, call.c) */
    Fiber main_fiber;          /* runs code that is not inside a task */
    Fiber *fiber;              /* the fiber executing now */
    int recursion_limit;
    int c_depth;               /* nested interpreter entries from C */
    _Atomic int interrupt;     /* set from signal handlers or other threads; polled at safe points */

    /* modules (module.c) */
    ObjDict *builtins;
    ObjDict *modules;          /* sys.modules */
    ObjModule *main_module;
    Value argv;                /* list for sys.argv */
    int exit_code;             /* after SystemExit */

    /* the async runtime (future.c, eventloop.c) */
    struct Scheduler *sched;
    ObjModule *asyncio;        /* the asyncio module (its prelude is written in Aster) */
};

/* ---------------------------------------------------------------- gc.c */

void *vm_alloc_raw(VM *vm, size_t size);                  /* MemoryError on failure */
void gc_take_reserve(VM *vm);             /* (re)allocate vm->reserve if it can */
/* Raise RecursionError (false) when the C stack is nearly used up: C code
 * that calls back into scripts recurses on it. */
bool vm_check_stack(VM *vm);
void vm_set_stack_limit(VM *vm);           /* for the calling thread; at each API entry */
void *vm_realloc_raw(VM *vm, void *p, size_t old, size_t size);
void vm_free_raw(VM *vm, void *p, size_t size);
Obj *vm_alloc_obj(VM *vm, ObjType type, size_t size);     /* zeroed, registered, protected */
void vm_protect(VM *vm, Obj *o);                          /* keep o alive until the next safe point */
void gc_collect(VM *vm);
void gc_mark_value(VM *vm, Value v);
void gc_mark_obj(VM *vm, Obj *o);
void gc_mark_root(VM *vm, Obj *o);   /* for big root arrays: scans as it goes */
void gc_free_all(VM *vm);
_Noreturn void vm_out_of_memory(VM *vm);

#define ALLOC_OBJ(vm, ctype, otype) ((ctype *)vm_alloc_obj((vm), (otype), sizeof(ctype)))

/* ---------------------------------------------------------------- str.c */

ObjStr *str_new(VM *vm, const char *s, size_t len);       /* copies; validates nothing */
ObjStr *str_from_cstr(VM *vm, const char *s);
ObjStr *str_intern(VM *vm, const char *s, size_t len);
ObjStr *str_intern_obj(VM *vm, ObjStr *s);
ObjStr *str_alloc(VM *vm, size_t len);                    /* uninitialised bytes; call str_finish */
ObjStr *str_finish(VM *vm, ObjStr *s);                    /* count chars, set flags */
ObjStr *str_printf(VM *vm, const char *fmt, ...);
ObjStr *str_vprintf(VM *vm, const char *fmt, va_list ap);
ObjStr *str_concat(VM *vm, ObjStr *a, ObjStr *b);
uint64_t str_hash(ObjStr *s);
bool str_eq(const ObjStr *a, const ObjStr *b);
int str_cmp(const ObjStr *a, const ObjStr *b);
ObjStr *str_char_at(VM *vm, ObjStr *s, int64_t index);   /* code point index, must be valid */
size_t str_byte_offset(const ObjStr *s, int64_t cp_index);
ObjStr *str_substr(VM *vm, ObjStr *s, int64_t cp_start, int64_t cp_end);
uint64_t hash_bytes(const void *data, size_t len);
void strtable_remove_unmarked(VM *vm);

/* A growable byte buffer for building strings (buffer memory is the VM's). */
/* Scratch buffers: raw memory that C code holds only in local variables
 * (string builders, a file being read). They are listed in the VM so that
 * a MemoryError that unwinds past their owner (a longjmp to a landing pad)
 * frees them: each pad frees those made since it was set up. */
void *vm_scratch_realloc(VM *vm, void *p, size_t old, size_t size);   /* p NULL: a new one */
void vm_scratch_free(VM *vm, void *p, size_t size);
size_t vm_scratch_mark(VM *vm);
void vm_scratch_release(VM *vm, size_t mark);                         /* in landing pads */

typedef struct StrBuf {
    VM *vm;
    char *data;
    size_t len, cap;
} StrBuf;

void sb_init(StrBuf *b, VM *vm);
void sb_add(StrBuf *b, const char *s, size_t len);
void sb_addc(StrBuf *b, char c);
void sb_adds(StrBuf *b, const char *s);
void sb_addf(StrBuf *b, const char *fmt, ...);
void sb_add_codepoint(StrBuf *b, uint32_t cp);
void sb_add_str(StrBuf *b, ObjStr *s);
ObjStr *sb_finish(StrBuf *b);                            /* frees the buffer */
void sb_free(StrBuf *b);

/* ------------------------------------------------ tuple.c list.c dict.c */

ObjTuple *tuple_new(VM *vm, uint32_t len);                /* items VT_NONE */
ObjTuple *tuple_from(VM *vm, const Value *items, uint32_t len);
ObjList *list_new(VM *vm, uint32_t cap);
ObjList *list_from(VM *vm, const Value *items, uint32_t len);
void list_append(VM *vm, ObjList *l, Value v);
void list_insert(VM *vm, ObjList *l, int64_t index, Value v);
void list_reserve(VM *vm, ObjList *l, uint32_t cap);

ObjDict *dict_new(VM *vm);
void dict_init(Dict *d);
void dict_release(VM *vm, Dict *d);
/* Lookups may call __eq__/__hash__ of user keys and so may fail: they return
 * false and leave an exception pending in vm->exc when *err is set. */
bool dict_get(VM *vm, Dict *d, Value key, Value *out, bool *err);
bool dict_set(VM *vm, Dict *d, Value key, Value value);   /* false on error */
bool dict_del(VM *vm, Dict *d, Value key, bool *err);     /* true if it was there */
/* Fast paths for interned string keys (identity compare). */
bool dict_get_str(Dict *d, ObjStr *key, Value *out);
void dict_set_str(VM *vm, Dict *d, ObjStr *key, Value value);
int64_t dict_find_str(Dict *d, ObjStr *key);              /* entry index or -1 */
bool dict_next(Dict *d, uint32_t *pos, DictEntry **out);  /* iterate live entries */
void dict_clear(VM *vm, Dict *d);
bool dict_copy_into(VM *vm, Dict *dst, Dict *src);
void dict_mark(VM *vm, Dict *d);
/* key hashing and comparison as dicts and sets do it: -1 error, 0, 1 */
bool vm_key_hash(VM *vm, Value key, uint64_t *out);
int vm_keys_equal(VM *vm, Value a, Value b);

/* ---------------------------------------------------------------- set.c */

ObjSet *set_new(VM *vm);
ObjSet *frozenset_new(VM *vm);
void set_init(Set *s);
void set_release(VM *vm, Set *s);
int set_add(VM *vm, Set *s, Value key);        /* -1 error, 0 present, 1 added */
int set_contains(VM *vm, Set *s, Value key);   /* -1 error, 0, 1 */
int set_discard(VM *vm, Set *s, Value key);    /* -1 error, 0 absent, 1 removed */
bool set_next(const Set *s, uint32_t *pos, Value *out);
void set_clear(VM *vm, Set *s);
int set_merge(VM *vm, Set *dst, const Set *src);
bool set_pop_entry(Set *s, Value *out);
void set_mark(VM *vm, Set *s);
uint64_t set_hash(const Set *s);
#define IS_FROZENSET(v) (IS_A(v, OT_SET) && (AS_OBJ(v)->flags & SET_FROZEN))

/* --------------------------------------------------------------- class.c */

ObjClass *class_new(VM *vm, ObjStr *name, ObjClass *base, ObjDict *dict);
ObjClass *vm_class_of(VM *vm, Value v);
uint64_t range_count(const ObjRange *r);   /* may exceed INT64_MAX */
bool class_is_subclass(const ObjClass *cls, const ObjClass *base);
bool vm_isinstance(VM *vm, Value v, ObjClass *cls);
/* Look an attribute up along the class chain (no instance dict). */
bool class_lookup(ObjClass *cls, ObjStr *name, Value *out);
uint32_t class_slots(VM *vm, ObjClass *cls);             /* SLOT_* bits of user overrides */
void class_add_native(VM *vm, ObjClass *cls, const char *name, NativeFn fn, int min, int max, int flags);
ObjInstance *instance_new(VM *vm, ObjClass *cls);
Dict *vm_instance_dict(Value v);                          /* attribute dict of v, or NULL */
Value vm_unwrap(Value v);                 /* the built-in value a wrapping instance extends, else v */
ObjClass *class_wrapped_base(ObjClass *cls);               /* list, str, ... of a CLASS_WRAPS class */

/* ---------------------------------------------------------------- exc.c */

Value vm_raise(VM *vm, ExcKind kind, const char *fmt, ...);       /* returns V_EXC */
Value vm_raise_value(VM *vm, Value exc);                          /* returns V_EXC */
Value vm_raise_class(VM *vm, ObjClass *cls, const char *fmt, ...);
Value exc_new(VM *vm, ObjClass *cls, ObjTuple *args);             /* an exception instance */
Value exc_new_msg(VM *vm, ExcKind kind, ObjStr *msg);
ExcKind os_error_kind(int err);
/* Line `line` of a source text, stripped of indentation (NULL if none). */
const char *source_line(ObjStr *src, uint32_t line, size_t *len);                     /* OSError subclass Python picks for errno */
Value vm_raise_os_error(VM *vm, int err, Value filename);         /* filename VT_UNDEF: none */
bool exc_matches(VM *vm, Value exc, ExcKind kind);
void exc_add_trace(VM *vm, ObjException *e, ObjProto *proto, uint32_t pc);
ObjStr *exc_message(VM *vm, Value exc);                           /* str(exc), never fails */
void exc_print(VM *vm, Value exc, AsterWriteFn write, void *ud);  /* full traceback */
Value vm_type_error_unsupported(VM *vm, const char *op, Value a, Value b);

/* --------------------------------------------------------------- ops.c */

bool vm_truthy(VM *vm, Value v, bool *err);
Value vm_equals(VM *vm, Value a, Value b);        /* V_TRUE/V_FALSE or V_EXC */
Value vm_compare(VM *vm, int cmpop, Value a, Value b);   /* CmpOp of ast.h: EQ..GE */
Value vm_binop(VM *vm, int binop, Value a, Value b, bool inplace);
Value vm_unop(VM *vm, int unop, Value a);
Value vm_contains(VM *vm, Value container, Value item);  /* V_TRUE/V_FALSE/V_EXC */
Value vm_hash(VM *vm, Value v);                  /* int Value or V_EXC */
uint64_t hash_int(int64_t i);
uint64_t hash_double(double d);
Value vm_repr(VM *vm, Value v);                  /* str Value or V_EXC */
Value vm_str(VM *vm, Value v);
Value vm_format(VM *vm, Value v, ObjStr *spec);
ObjStr *float_repr(VM *vm, double d);
void float_repr_buf(double d, char *buf, size_t size);   /* buf of at least 32 bytes */
ObjStr *int_repr(VM *vm, int64_t i);
ObjStr *str_repr(VM *vm, ObjStr *s);
size_t int_to_decimal(int64_t i, char *buf);             /* buf: 21+ bytes; returns the length */
Value vm_getattr(VM *vm, Value obj, ObjStr *name);
Value vm_getattr_opt(VM *vm, Value obj, ObjStr *name, bool *found);   /* no AttributeError */
/* For obj.name(...): the function, and in *self what to pass as first argument (VT_UNDEF: none). */
Value vm_getmethod(VM *vm, Value obj, ObjStr *name, Value *self);
Value vm_setattr(VM *vm, Value obj, ObjStr *name, Value v);           /* V_NONE or V_EXC */
Value vm_delattr(VM *vm, Value obj, ObjStr *name);
Value vm_getitem(VM *vm, Value obj, Value key);
Value vm_setitem(VM *vm, Value obj, Value key, Value v);
Value vm_delitem(VM *vm, Value obj, Value key);
Value vm_len(VM *vm, Value v);                   /* int Value or V_EXC */
Value vm_iter(VM *vm, Value v);
ObjIter *iter_new(VM *vm, IterKind kind, Value src);
/* next item: returns it, or V_UNDEF when exhausted, or V_EXC */
Value vm_next(VM *vm, Value iter);
Value vm_index_value(VM *vm, Value v, int64_t *out);  /* __index__: V_NONE or V_EXC */
const char *vm_type_name(VM *vm, Value v);
Value vm_special_method(VM *vm, Value obj, CommonName name, bool *found);  /* bound, from the class */
Value vm_call_special(VM *vm, Value obj, CommonName name, int argc, Value *argv, bool *found);

/* --------------------------------------------------------------- call.c */

/* Call any callable from C. May run script code on the current fiber. */
Value vm_call(VM *vm, Value callee, int argc, Value *argv);
Value vm_call_kw(VM *vm, Value callee, int argc, Value *argv, ObjTuple *kwnames);
ObjNative *native_new(VM *vm, const char *name, NativeFn fn, int min, int max, int flags);
ObjClosure *closure_new(VM *vm, ObjProto *p, ObjDict *globals, ObjModule *module);
ObjBound *bound_new(VM *vm, Value self, Value func);
ObjCell *cell_new(VM *vm, Value v);
Value vm_callable_name(VM *vm, Value callee);      /* for messages: "f", "str.split" */

typedef enum CallOutcome { CALL_DONE, CALL_FRAME, CALL_ERROR } CallOutcome;
/* Start a call: natives and built-in constructors complete (CALL_DONE,
 * *result); script functions get a frame pushed on f (CALL_FRAME; for
 * FRAME_INIT frames *result is the new instance). */
CallOutcome call_setup(VM *vm, Fiber *f, Value callee, int argc, Value *argv, ObjTuple *kwnames, Value *result);
bool bind_args_self(VM *vm, ObjClosure *cl, Value *regs, Value self, int argc, Value *argv, ObjTuple *kwnames);
void frame_make_cells(VM *vm, ObjProto *p, Value *regs);
int proto_param_slots(const ObjProto *p);
/* Argument helpers for natives. */
bool arg_count(VM *vm, const char *fname, int argc, int min, int max);
bool kw_lookup(VM *vm, const char *fname, int argc, Value *argv, ObjTuple *kwnames,
               const CommonName *names, Value *out, int nnames);

/* -------------------------------------------------------------- interp.c */

typedef enum ExecStatus { EXEC_DONE, EXEC_ERROR, EXEC_SUSPEND } ExecStatus;

/* How to continue a fiber that stopped at an await: normally, by
 * delivering the awaited value, or by raising vm->exc at the await. */
typedef enum ResumeMode {
    RESUME_RUN, RESUME_SEND, RESUME_THROW,
    RESUME_PARKED   /* not resumed: a woken task went back to waiting (task.h) */
} ResumeMode;
ExecStatus vm_resume(VM *vm, Fiber *f, ResumeMode mode, Value *inout);

/* Run the fiber's innermost frame (pushed with fiber_push_frame) until a
 * FRAME_BOUNDARY frame returns (EXEC_DONE, *result set), an exception leaves
 * it (EXEC_ERROR, vm->exc set) or the task must wait (EXEC_SUSPEND). */
ExecStatus vm_execute(VM *vm, Fiber *f, Value *result);
Frame *fiber_push_frame(VM *vm, Fiber *f, ObjClosure *cl, uint32_t flags);   /* NULL + V_EXC on RecursionError */
void fiber_pop_frame(VM *vm, Fiber *f);
void fiber_init(Fiber *f);
void fiber_release(VM *vm, Fiber *f);
void fiber_free_spare(VM *vm);   /* the chunk kept for reuse (VM teardown) */
void fiber_mark(VM *vm, Fiber *f);
/* Bind arguments into a new frame's registers (keywords, defaults, *args...). */
bool bind_args(VM *vm, ObjClosure *cl, Value *regs, int argc, Value *argv, ObjTuple *kwnames);

/* ------------------------------------------------------------- module.c */

Value vm_import(VM *vm, ObjStr *name, ObjModule *importer);     /* module or V_EXC */
ObjModule *module_new(VM *vm, ObjStr *name, ObjStr *path);
void module_add(VM *vm, ObjModule *m, const char *name, Value v);
void module_add_native(VM *vm, ObjModule *m, const char *name, NativeFn fn, int min, int max, int flags);
ObjModule *vm_register_module(VM *vm, const char *name);        /* for C modules */
/* Compile and run source as module `m` (used for __main__ and imports). */
Value vm_exec_source(VM *vm, ObjModule *m, const char *src, size_t len, bool allow_await);

/* ---------------------------------------------------------------- vm.c */

void vm_write_out(VM *vm, const char *s, size_t len);
void vm_write_err(VM *vm, const char *s, size_t len);
bool vm_check_interrupt(VM *vm);                 /* raise KeyboardInterrupt if requested */

#endif
