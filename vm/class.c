/* class.c - classes and instances: the class of any value, subclass tests,
 * attribute lookup along the (single-inheritance) base chain, and the cached
 * bits that tell the hot paths which special methods a class overrides.
 *
 * Special-method bits (SLOT_*) mean "a script-level override exists"; the
 * built-in behaviour of a type never needs a lookup. They are recomputed
 * lazily: assigning any class attribute bumps vm->class_epoch. */
#include <string.h>

#include "vm.h"

ObjClass *class_new(VM *vm, ObjStr *name, ObjClass *base, ObjDict *dict) {
    ObjClass *c = ALLOC_OBJ(vm, ObjClass, OT_CLASS);
    c->name = name;
    c->qualname = name;
    c->base = base;
    c->dict = dict ? dict : dict_new(vm);
    if (base) {
        c->depth = (uint8_t)(base->depth < 255 ? base->depth + 1 : 255);
        c->instance_type = base->instance_type;
        c->cflags = base->cflags & CLASS_EXCEPTION;
        c->construct = base->construct;
    } else {
        c->instance_type = OT_INSTANCE;
    }
    return c;
}

ObjClass *vm_class_of(VM *vm, Value v) {
    switch ((ValueType)v.type) {
    case VT_NONE: return vm->classes[CLS_NoneType];
    case VT_BOOL: return vm->classes[CLS_bool];
    case VT_INT: return vm->classes[CLS_int];
    case VT_FLOAT: return vm->classes[CLS_float];
    case VT_OBJ: break;
    default: return vm->classes[CLS_object];
    }
    Obj *o = AS_OBJ(v);
    switch ((ObjType)o->type) {
    case OT_STR: return vm->classes[CLS_str];
    case OT_BYTES: return vm->classes[CLS_bytes];
    case OT_TUPLE: return vm->classes[CLS_tuple];
    case OT_LIST: return vm->classes[CLS_list];
    case OT_DICT: return vm->classes[CLS_dict];
    case OT_SET: return vm->classes[(o->flags & SET_FROZEN) ? CLS_frozenset : CLS_set];
    case OT_RANGE: return vm->classes[CLS_range];
    case OT_SLICE: return vm->classes[CLS_slice];
    case OT_PROTO: return vm->classes[CLS_code];
    case OT_CLOSURE: return vm->classes[CLS_function];
    case OT_NATIVE: return vm->classes[CLS_builtin_function_or_method];
    case OT_BOUND: return vm->classes[CLS_method];
    case OT_CELL: return vm->classes[CLS_cell];
    case OT_CLASS: return vm->classes[CLS_type];
    case OT_INSTANCE: return ((ObjInstance *)o)->cls;
    case OT_CDATA: return ((ObjCData *)o)->cls;
    case OT_MODULE: return vm->classes[CLS_module];
    case OT_ITER: return vm->classes[CLS_iterator];
    case OT_DICTVIEW:
        return vm->classes[o->extra == IT_DICT_KEYS ? CLS_dict_keys
                           : o->extra == IT_DICT_VALUES ? CLS_dict_values : CLS_dict_items];
    case OT_SUPER: return vm->classes[CLS_super];
    case OT_COROUTINE: return vm->classes[CLS_coroutine];
    case OT_TASK: return vm->classes[CLS_Task];
    case OT_FUTURE: return vm->classes[CLS_Future];
    case OT_COUNT: break;
    }
    return vm->classes[CLS_object];
}

bool class_is_subclass(const ObjClass *cls, const ObjClass *base) {
    if (cls->depth < base->depth) return false;
    while (cls->depth > base->depth) cls = cls->base;
    return cls == base;
}

bool vm_isinstance(VM *vm, Value v, ObjClass *cls) {
    ObjClass *c = vm_class_of(vm, v);
    if (c == cls) return true;
    /* bool is a subclass of int */
    return class_is_subclass(c, cls);
}

bool class_lookup(ObjClass *cls, ObjStr *name, Value *out) {
    str_hash(name);
    for (; cls; cls = cls->base) {
        int64_t ix = dict_find_str(&cls->dict->d, name);
        if (ix >= 0) {
            *out = cls->dict->d.entries[ix].value;
            return true;
        }
    }
    return false;
}

/* ------------------------------------------------------- slot bits */

