/* object.h - the layouts of every heap object and the functions that make them.
 *
 * Every object starts with an Obj header (GC list link, type, mark bit,
 * flags). Constructors allocate through the VM (vm/gc.c), never fail from
 * the caller's point of view (running out of memory raises MemoryError by
 * unwinding to the interpreter), and are safe to call from any C code: the
 * collector only runs at interpreter safe points and every new object is
 * protected until the code that made it returns to the interpreter. */
#ifndef ASTER_OBJECT_H
#define ASTER_OBJECT_H

#include <stddef.h>
#include <stdint.h>

#include "value.h"

typedef struct AsterVM VM;  /* the public AsterVM, see aster.h */

typedef enum ObjType {
    OT_STR,
    OT_BYTES,
    OT_TUPLE,
    OT_LIST,
    OT_DICT,
    OT_SET,
    OT_RANGE,
    OT_SLICE,
    OT_PROTO,      /* compiled code of one function, module or class body */
    OT_CLOSURE,    /* a script function: proto + captured cells + defaults */
    OT_NATIVE,     /* a function written in C */
    OT_BOUND,      /* a method bound to its receiver */
    OT_CELL,       /* a captured variable */
    OT_CLASS,
    OT_INSTANCE,   /* instance of a user class (exceptions use this layout too) */
    OT_MODULE,
    OT_ITER,       /* built-in iterators (list, range, dict, zip, map, ...) */
    OT_DICTVIEW,   /* dict.keys() / values() / items() */
    OT_SUPER,
    OT_COROUTINE,
    OT_TASK,
    OT_FUTURE,
    OT_CDATA,      /* instance of a class implemented in C, with a C payload */
    OT_COUNT
} ObjType;

struct Obj {
    Obj *next;         /* all objects, for the sweep */
    uint8_t type;      /* ObjType */
    uint8_t marked;
    uint16_t flags;    /* per-type bits */
    uint32_t extra;    /* per-type small field */
};

#define OBJ_TYPE(v) (AS_OBJ(v)->type)
#define IS_A(v, t) (IS_OBJ(v) && OBJ_TYPE(v) == (t))

/* ---------------------------------------------------------------- strings */

enum { STR_INTERNED = 1, STR_ASCII = 2 };

typedef struct ObjStr {
    Obj obj;
    uint32_t len;      /* bytes */
    uint32_t nchars;   /* code points */
    uint64_t hash;     /* 0 = not computed yet */
    char data[];       /* UTF-8, NUL-terminated */
} ObjStr;

#define IS_STR(v) IS_A(v, OT_STR)
#define AS_STR(v) ((ObjStr *)AS_OBJ(v))
#define STR_IS_ASCII(s) (((s)->obj.flags & STR_ASCII) != 0)

typedef struct ObjBytes {
    Obj obj;
    uint32_t len;
    uint64_t hash;
    uint8_t data[];
} ObjBytes;

#define IS_BYTES(v) IS_A(v, OT_BYTES)
#define AS_BYTES(v) ((ObjBytes *)AS_OBJ(v))

/* ------------------------------------------------------------ containers */

typedef struct ObjTuple {
    Obj obj;
    uint32_t len;
    Value items[];
} ObjTuple;

#define IS_TUPLE(v) IS_A(v, OT_TUPLE)
#define AS_TUPLE(v) ((ObjTuple *)AS_OBJ(v))

typedef struct ObjList {
    Obj obj;
    uint32_t len, cap;
    Value *items;
} ObjList;

#define IS_LIST(v) IS_A(v, OT_LIST)
#define AS_LIST(v) ((ObjList *)AS_OBJ(v))

/* Insertion-ordered hash table: `index` maps hash slots to positions in
 * `entries` (-1 empty, -2 deleted); entries keep insertion order and may
 * contain holes (key VT_UNDEF) left by deletions until the next resize. */
typedef struct DictEntry {
    Value key;
    Value value;
    uint64_t hash;
} DictEntry;

typedef struct Dict {
    DictEntry *entries;
    int32_t *index;
    uint32_t used;     /* entries[0..used) are in use or holes */
    uint32_t count;    /* live entries */
    uint32_t cap;      /* capacity of entries */
    uint32_t mask;     /* index size - 1 (index size is a power of two) */
    uint32_t version;  /* bumped whenever a key is added or removed */
} Dict;

typedef struct ObjDict {
    Obj obj;
    Dict d;
} ObjDict;

#define IS_DICT(v) IS_A(v, OT_DICT)
#define AS_DICT(v) ((ObjDict *)AS_OBJ(v))

