/* attr.c - getting, setting and deleting attributes of any value.
 *
 * Lookup order for instances: the instance's own dict, then the class
 * chain (functions found there are bound to the instance), then a
 * __getattr__ override. vm_getmethod is the allocation-free variant the
 * interpreter uses for `obj.m(...)`: it returns the function and the self to
 * pass instead of a bound method object. */
#include <string.h>

#include "vm.h"

static bool is_function(Value v) { return IS_CLOSURE(v) || IS_NATIVE(v); }

static bool native_binds(Value v) {
    return IS_CLOSURE(v) || (IS_NATIVE(v) && !(AS_OBJ(v)->flags & NATIVE_STATIC));
}

static Value no_attribute(VM *vm, Value obj, ObjStr *name) {
    if (IS_CLASS(obj)) return vm_raise(vm, EXC_AttributeError, "type object '%s' has no attribute '%s'",
                                       AS_CLASS(obj)->name->data, name->data);
    if (IS_MODULE(obj)) return vm_raise(vm, EXC_AttributeError, "module '%s' has no attribute '%s'",
                                        AS_MODULE(obj)->name->data, name->data);
    return vm_raise(vm, EXC_AttributeError, "'%T' object has no attribute '%s'", obj, name->data);
}

/* --------------------------------------------- attributes of built-ins */

/* OSError(errno, strerror[, filename[, winerror[, filename2]]]) */
static Value os_error_field(ObjException *e, const char *n) {
    ObjTuple *a = e->args;
    if (a->len < 2 || a->len > 5) return V_NONE;
    if (strcmp(n, "errno") == 0) return a->items[0];
    if (strcmp(n, "strerror") == 0) return a->items[1];
    if (strcmp(n, "filename") == 0) return a->len > 2 ? a->items[2] : V_NONE;
    return a->len > 4 ? a->items[4] : V_NONE;
}

static bool exception_attr(VM *vm, ObjException *e, ObjStr *name, Value *out) {
    const char *n = name->data;
    if (strcmp(n, "args") == 0) *out = v_obj(e->args);
    else if (strcmp(n, "__cause__") == 0) *out = e->cause;
    else if (strcmp(n, "__context__") == 0) *out = e->context;
    else if (strcmp(n, "__suppress_context__") == 0) *out = v_bool(e->suppress_context);
    else if (strcmp(n, "__traceback__") == 0) *out = V_NONE;
    else if (strcmp(n, "exceptions") == 0 && !IS_NONE(e->notes)) *out = e->notes;
    else if (strcmp(n, "message") == 0 && !IS_NONE(e->notes)) *out = e->args->len ? e->args->items[0] : V_NONE;
    else if (strcmp(n, "value") == 0 && class_is_subclass(e->inst.cls, vm->exc_classes[EXC_StopIteration]))
        *out = e->args->len ? e->args->items[0] : V_NONE;
    else if (strcmp(n, "code") == 0 && class_is_subclass(e->inst.cls, vm->exc_classes[EXC_SystemExit]))
        *out = e->args->len == 0 ? V_NONE : e->args->len == 1 ? e->args->items[0] : v_obj(e->args);
    else if ((strcmp(n, "name") == 0 || strcmp(n, "path") == 0) &&
             class_is_subclass(e->inst.cls, vm->exc_classes[EXC_ImportError]))
        *out = V_NONE;
    else if ((strcmp(n, "errno") == 0 || strcmp(n, "strerror") == 0 || strcmp(n, "filename") == 0 ||
              strcmp(n, "filename2") == 0) && class_is_subclass(e->inst.cls, vm->exc_classes[EXC_OSError]))
        *out = os_error_field(e, n);
    else return false;
    return true;
}

static Value class_special_attr(VM *vm, ObjClass *c, ObjStr *name, bool *found) {
    const char *n = name->data;
    *found = true;
    if (strcmp(n, "__name__") == 0) return v_obj(c->name);
    if (strcmp(n, "__qualname__") == 0) return v_obj(c->qualname);
    if (strcmp(n, "__bases__") == 0) {
        Value b = c->base ? v_obj(c->base) : V_NONE;
        return v_obj(tuple_from(vm, &b, c->base ? 1 : 0));
    }
    if (strcmp(n, "__base__") == 0) return c->base ? v_obj(c->base) : V_NONE;
    if (strcmp(n, "__mro__") == 0) {
        ObjTuple *t = tuple_new(vm, (uint32_t)c->depth + 1);
        uint32_t i = 0;
        for (ObjClass *k = c; k; k = k->base) t->items[i++] = v_obj(k);
        return v_obj(t);
    }
    if (strcmp(n, "__dict__") == 0) return v_obj(c->dict);
    if (strcmp(n, "__doc__") == 0) return V_NONE;
    *found = false;
    return V_NONE;
}

