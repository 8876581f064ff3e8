/* lib_object.c - the methods every class inherits from object, and those
 * of BaseException, so that script classes can call up into them:
 * super().__init__(msg), super().__repr__(), object.__setattr__(self, k, v),
 * Exception.__str__(self), ...
 *
 * These are found by attribute lookup only; the VM's own protocol code does
 * not go through them (a class that overrides nothing never calls them). */
#include <string.h>

#include "lib.h"

#define NATIVE(name) static Value name(VM *vm, int argc, Value *argv, ObjTuple *kwnames)

/* -------------------------------------------------------------- object */

/* object.__new__(cls, ...): a fresh instance, for a __new__ written in
 * script code to build on (super().__new__(cls)). */
NATIVE(object_new) {
    (void)kwnames;
    if (argc < 1) return vm_raise(vm, EXC_TypeError, "object.__new__(): not enough arguments");
    if (!IS_CLASS(argv[0]))
        return vm_raise(vm, EXC_TypeError, "object.__new__(X): X is not a type object (%T)", argv[0]);
    ObjClass *cls = AS_CLASS(argv[0]);
    if ((cls->cflags & (CLASS_ABSTRACT | CLASS_WRAPS)) || (cls->construct && !(cls->cflags & CLASS_EXCEPTION)))
        return vm_raise(vm, EXC_TypeError, "object.__new__(%s) is not safe, use %s.__new__()", cls->name->data,
                        cls->name->data);
    ObjInstance *in = instance_new(vm, cls);
    if (cls->cflags & CLASS_EXCEPTION) ((ObjException *)in)->args = vm->empty_tuple;
    return v_obj(in);
}