/* set and frozenset (set.c): a table iterated in slot order, like CPython's. */
typedef struct SetEntry {
    Value key;         /* VT_UNDEF: empty; VT_EXC: deleted */
    uint64_t hash;
} SetEntry;

typedef struct Set {
    SetEntry *table;   /* mask + 1 entries, or NULL when never used */
    uint32_t mask;
    uint32_t fill;     /* live + deleted */
    uint32_t used;     /* live */
    uint32_t version;  /* bumped by every change */
    uint32_t finger;   /* where pop() looks next */
} Set;

enum { SET_FROZEN = 1 };

typedef struct ObjSet {
    Obj obj;           /* obj.flags: SET_FROZEN for a frozenset */
    Set s;
} ObjSet;

#define IS_SET(v) IS_A(v, OT_SET)
#define AS_SET(v) ((ObjSet *)AS_OBJ(v))

typedef struct ObjRange {
    Obj obj;
    int64_t start, stop, step;
} ObjRange;

typedef struct ObjSlice {
    Obj obj;
    Value start, stop, step;
} ObjSlice;

/* ------------------------------------------------------------- functions */

/* One entry of a proto's exception table: an exception raised while
 * executing pc in [start, end) jumps to `target` with the exception in
 * register `reg`. Inner handlers come first. */
typedef struct Handler {
    uint32_t start, end, target;
    uint8_t reg;
} Handler;

/* Inline cache of one global-variable access site. */
typedef struct GlobalCache {
    struct ObjStr *name;
    uint32_t index;       /* position in the dict's entries where name was last found */
    uint32_t version;     /* globals version when the builtins hit was recorded */
    uint8_t in_builtins;  /* last hit was in the builtins dict */
} GlobalCache;

/* Inline cache for attribute names used on instances: one per constant of
 * the proto (a site uses the entry of the name it looks up). It remembers
 * either where the attribute sat in the last instance's dict (method is
 * VT_UNDEF), or the function the class chain gave (valid while
 * vm->class_epoch is unchanged). Weak: the collector does not follow it. */
typedef struct AttrCache {
    struct ObjClass *cls;
    uint32_t slot;
    uint32_t epoch;
    Value method;
} AttrCache;

/* Where a closure's free variable comes from when it is created. */
typedef struct FreeVarDesc {
    uint8_t from_parent_reg;  /* 1: a cell in the creating frame's register `index`;
                                 0: the creating closure's own free variable `index` */
    uint8_t index;
} FreeVarDesc;

enum {
    PROTO_VARARGS = 1,    /* has *args */
    PROTO_VARKW = 2,      /* has **kwargs */
    PROTO_ASYNC = 4,      /* async def: calling makes a coroutine */
    PROTO_MODULE = 8,     /* a module body */
    PROTO_CLASS = 16,     /* a class body: names live in the namespace dict in R[0] */
    PROTO_LAMBDA = 32,
    PROTO_SIMPLE = 64,    /* positional params only, no cells: the fast call path applies */
    PROTO_DEFAULTS = 128, /* CLOSURE takes a defaults tuple from R[A+1] */
    PROTO_KWDEFAULTS = 256, /* CLOSURE takes a keyword-only defaults dict from R[A+2] */
    PROTO_ASYNC_SIMPLE = 512 /* async, positional params only, no cells: `await f(x)` pushes its frame directly */
};

typedef struct ObjProto {
    Obj obj;
    uint32_t *code;
    uint32_t ncode;
    uint32_t nk;
    Value *k;                 /* constants (incl. nested protos and kwnames tuples) */
    uint32_t *lines;          /* source line of each instruction */
    Handler *handlers;
    uint32_t nhandlers;
    GlobalCache *gcache;
    uint32_t ngcache;
    AttrCache *acache;        /* nk entries, see AttrCache */
    FreeVarDesc *freevars;    /* for closures of this proto */
    uint8_t *cellregs;        /* registers that hold cells made at entry */
    struct ObjStr **params;   /* names: positional, keyword-only, *args, **kwargs */
    struct ObjStr **localnames; /* functions: the name of each of the nlocals registers
                                   (NULL if none), then of each free variable; for locals() */
    struct ObjStr *name;
    struct ObjStr *qualname;
    struct ObjStr *filename;
    struct ObjStr *source;    /* the whole source text, for traceback lines (may be NULL) */
    uint16_t flags;
    uint8_t nregs;            /* registers a frame needs */
    uint8_t nparams;          /* positional parameters (incl. positional-only) */
    uint8_t nposonly;
    uint8_t nkwonly;
    uint8_t nfree;
    uint8_t ncellregs;
    uint8_t nlocals;          /* registers that hold named locals (the rest are temporaries) */
    uint32_t firstline;
} ObjProto;

#define AS_PROTO(v) ((ObjProto *)AS_OBJ(v))

