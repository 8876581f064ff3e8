/* value.h - the Value: what a register, a list slot or a dict entry holds.
 *
 * A Value is 16 bytes: a type tag and a payload. None, bools, ints (64-bit)
 * and floats live in the payload itself, so arithmetic never allocates;
 * everything else is a pointer to a garbage-collected Obj.
 *
 * Two tags never reach script code: VT_UNDEF marks an unbound variable or an
 * empty register (all-zero memory is VT_UNDEF, so fresh frames are cleared
 * with memset), and VT_EXC is what a C function returns to say "an exception
 * is pending in vm->exc". */
#ifndef ASTER_VALUE_H
#define ASTER_VALUE_H

#include <stdbool.h>
#include <stdint.h>

typedef struct Obj Obj;

typedef enum ValueType {
    VT_UNDEF = 0, /* unbound / empty; never visible to scripts */
    VT_NONE,
    VT_BOOL,
    VT_INT,
    VT_FLOAT,
    VT_OBJ,
    VT_EXC        /* "exception pending": only as a C return value */
} ValueType;

typedef struct Value {
    uint32_t type;  /* ValueType */
    uint32_t pad;
    union {
        int64_t i;  /* VT_INT, VT_BOOL (0/1) */
        double f;   /* VT_FLOAT */
        Obj *o;     /* VT_OBJ */
    } as;
} Value;

#define LIKELY(x) __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)

static inline Value v_int(int64_t i) { Value v = {VT_INT, 0, {.i = i}}; return v; }
static inline Value v_float(double f) { Value v = {VT_FLOAT, 0, {.f = f}}; return v; }
static inline Value v_bool(bool b) { Value v = {VT_BOOL, 0, {.i = b}}; return v; }
static inline Value v_obj(void *o) { Value v = {VT_OBJ, 0, {.o = (Obj *)o}}; return v; }

#define V_NONE ((Value){VT_NONE, 0, {.i = 0}})
#define V_TRUE ((Value){VT_BOOL, 0, {.i = 1}})
#define V_FALSE ((Value){VT_BOOL, 0, {.i = 0}})
#define V_UNDEF ((Value){VT_UNDEF, 0, {.i = 0}})
#define V_EXC ((Value){VT_EXC, 0, {.i = 0}})

#define IS_UNDEF(v) ((v).type == VT_UNDEF)
#define IS_NONE(v) ((v).type == VT_NONE)
#define IS_BOOL(v) ((v).type == VT_BOOL)
#define IS_INT(v) ((v).type == VT_INT)
#define IS_FLOAT(v) ((v).type == VT_FLOAT)
#define IS_OBJ(v) ((v).type == VT_OBJ)
#define IS_EXC(v) ((v).type == VT_EXC)
/* int or bool: bool is a subclass of int, as in Python */
#define IS_INTLIKE(v) ((v).type == VT_INT || (v).type == VT_BOOL)
#define IS_NUMBER(v) ((v).type >= VT_BOOL && (v).type <= VT_FLOAT)

#define AS_INT(v) ((v).as.i)
#define AS_FLOAT(v) ((v).as.f)
#define AS_BOOL(v) ((v).as.i != 0)
#define AS_OBJ(v) ((v).as.o)

/* Identity (Python's `is`) for values that carry no object. */
static inline bool v_same(Value a, Value b) {
    return a.type == b.type && a.as.i == b.as.i;
}

#endif