static Value function_attr(VM *vm, Value f, ObjStr *name, bool *found) {
    const char *n = name->data;
    *found = true;
    if (IS_CLOSURE(f)) {
        ObjClosure *c = AS_CLOSURE(f);
        if (strcmp(n, "__name__") == 0) return v_obj(c->proto->name);
        if (strcmp(n, "__qualname__") == 0) return v_obj(c->proto->qualname);
        if (strcmp(n, "__module__") == 0) return c->module ? v_obj(c->module->name) : V_NONE;
        if (strcmp(n, "__doc__") == 0) return V_NONE;
        if (strcmp(n, "__defaults__") == 0) return c->defaults ? v_obj(c->defaults) : V_NONE;
    } else if (IS_NATIVE(f)) {
        ObjNative *nat = AS_NATIVE(f);
        const char *dot = strrchr(nat->name->data, '.');
        if (strcmp(n, "__name__") == 0) return v_obj(dot ? str_from_cstr(vm, dot + 1) : nat->name);
        if (strcmp(n, "__qualname__") == 0) return v_obj(nat->name);
        if (strcmp(n, "__doc__") == 0) return V_NONE;
    } else if (IS_A(f, OT_BOUND)) {
        ObjBound *b = AS_BOUND(f);
        if (strcmp(n, "__self__") == 0) return b->self;
        if (strcmp(n, "__func__") == 0) return b->func;
        return function_attr(vm, b->func, name, found);
    }
    *found = false;
    return V_NONE;
}

static bool number_attr(VM *vm, Value v, ObjStr *name, Value *out) {
    (void)vm;
    const char *n = name->data;
    bool is_int = !IS_FLOAT(v);
    Value plain = is_int ? v_int(AS_INT(v)) : v;
    if (strcmp(n, "real") == 0) *out = plain;
    else if (strcmp(n, "imag") == 0) *out = is_int ? v_int(0) : v_float(0.0);
    else if (is_int && strcmp(n, "numerator") == 0) *out = plain;
    else if (is_int && strcmp(n, "denominator") == 0) *out = v_int(1);
    else return false;
    return true;
}

/* ---------------------------------------------------------- lookups */

/* Find name for obj: either a plain value (*self_out VT_UNDEF) or a function
 * to call with *self_out as first argument. Returns false if absent. */
static bool find_attr(VM *vm, Value obj, ObjStr *name, Value *out, Value *self_out) {
    *self_out = V_UNDEF;
    Dict *own = vm_instance_dict(obj);
    if (own && own->count) {
        int64_t ix = dict_find_str(own, name);
        if (ix >= 0) {
            *out = own->entries[ix].value;
            return true;
        }
    }
    if (IS_OBJ(obj)) {
        switch (OBJ_TYPE(obj)) {
        case OT_MODULE:
            return dict_get_str(&AS_MODULE(obj)->globals->d, name, out);
        case OT_CLASS: {
            ObjClass *c = AS_CLASS(obj);
            if (class_lookup(c, name, out)) return true;
            bool found;
            *out = class_special_attr(vm, c, name, &found);
            if (found) return true;
            /* methods of `type` itself, e.g. C.mro() */
            break;
        }
        case OT_SUPER: {
            ObjSuper *s = (ObjSuper *)AS_OBJ(obj);
            if (!s->start->base || !class_lookup(s->start->base, name, out)) return false;
            if (native_binds(*out)) *self_out = s->self;
            return true;
        }
        case OT_INSTANCE:
            if (AS_OBJ(obj)->extra == sizeof(ObjException) && exception_attr(vm, AS_EXC(obj), name, out))
                return true;
            if (name == vm->names[NAME___dict__]) {
                *out = v_obj(&AS_INSTANCE(obj)->attrs);
                return true;
            }
            break;
        case OT_CLOSURE: case OT_NATIVE: case OT_BOUND: {
            bool found;
            *out = function_attr(vm, obj, name, &found);
            if (found) return true;
            break;
        }
        case OT_RANGE: {
            ObjRange *r = (ObjRange *)AS_OBJ(obj);
            const char *n = name->data;
            if (strcmp(n, "start") == 0) { *out = v_int(r->start); return true; }
            if (strcmp(n, "stop") == 0) { *out = v_int(r->stop); return true; }
            if (strcmp(n, "step") == 0) { *out = v_int(r->step); return true; }
            break;
        }
        case OT_SLICE: {
            ObjSlice *sl = (ObjSlice *)AS_OBJ(obj);
            const char *n = name->data;
            if (strcmp(n, "start") == 0) { *out = sl->start; return true; }
            if (strcmp(n, "stop") == 0) { *out = sl->stop; return true; }
            if (strcmp(n, "step") == 0) { *out = sl->step; return true; }
            break;
        }
        default: break;
        }
    }
    if (IS_NUMBER(obj) && number_attr(vm, obj, name, out)) return true;
    ObjClass *cls = vm_class_of(vm, obj);
    if (class_lookup(cls, name, out)) {
        if (native_binds(*out)) *self_out = obj;
        return true;
    }
    if (name == vm->names[NAME___class__]) {
        *out = v_obj(cls);
        return true;
    }
    return false;
}