typedef struct ObjCell {
    Obj obj;
    Value value;              /* VT_UNDEF while unbound */
} ObjCell;

typedef struct ObjClosure {
    Obj obj;
    ObjProto *proto;
    struct ObjDict *globals;
    struct ObjTuple *defaults;      /* positional defaults (last n params), or NULL */
    struct ObjDict *kwdefaults;     /* keyword-only defaults, or NULL */
    struct ObjModule *module;
    ObjCell *free[];                /* proto->nfree cells */
} ObjClosure;

#define IS_CLOSURE(v) IS_A(v, OT_CLOSURE)
#define AS_CLOSURE(v) ((ObjClosure *)AS_OBJ(v))

/* A C function. Arguments arrive as argv[0..argc) positionally, followed by
 * the values of keyword arguments whose names are in `kwnames` (NULL when
 * there are none). Return a Value, or V_EXC after raising. */
typedef Value (*NativeFn)(VM *vm, int argc, Value *argv, ObjTuple *kwnames);

enum {
    NATIVE_KW = 1,       /* accepts keyword arguments */
    NATIVE_METHOD = 2,   /* a method of a built-in class: argv[0] is self */
    NATIVE_STATIC = 4,   /* found on a class but not bound to instances */
    NATIVE_WRAPPER = 8,  /* a method that takes a wrapping instance as self itself
                            (lib_dunder.c); others get the wrapped value */
    NATIVE_ARITY_CLINIC = 16  /* word arity errors "f() takes at most N arguments (M given)" */
};

typedef struct ObjNative {
    Obj obj;
    NativeFn fn;
    struct ObjStr *name;        /* "len", "str.split" (qualified for methods) */
    struct ObjClass *owner;     /* class a method belongs to, or NULL */
    int16_t min_args, max_args; /* positional arity; max -1 = unlimited */
    Value data;                 /* a value the function can read (e.g. its module) */
    void *await_fn;             /* async natives: a NativeAwaitFn (task.h), else NULL */
} ObjNative;

#define IS_NATIVE(v) IS_A(v, OT_NATIVE)
#define AS_NATIVE(v) ((ObjNative *)AS_OBJ(v))

typedef struct ObjBound {
    Obj obj;
    Value self;
    Value func;
} ObjBound;

#define AS_BOUND(v) ((ObjBound *)AS_OBJ(v))

/* --------------------------------------------------------------- classes */

/* Special methods a class (or a base) defines, cached as bits so the hot
 * paths ask `cls->slots & SLOT_EQ` instead of looking up "__eq__". */
enum {
    SLOT_INIT = 1 << 0, SLOT_STR = 1 << 1, SLOT_REPR = 1 << 2, SLOT_EQ = 1 << 3,
    SLOT_LT = 1 << 4, SLOT_HASH = 1 << 5, SLOT_LEN = 1 << 6, SLOT_GETITEM = 1 << 7,
    SLOT_SETITEM = 1 << 8, SLOT_CONTAINS = 1 << 9, SLOT_ITER = 1 << 10, SLOT_NEXT = 1 << 11,
    SLOT_CALL = 1 << 12, SLOT_BOOL = 1 << 13, SLOT_GETATTR = 1 << 14, SLOT_ARITH = 1 << 15,
    SLOT_DELITEM = 1 << 16, SLOT_NEW = 1 << 17, SLOT_SETATTR = 1 << 18
};

enum {
    CLASS_BUILTIN = 1,     /* defined in C */
    CLASS_EXCEPTION = 2,   /* BaseException or a subclass */
    CLASS_FINAL = 4,       /* cannot be subclassed (bool, NoneType, ...) */
    CLASS_ABSTRACT = 8,    /* cannot be instantiated directly from scripts */
    CLASS_WRAPS = 16,      /* a script class derived from list, dict, str, int, ...:
                              its instances are ObjWrapped */
    CLASS_CDATA = 32       /* instances are ObjCData made by `construct`, which
                              script subclasses inherit (asyncio.Queue) */
};

typedef struct ObjClass {
    Obj obj;
    struct ObjStr *name;
    struct ObjStr *qualname;
    struct ObjClass *base;     /* NULL only for object */
    ObjDict *dict;             /* methods and class attributes */
    uint32_t slots;            /* SLOT_* bits, inherited ones included; valid while */
    uint32_t slots_epoch;      /* ... this equals vm->class_epoch (see class_slots) */
    uint16_t cflags;           /* CLASS_* */
    uint8_t instance_type;     /* ObjType of instances */
    uint8_t depth;             /* 0 for object */
    struct ObjModule *module;
    /* construction of built-in instances; vm->instantiating is the class */
    NativeFn construct;
} ObjClass;