static const struct { CommonName name; uint32_t bit; } slot_names[] = {
    {NAME___init__, SLOT_INIT}, {NAME___str__, SLOT_STR}, {NAME___repr__, SLOT_REPR},
    {NAME___eq__, SLOT_EQ}, {NAME___ne__, SLOT_EQ}, {NAME___lt__, SLOT_LT}, {NAME___le__, SLOT_LT},
    {NAME___gt__, SLOT_LT}, {NAME___ge__, SLOT_LT}, {NAME___hash__, SLOT_HASH},
    {NAME___len__, SLOT_LEN}, {NAME___getitem__, SLOT_GETITEM}, {NAME___setitem__, SLOT_SETITEM},
    {NAME___delitem__, SLOT_DELITEM}, {NAME___contains__, SLOT_CONTAINS},
    {NAME___iter__, SLOT_ITER}, {NAME___next__, SLOT_NEXT}, {NAME___call__, SLOT_CALL},
    {NAME___bool__, SLOT_BOOL}, {NAME___getattr__, SLOT_GETATTR}, {NAME___setattr__, SLOT_SETATTR},
    {NAME___new__, SLOT_NEW},
};

/* A value defined by script code (not one of the C built-ins). For a
 * class wrapping a built-in value, the built-in type's own special methods
 * count too: the hot paths must not treat its instances as plain ones. */
static bool is_override(VM *vm, ObjClass *cls, ObjStr *name) {
    bool wraps = (cls->cflags & CLASS_WRAPS) != 0;
    for (; cls; cls = cls->base) {
        int64_t ix = dict_find_str(&cls->dict->d, name);
        if (ix >= 0) return !(cls->cflags & CLASS_BUILTIN) || (wraps && cls != vm->classes[CLS_object]);
    }
    return false;
}

static bool has_arith_override(VM *vm, ObjClass *cls) {
    for (int n = NAME___neg__; n <= NAME___imatmul__; n++)
        if (n != NAME___await__ && is_override(vm, cls, vm->names[n])) return true;
    return false;
}

uint32_t class_slots(VM *vm, ObjClass *cls) {
    if (cls->slots_epoch == vm->class_epoch) return cls->slots;
    uint32_t bits = 0;
    for (size_t i = 0; i < sizeof slot_names / sizeof slot_names[0]; i++)
        if (is_override(vm, cls, vm->names[slot_names[i].name])) bits |= slot_names[i].bit;
    if (has_arith_override(vm, cls)) bits |= SLOT_ARITH;
    cls->slots = bits;
    cls->slots_epoch = vm->class_epoch;
    return bits;
}

/* ------------------------------------------------------- natives */

void class_add_native(VM *vm, ObjClass *cls, const char *name, NativeFn fn, int min, int max, int flags) {
    ObjStr *qual = str_printf(vm, "%s.%s", cls->name->data, name);
    ObjNative *n = native_new(vm, qual->data, fn, min, max, (flags & NATIVE_STATIC) ? flags : flags | NATIVE_METHOD);
    n->owner = cls;
    dict_set_str(vm, &cls->dict->d, str_intern(vm, name, strlen(name)), v_obj(n));
    vm->class_epoch++;
}

/* ------------------------------------------------------- instances */

ObjInstance *instance_new(VM *vm, ObjClass *cls) {
    bool is_exc = (cls->cflags & CLASS_EXCEPTION) != 0;
    bool wraps = (cls->cflags & CLASS_WRAPS) != 0;
    size_t size = is_exc ? sizeof(ObjException) : wraps ? sizeof(ObjWrapped) : sizeof(ObjInstance);
    ObjInstance *in = (ObjInstance *)vm_alloc_obj(vm, OT_INSTANCE, size);
    in->obj.extra = size == sizeof(ObjInstance) ? 0 : (uint32_t)size;
    if (wraps) {
        in->obj.flags = INSTANCE_WRAPS;
        ((ObjWrapped *)in)->base = V_NONE;
    }
    in->cls = cls;
    in->attrs.obj.type = OT_DICT;
    in->attrs.obj.flags = DICT_EMBEDDED;
    if (is_exc) {
        ObjException *e = (ObjException *)in;
        e->args = vm->empty_tuple;
        e->cause = V_NONE;
        e->context = V_NONE;
        e->notes = V_NONE;
    }
    return in;
}

_Static_assert(sizeof(ObjWrapped) != sizeof(ObjException), "obj.extra tells instance kinds apart");

Value vm_unwrap(Value v) {
    return IS_WRAPPED(v) ? ((ObjWrapped *)AS_OBJ(v))->base : v;
}

/* The built-in class a CLASS_WRAPS class extends (list, str, ...). */
ObjClass *class_wrapped_base(ObjClass *cls) {
    while (!(cls->cflags & CLASS_BUILTIN)) cls = cls->base;
    return cls;
}

Dict *vm_instance_dict(Value v) {
    if (!IS_OBJ(v)) return NULL;
    switch (OBJ_TYPE(v)) {
    case OT_INSTANCE: return &AS_INSTANCE(v)->attrs.d;
    case OT_CDATA: return &((ObjCData *)AS_OBJ(v))->attrs;
    default: return NULL;
    }
}