static Value call_getattr_hook(VM *vm, Value obj, ObjStr *name, bool *found) {
    *found = false;
    if (!(IS_A(obj, OT_INSTANCE) || IS_A(obj, OT_CDATA))) return V_UNDEF;
    if (!(class_slots(vm, vm_class_of(vm, obj)) & SLOT_GETATTR)) return V_UNDEF;
    Value arg = v_obj(name);
    return vm_call_special(vm, obj, NAME___getattr__, 1, &arg, found);
}

Value vm_getattr_opt(VM *vm, Value obj, ObjStr *name, bool *found) {
    Value v, self;
    *found = true;
    if (find_attr(vm, obj, name, &v, &self)) {
        if (IS_UNDEF(self)) return v;
        return v_obj(bound_new(vm, self, v));
    }
    Value r = call_getattr_hook(vm, obj, name, found);
    if (*found) {
        if (IS_EXC(r) && exc_matches(vm, vm->exc, EXC_AttributeError)) {
            *found = false;
            return V_UNDEF;
        }
        return r;
    }
    return V_UNDEF;
}

Value vm_getattr(VM *vm, Value obj, ObjStr *name) {
    Value v, self;
    if (find_attr(vm, obj, name, &v, &self)) return IS_UNDEF(self) ? v : v_obj(bound_new(vm, self, v));
    bool found;
    Value r = call_getattr_hook(vm, obj, name, &found);
    if (found) return r;
    return no_attribute(vm, obj, name);
}

/* For `obj.name(...)`: *func and *self (VT_UNDEF when not a method call). */
Value vm_getmethod(VM *vm, Value obj, ObjStr *name, Value *self) {
    Value v;
    if (find_attr(vm, obj, name, &v, self)) return v;
    *self = V_UNDEF;
    bool found;
    Value r = call_getattr_hook(vm, obj, name, &found);
    if (found) return r;
    return no_attribute(vm, obj, name);
}

/* ----------------------------------------------------------- setting */

static Value set_exception_attr(VM *vm, ObjException *e, ObjStr *name, Value v, bool *handled) {
    *handled = true;
    const char *n = name->data;
    if (strcmp(n, "__cause__") == 0) {
        e->cause = v;
        e->suppress_context = 1;
    } else if (strcmp(n, "__context__") == 0) {
        e->context = v;
    } else if (strcmp(n, "__suppress_context__") == 0) {
        e->suppress_context = AS_BOOL(v);
    } else if (strcmp(n, "args") == 0) {
        if (IS_TUPLE(v)) e->args = AS_TUPLE(v);
        else return vm_raise(vm, EXC_TypeError, "args must be a tuple");
    } else {
        *handled = false;
    }
    return V_NONE;
}

Value vm_setattr(VM *vm, Value obj, ObjStr *name, Value v) {
    name = str_intern_obj(vm, name);
    if (IS_OBJ(obj)) {
        switch (OBJ_TYPE(obj)) {
        case OT_INSTANCE: case OT_CDATA: {
            ObjClass *cls = vm_class_of(vm, obj);
            if (class_slots(vm, cls) & SLOT_SETATTR) {
                Value args[2] = {v_obj(name), v};
                bool found;
                Value r = vm_call_special(vm, obj, NAME___setattr__, 2, args, &found);
                return IS_EXC(r) ? r : V_NONE;
            }
            if (AS_OBJ(obj)->extra == sizeof(ObjException) && OBJ_TYPE(obj) == OT_INSTANCE) {
                bool handled;
                Value r = set_exception_attr(vm, AS_EXC(obj), name, v, &handled);
                if (handled) return r;
            }
            if (cls == vm->classes[CLS_object]) break;
            dict_set_str(vm, vm_instance_dict(obj), name, v);
            return V_NONE;
        }
        case OT_CLASS: {
            ObjClass *c = AS_CLASS(obj);
            if (c->cflags & CLASS_BUILTIN)
                return vm_raise(vm, EXC_TypeError, "cannot set '%s' attribute of immutable type '%s'",
                                name->data, c->name->data);
            dict_set_str(vm, &c->dict->d, name, v);
            vm->class_epoch++;
            return V_NONE;
        }
        case OT_MODULE:
            dict_set_str(vm, &AS_MODULE(obj)->globals->d, name, v);
            return V_NONE;
        default: break;
        }
    }
    return vm_raise(vm, EXC_AttributeError, "'%T' object has no attribute '%s'", obj, name->data);
}

Value vm_delattr(VM *vm, Value obj, ObjStr *name) {
    bool err;
    Dict *d = vm_instance_dict(obj);
    if (!d && IS_MODULE(obj)) d = &AS_MODULE(obj)->globals->d;
    if (!d && IS_CLASS(obj) && !(AS_CLASS(obj)->cflags & CLASS_BUILTIN)) {
        d = &AS_CLASS(obj)->dict->d;
        vm->class_epoch++;
    }
    if (d && dict_del(vm, d, v_obj(name), &err)) return V_NONE;
    if (d && err) return V_EXC;
    return no_attribute(vm, obj, name);
}

bool vm_is_function(Value v) { return is_function(v); }