#define IS_CLASS(v) IS_A(v, OT_CLASS)
#define AS_CLASS(v) ((ObjClass *)AS_OBJ(v))

/* An instance's attributes are a real dict object embedded in it, so
 * obj.__dict__ is live; a reference to that dict keeps the instance alive
 * (the collector marks the container, see gc_mark_obj). */
enum { DICT_EMBEDDED = 1 };

typedef struct ObjInstance {
    Obj obj;
    ObjClass *cls;
    ObjDict attrs;
} ObjInstance;

#define AS_INSTANCE(v) ((ObjInstance *)AS_OBJ(v))

/* An instance of a script class derived from a built-in type other than
 * object and the exceptions: the built-in value it extends (a list, a str,
 * an int, ...) sits beside the attributes. Built-in methods operate on
 * `base` (see vm_unwrap); everything else treats it as an instance.
 * obj.flags has INSTANCE_WRAPS and obj.extra its size. */
enum { INSTANCE_WRAPS = 1 };

typedef struct ObjWrapped {
    ObjInstance inst;
    Value base;
} ObjWrapped;

#define IS_WRAPPED(v) (IS_A(v, OT_INSTANCE) && (AS_OBJ(v)->flags & INSTANCE_WRAPS))

/* An exception is an instance with the fields the runtime itself needs. */
typedef struct TraceEntry {
    ObjProto *proto;
    uint32_t pc;
} TraceEntry;

typedef struct ObjException {
    ObjInstance inst;
    ObjTuple *args;
    Value cause;               /* __cause__ (VT_NONE if none) */
    Value context;             /* __context__ */
    uint8_t suppress_context;  /* set by `raise ... from ...` */
    uint8_t retrieved;         /* for tasks: exception was looked at */
    uint32_t ntrace, captrace;
    TraceEntry *trace;         /* outermost frame first */
    Value notes;               /* extra value a subclass keeps (e.g. ExceptionGroup list) */
} ObjException;

#define AS_EXC(v) ((ObjException *)AS_OBJ(v))
#define IS_EXCEPTION(v) (IS_A(v, OT_INSTANCE) && AS_OBJ(v)->extra == sizeof(ObjException))

typedef struct ObjModule {
    Obj obj;
    struct ObjStr *name;
    ObjDict *globals;
    struct ObjStr *path;
} ObjModule;

#define IS_MODULE(v) IS_A(v, OT_MODULE)
#define AS_MODULE(v) ((ObjModule *)AS_OBJ(v))

typedef struct ObjSuper {
    Obj obj;
    ObjClass *start;    /* look up attributes starting at this class's base */
    Value self;
} ObjSuper;

/* ------------------------------------------------------------- iterators */

typedef enum IterKind {
    IT_SEQ,          /* list, tuple, str by index: src, i */
    IT_RANGE,        /* i, stop, step */
    IT_DICT_KEYS, IT_DICT_VALUES, IT_DICT_ITEMS, /* src dict, i position, n = version at start */
    IT_SET,
    IT_ENUMERATE,    /* src iterator, i counter */
    IT_ZIP,          /* src tuple of iterators */
    IT_MAP,          /* fn, src tuple of iterators */
    IT_FILTER,       /* fn, src iterator */
    IT_REVERSED,     /* src sequence, i counting down */
    IT_CALL_SENTINEL,/* iter(callable, sentinel) */
    IT_STR,          /* str by code point: src, i byte offset */
    IT_BYTES
} IterKind;

typedef struct ObjIter {
    Obj obj;                 /* obj.extra holds the IterKind */
    Value src;
    Value fn;
    int64_t i, stop, step;
} ObjIter;

#define AS_ITER(v) ((ObjIter *)AS_OBJ(v))

typedef struct ObjDictView {
    Obj obj;                 /* obj.extra: IT_DICT_KEYS / VALUES / ITEMS */
    ObjDict *dict;
} ObjDictView;

/* keys() and items() views behave as sets in operators and comparisons */
#define IS_SET_LIKE_VIEW(v) (IS_A(v, OT_DICTVIEW) && AS_OBJ(v)->extra != IT_DICT_VALUES)

/* ------------------------------------------------------------ C classes */

typedef struct CDataType {
    const char *name;
    void (*mark)(VM *vm, void *payload);
    void (*finalize)(VM *vm, void *payload);
    const struct ParkHooks *park;   /* tasks can park on it (task.h), or NULL */
} CDataType;

typedef struct ObjCData {
    Obj obj;
    ObjClass *cls;
    const CDataType *ctype;
    Dict attrs;
    _Alignas(16) unsigned char payload[];
} ObjCData;

#endif