NATIVE(object_init) {
    int n = argc - (kwnames ? (int)kwnames->len : 0);
    if (n > 1 || (kwnames && kwnames->len)) {
        ObjClass *cls = vm_class_of(vm, argv[0]);
        Value init;
        /* extra arguments are an error unless the class defines __init__ itself */
        if (!class_lookup(cls, vm->names[NAME___init__], &init) || !IS_CLOSURE(init))
            return vm_raise(vm, EXC_TypeError, "%s() takes no arguments", cls->name->data);
        return vm_raise(vm, EXC_TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
    }
    return V_NONE;
}

NATIVE(object_repr) {
    (void)argc, (void)kwnames;
    ObjClass *cls = vm_class_of(vm, argv[0]);
    Value mod = V_NONE;
    if (cls->dict) dict_get_str(&cls->dict->d, vm->names[NAME___module__], &mod);
    if (IS_STR(mod) && strcmp(AS_STR(mod)->data, "builtins") != 0)
        return v_obj(str_printf(vm, "<%s.%s object at %p>", AS_STR(mod)->data, cls->qualname->data,
                                IS_OBJ(argv[0]) ? (void *)AS_OBJ(argv[0]) : NULL));
    return v_obj(str_printf(vm, "<%s object at %p>", cls->qualname->data, IS_OBJ(argv[0]) ? (void *)AS_OBJ(argv[0]) : NULL));
}

NATIVE(object_str) {
    (void)argc, (void)kwnames;
    return vm_repr(vm, argv[0]);
}

NATIVE(object_eq) {
    (void)argc, (void)kwnames;
    return v_same(argv[0], argv[1]) ? V_TRUE : vm->not_implemented;
}

NATIVE(object_ne) {
    (void)argc, (void)kwnames;
    Value eq = vm_compare(vm, CMP_EQ, argv[0], argv[1]);
    if (IS_EXC(eq) || v_same(eq, vm->not_implemented)) return eq;
    bool err;
    bool t = vm_truthy(vm, eq, &err);
    return err ? V_EXC : v_bool(!t);
}

NATIVE(object_not_implemented) {
    (void)argc, (void)argv, (void)kwnames;
    return vm->not_implemented;
}

NATIVE(object_hash) {
    (void)argc, (void)kwnames;
    uintptr_t p = IS_OBJ(argv[0]) ? (uintptr_t)AS_OBJ(argv[0]) : (uintptr_t)argv[0].as.i;
    (void)vm;
    return v_int((int64_t)((p >> 4) | (p << 60)) & INT64_MAX);
}

NATIVE(object_setattr) {
    (void)argc, (void)kwnames;
    if (!IS_STR(argv[1])) return vm_raise(vm, EXC_TypeError, "attribute name must be string, not '%T'", argv[1]);
    Dict *d = vm_instance_dict(argv[0]);
    if (!d) return vm_setattr(vm, argv[0], AS_STR(argv[1]), argv[2]);
    dict_set_str(vm, d, str_intern_obj(vm, AS_STR(argv[1])), argv[2]);
    return V_NONE;
}

NATIVE(object_getattribute) {
    (void)argc, (void)kwnames;
    if (!IS_STR(argv[1])) return vm_raise(vm, EXC_TypeError, "attribute name must be string, not '%T'", argv[1]);
    return vm_getattr(vm, argv[0], str_intern_obj(vm, AS_STR(argv[1])));
}

NATIVE(object_delattr) {
    (void)argc, (void)kwnames;
    if (!IS_STR(argv[1])) return vm_raise(vm, EXC_TypeError, "attribute name must be string, not '%T'", argv[1]);
    return vm_delattr(vm, argv[0], str_intern_obj(vm, AS_STR(argv[1])));
}

NATIVE(object_format) {
    (void)argc, (void)kwnames;
    if (!IS_STR(argv[1])) return vm_raise(vm, EXC_TypeError, "format spec must be str, not %T", argv[1]);
    if (AS_STR(argv[1])->len)
        return vm_raise(vm, EXC_TypeError, "unsupported format string passed to %T.__format__", argv[0]);
    return vm_str(vm, argv[0]);
}

/* ------------------------------------------------------- BaseException */

NATIVE(exc_init) {
    int n = argc - (kwnames ? (int)kwnames->len : 0);
    if (kwnames && kwnames->len)
        return vm_raise(vm, EXC_TypeError, "%T() takes no keyword arguments", argv[0]);
    if (!IS_EXCEPTION(argv[0])) return vm_raise(vm, EXC_TypeError, "descriptor '__init__' requires an exception");
    AS_EXC(argv[0])->args = tuple_from(vm, argv + 1, (uint32_t)(n - 1));
    return V_NONE;
}

NATIVE(exc_str) {
    (void)argc, (void)kwnames;
    if (!IS_EXCEPTION(argv[0])) return vm_str(vm, argv[0]);
    ObjException *e = AS_EXC(argv[0]);
    ObjTuple *args = e->args;
    if (args->len == 0) return v_obj(vm->empty_str);
    if (args->len == 1) return vm_str(vm, args->items[0]);
    return vm_repr(vm, v_obj(args));
}

NATIVE(exc_repr) {
    (void)argc, (void)kwnames;
    ObjClass *cls = vm_class_of(vm, argv[0]);
    Value a = IS_EXCEPTION(argv[0]) ? v_obj(AS_EXC(argv[0])->args) : v_obj(vm->empty_tuple);
    ObjTuple *args = AS_TUPLE(a);
    if (args->len == 1) return v_obj(str_printf(vm, "%s(%R)", cls->name->data, args->items[0]));
    return v_obj(str_printf(vm, "%s%R", cls->name->data, a));
}

NATIVE(exc_with_traceback) {
    (void)vm, (void)argc, (void)kwnames;
    return argv[0];
}

/* ------------------------------------------------------------- install */

void lib_object_methods(VM *vm) {
    ObjClass *o = vm->classes[CLS_object];
    class_add_native(vm, o, "__init__", object_init, 1, -1, NATIVE_KW);
    class_add_native(vm, o, "__new__", object_new, 0, -1, NATIVE_KW | NATIVE_STATIC);
    class_add_native(vm, o, "__repr__", object_repr, 1, 1, 0);
    class_add_native(vm, o, "__str__", object_str, 1, 1, 0);
    class_add_native(vm, o, "__eq__", object_eq, 2, 2, 0);
    class_add_native(vm, o, "__ne__", object_ne, 2, 2, 0);
    class_add_native(vm, o, "__lt__", object_not_implemented, 2, 2, 0);
    class_add_native(vm, o, "__le__", object_not_implemented, 2, 2, 0);
    class_add_native(vm, o, "__gt__", object_not_implemented, 2, 2, 0);
    class_add_native(vm, o, "__ge__", object_not_implemented, 2, 2, 0);
    class_add_native(vm, o, "__hash__", object_hash, 1, 1, 0);
    class_add_native(vm, o, "__setattr__", object_setattr, 3, 3, 0);
    class_add_native(vm, o, "__getattribute__", object_getattribute, 2, 2, 0);
    class_add_native(vm, o, "__delattr__", object_delattr, 2, 2, 0);
    class_add_native(vm, o, "__format__", object_format, 2, 2, 0);
    ObjClass *e = vm->exc_classes[EXC_BaseException];
    class_add_native(vm, e, "__init__", exc_init, 1, -1, NATIVE_KW);
    class_add_native(vm, e, "__str__", exc_str, 1, 1, 0);
    class_add_native(vm, e, "__repr__", exc_repr, 1, 1, 0);
    class_add_native(vm, e, "with_traceback", exc_with_traceback, 2, 2, 0);
}
