/* call.c - calling things: binding arguments to parameters, native
 * functions, bound methods, instantiating classes, and vm_call for C code.
 *
 * call_setup() is the one place that knows every kind of callable. For a
 * script function it pushes a frame and lets the caller run it: the
 * interpreter simply continues in the new frame (no C recursion), while
 * vm_call() marks it as a boundary and runs a nested interpreter loop. */
#include <string.h>

#include "vm.h"
#include "task.h"
#include "eventloop.h"

ObjNative *native_new(VM *vm, const char *name, NativeFn fn, int min, int max, int flags) {
    ObjNative *n = ALLOC_OBJ(vm, ObjNative, OT_NATIVE);
    n->fn = fn;
    n->name = str_from_cstr(vm, name);
    n->min_args = (int16_t)min;
    n->max_args = (int16_t)max;
    n->obj.flags = (uint16_t)flags;
    n->data = V_NONE;
    return n;
}

ObjClosure *closure_new(VM *vm, ObjProto *p, ObjDict *globals, ObjModule *module) {
    ObjClosure *c = (ObjClosure *)vm_alloc_obj(vm, OT_CLOSURE, sizeof(ObjClosure) + p->nfree * sizeof(ObjCell *));
    c->proto = p;
    c->globals = globals;
    c->module = module;
    return c;
}

ObjBound *bound_new(VM *vm, Value self, Value func) {
    ObjBound *b = ALLOC_OBJ(vm, ObjBound, OT_BOUND);
    b->self = self;
    b->func = func;
    return b;
}

ObjCell *cell_new(VM *vm, Value v) {
    ObjCell *c = ALLOC_OBJ(vm, ObjCell, OT_CELL);
    c->value = v;
    return c;
}

/* --------------------------------------------------------- binding */

int proto_param_slots(const ObjProto *p) {
    return p->nparams + p->nkwonly + !!(p->flags & PROTO_VARARGS) + !!(p->flags & PROTO_VARKW);
}

static int find_param(ObjProto *p, ObjStr *name) {
    int n = p->nparams + p->nkwonly;
    for (int i = 0; i < n; i++)
        if (p->params[i] == name) return i;
    for (int i = 0; i < n; i++)
        if (str_eq(p->params[i], name)) return i;
    return -1;
}

/* "'a', 'b', and 'c'" */
static ObjStr *name_list(VM *vm, ObjStr **names, int n) {
    StrBuf b;
    sb_init(&b, vm);
    for (int i = 0; i < n; i++) {
        if (i) sb_adds(&b, n > 2 ? ", " : " ");
        if (i == n - 1 && n > 1) sb_adds(&b, "and ");
        sb_addf(&b, "'%s'", names[i]->data);
    }
    return sb_finish(&b);
}

static bool missing_args(VM *vm, ObjProto *p, Value *regs, int from, int to, const char *kind) {
    ObjStr *names[256];
    int n = 0;
    for (int i = from; i < to; i++)
        if (IS_UNDEF(regs[i])) names[n++] = p->params[i];
    if (!n) return true;
    vm_raise(vm, EXC_TypeError, "%s() missing %d required %s argument%s: %s", p->qualname->data, n, kind,
             n == 1 ? "" : "s", name_list(vm, names, n)->data);
    return false;
}

static bool too_many_positional(VM *vm, ObjClosure *cl, int given, int kwonly_given) {
    ObjProto *p = cl->proto;
    int ndef = cl->defaults ? (int)cl->defaults->len : 0;
    ObjStr *takes = ndef ? str_printf(vm, "from %d to %d positional arguments", p->nparams - ndef, p->nparams)
                         : str_printf(vm, "%d positional argument%s", p->nparams, p->nparams == 1 ? "" : "s");
    if (kwonly_given)
        vm_raise(vm, EXC_TypeError, "%s() takes %s but %d positional argument%s (and %d keyword-only argument%s) were given",
                 p->qualname->data, takes->data, given, given == 1 ? "" : "s", kwonly_given, kwonly_given == 1 ? "" : "s");
    else
        vm_raise(vm, EXC_TypeError, "%s() takes %s but %d %s given", p->qualname->data, takes->data, given,
                 given == 1 ? "was" : "were");
    return false;
}

static bool bind_keywords(VM *vm, ObjProto *p, Value *regs, Value *kwvals, ObjTuple *kwnames, ObjDict *varkw) {
    for (uint32_t k = 0; k < kwnames->len; k++) {
        ObjStr *name = AS_STR(kwnames->items[k]);
        int i = find_param(p, name);
        if (i >= 0 && i < p->nposonly) {
            if (varkw) {
                dict_set_str(vm, &varkw->d, name, kwvals[k]);
                continue;
            }
            vm_raise(vm, EXC_TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'",
                     p->qualname->data, name->data);
            return false;
        }
        if (i < 0) {
            if (varkw) {
                dict_set_str(vm, &varkw->d, name, kwvals[k]);
                continue;
            }
            vm_raise(vm, EXC_TypeError, "%s() got an unexpected keyword argument '%s'", p->qualname->data, name->data);
            return false;
        }
        if (!IS_UNDEF(regs[i])) {
            vm_raise(vm, EXC_TypeError, "%s() got multiple values for argument '%s'", p->qualname->data, name->data);
            return false;
        }
        regs[i] = kwvals[k];
    }
    return true;
}

static bool fill_defaults(VM *vm, ObjClosure *cl, Value *regs) {
    ObjProto *p = cl->proto;
    if (cl->defaults) {
        int ndef = (int)cl->defaults->len, first = p->nparams - ndef;
        for (int i = first; i < p->nparams; i++)
            if (IS_UNDEF(regs[i])) regs[i] = cl->defaults->items[i - first];
    }
    if (!missing_args(vm, p, regs, 0, p->nparams, "positional")) return false;
    for (int i = p->nparams; i < p->nparams + p->nkwonly; i++) {
        if (IS_UNDEF(regs[i]) && cl->kwdefaults) dict_get_str(&cl->kwdefaults->d, p->params[i], &regs[i]);
    }
    return missing_args(vm, p, regs, p->nparams, p->nparams + p->nkwonly, "keyword-only");
}

/* Bind self (if not VT_UNDEF), argv and keywords into regs, which must be
 * cleared to VT_UNDEF. Raises TypeError with Python's messages. */
static bool bind(VM *vm, ObjClosure *cl, Value *regs, Value self, int argc, Value *argv, ObjTuple *kwnames) {
    ObjProto *p = cl->proto;
    int nkw = kwnames ? (int)kwnames->len : 0;
    int npos = argc - nkw + !IS_UNDEF(self);
    int slot = p->nparams + p->nkwonly;
    ObjDict *varkw = NULL;
    if (p->flags & PROTO_VARKW) {
        varkw = dict_new(vm);
        regs[slot + !!(p->flags & PROTO_VARARGS)] = v_obj(varkw);
    }
    int n = 0;
    if (!IS_UNDEF(self) && p->nparams > 0) regs[n++] = self;
    int used_self = n;
    for (int i = 0; n < p->nparams && i < argc - nkw; i++) regs[n++] = argv[i];
    int consumed = n - used_self;
    if (p->flags & PROTO_VARARGS) {
        int extra = argc - nkw - consumed;
        ObjTuple *rest = tuple_from(vm, argv + consumed, (uint32_t)(extra > 0 ? extra : 0));
        if (!IS_UNDEF(self) && p->nparams == 0) {   /* self goes into *args */
            ObjTuple *t = tuple_new(vm, rest->len + 1);
            t->items[0] = self;
            memcpy(t->items + 1, rest->items, rest->len * sizeof(Value));
            rest = t;
        }
        regs[slot] = v_obj(rest);
    } else if (npos > p->nparams) {
        int kwonly_given = 0;
        for (int k = 0; k < nkw; k++) {
            int i = find_param(p, AS_STR(kwnames->items[k]));
            if (i >= p->nparams) kwonly_given++;
        }
        return too_many_positional(vm, cl, npos, kwonly_given);
    }
    if (nkw && !bind_keywords(vm, p, regs, argv + argc - nkw, kwnames, varkw)) return false;
    return fill_defaults(vm, cl, regs);
}

bool bind_args(VM *vm, ObjClosure *cl, Value *regs, int argc, Value *argv, ObjTuple *kwnames) {
    return bind(vm, cl, regs, V_UNDEF, argc, argv, kwnames);
}

bool bind_args_self(VM *vm, ObjClosure *cl, Value *regs, Value self, int argc, Value *argv, ObjTuple *kwnames) {
    return bind(vm, cl, regs, self, argc, argv, kwnames);
}

/* Wrap the parameters that inner functions capture into cells. */
void frame_make_cells(VM *vm, ObjProto *p, Value *regs) {
    for (int i = 0; i < p->ncellregs; i++) {
        uint8_t r = p->cellregs[i];
        regs[r] = v_obj(cell_new(vm, regs[r]));
    }
}

/* ------------------------------------------------------------ natives */

/* A built-in method (list.append, str.upper, ...) called on an instance of
 * a class that extends the built-in type works on the value it wraps. The
 * caller's argument registers stay untouched. */
static Value call_native_unwrapped(VM *vm, ObjNative *n, int argc, Value *argv, ObjTuple *kwnames) {
    if (!n->owner || !(n->owner->cflags & CLASS_BUILTIN) || n->owner == vm->classes[CLS_object])
        return n->fn(vm, argc, argv, kwnames);
    Value small[16], *args = small;
    ObjTuple *big = NULL;
    if (argc > 16) {
        big = tuple_new(vm, (uint32_t)argc);
        args = big->items;   /* new objects stay reachable until the next safe point */
    }
    memcpy(args, argv, (size_t)argc * sizeof(Value));
    args[0] = vm_unwrap(argv[0]);
    return n->fn(vm, argc, args, kwnames);
}

/* CPython words a wrong argument count differently by how the function
 * parses its arguments: METH_NOARGS / METH_O functions name themselves in
 * full ("math.sqrt() takes exactly one argument (2 given)"), clinic
 * functions with keywords say "round() takes at most 2 arguments (3
 * given)", and positional-only ones "divmod expected 2 arguments, got 1". */
static Value arity_error(VM *vm, ObjNative *n, int npos) {
    bool method = (n->obj.flags & NATIVE_METHOD) != 0;
    int given = method ? npos - 1 : npos;
    int lo = method ? n->min_args - 1 : n->min_args;
    int hi = method && n->max_args >= 0 ? n->max_args - 1 : n->max_args;
    const char *dot = strrchr(n->name->data, '.');
    const char *shortname = dot ? dot + 1 : n->name->data;
    const char *full = n->name->data;
    if (IS_A(n->data, OT_MODULE) && !dot)
        full = str_printf(vm, "%s.%s", ((ObjModule *)AS_OBJ(n->data))->name->data, n->name->data)->data;
    if (lo == hi && hi == 0) return vm_raise(vm, EXC_TypeError, "%s() takes no arguments (%d given)", full, given);
    if (lo == hi && hi == 1)
        return vm_raise(vm, EXC_TypeError, "%s() takes exactly one argument (%d given)", full, given);
    bool few = given < lo;
    int bound = few ? lo : hi;
    const char *qual = lo == hi ? "" : few ? "at least " : "at most ";
    if (n->obj.flags & NATIVE_ARITY_CLINIC)
        return vm_raise(vm, EXC_TypeError, "%s() takes %s%d argument%s (%d given)", shortname,
                        lo == hi ? "exactly " : qual, bound, bound == 1 ? "" : "s", given);
    return vm_raise(vm, EXC_TypeError, "%s expected %s%d argument%s, got %d", shortname, qual, bound,
                    bound == 1 ? "" : "s", given);
}

/* A method of a built-in class can be called unbound (dict.keys(x),
 * map(str.upper, xs)): self must then be an instance of its class, as
 * CPython's method descriptors check, before the C code trusts its layout. */
static bool self_fits(VM *vm, ObjNative *n, Value self) {
    ObjClass *cls = vm_class_of(vm, self);
    return cls == n->owner || class_is_subclass(cls, n->owner);
}

static Value bad_self(VM *vm, ObjNative *n, Value self) {
    const char *dot = strrchr(n->name->data, '.');
    return vm_raise(vm, EXC_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%T' object",
                    dot ? dot + 1 : n->name->data, n->owner->name->data, self);
}

static Value call_native(VM *vm, ObjNative *n, int argc, Value *argv, ObjTuple *kwnames) {
    if (kwnames && kwnames->len && !(n->obj.flags & NATIVE_KW))
        return vm_raise(vm, EXC_TypeError, "%s() takes no keyword arguments", n->name->data);
    int npos = argc - (kwnames ? (int)kwnames->len : 0);
    if (npos < n->min_args || (n->max_args >= 0 && npos > n->max_args)) {
        if ((n->obj.flags & NATIVE_METHOD) && npos == 0)
            return vm_raise(vm, EXC_TypeError, "unbound method %s() needs an argument", n->name->data);
        return arity_error(vm, n, npos);
    }
    if (n->owner && (n->obj.flags & NATIVE_METHOD) && !self_fits(vm, n, argv[0])) return bad_self(vm, n, argv[0]);
    if ((n->obj.flags & (NATIVE_METHOD | NATIVE_WRAPPER)) == NATIVE_METHOD && npos > 0 && IS_WRAPPED(argv[0]))
        return call_native_unwrapped(vm, n, argc, argv, kwnames);
    return n->fn(vm, argc, argv, kwnames);
}

/* Call with self prepended, for bound methods. */
static Value call_with_self(VM *vm, Value func, Value self, int argc, Value *argv, ObjTuple *kwnames) {
    Value small[16];
    Value *args = small;
    ObjTuple *big = NULL;
    if (argc + 1 > 16) {
        big = tuple_new(vm, (uint32_t)argc + 1);
        args = big->items;
    }
    args[0] = self;
    if (argc) memcpy(args + 1, argv, (size_t)argc * sizeof(Value));
    return vm_call_kw(vm, func, argc + 1, args, kwnames);
}

/* --------------------------------------------------------- call_setup */

static CallOutcome push_closure(VM *vm, Fiber *f, ObjClosure *cl, Value self, int argc, Value *argv,
                                ObjTuple *kwnames, uint32_t flags) {
    ObjProto *p = cl->proto;
    if (p->flags & PROTO_ASYNC) return CALL_ERROR;   /* callers handle coroutines first */
    Frame *fr = fiber_push_frame(vm, f, cl, flags);
    if (!fr) return CALL_ERROR;
    Value *regs = FRAME_REGS(fr);
    if (!bind(vm, cl, regs, self, argc, argv, kwnames)) {
        fiber_pop_frame(vm, f);
        return CALL_ERROR;
    }
    if (p->ncellregs) frame_make_cells(vm, p, regs);
    return CALL_FRAME;
}

static CallOutcome call_closure(VM *vm, Fiber *f, ObjClosure *cl, Value self, int argc, Value *argv,
                                ObjTuple *kwnames, Value *result, uint32_t flags) {
    if (cl->proto->flags & PROTO_ASYNC) {
        Value c = coro_new(vm, cl, self, argc, argv, kwnames);
        if (IS_EXC(c)) return CALL_ERROR;
        *result = c;
        return CALL_DONE;
    }
    return push_closure(vm, f, cl, self, argc, argv, kwnames, flags);
}

static CallOutcome done(Value v, Value *result) {
    if (IS_EXC(v)) return CALL_ERROR;
    *result = v;
    return CALL_DONE;
}

Value exception_group_init(VM *vm, ObjException *e, int argc, Value *argv);   /* exc.c */
void os_error_init(VM *vm, ObjException *e, int npos, Value *argv);          /* exc.c */

/* An instance of a script class derived from a built-in type. As in
 * Python, list, dict and set start empty and __init__ fills them (the
 * built-in __init__ if the class has none of its own), while the immutable
 * types take their value from the constructor arguments. */
static CallOutcome instantiate_wrapper(VM *vm, Fiber *f, ObjClass *cls, ObjWrapped *w, int argc, Value *argv,
                                       ObjTuple *kwnames, Value *result) {
    ObjClass *builtin = class_wrapped_base(cls);
    Value obj = v_obj(w);
    *result = obj;
    bool mutable = builtin == vm->classes[CLS_list] || builtin == vm->classes[CLS_dict] ||
                   builtin == vm->classes[CLS_set];
    vm->instantiating = builtin;
    Value base = builtin->construct(vm, mutable ? 0 : argc, argv, mutable ? NULL : kwnames);
    if (IS_EXC(base)) return CALL_ERROR;
    w->base = base;
    Value init;
    if (!class_lookup(cls, vm->names[NAME___init__], &init)) return CALL_DONE;
    if (IS_CLOSURE(init))
        return push_closure(vm, f, AS_CLOSURE(init), obj, argc, argv, kwnames, FRAME_INIT) == CALL_FRAME
                   ? CALL_FRAME : CALL_ERROR;
    if (!mutable) return CALL_DONE;   /* object.__init__: the arguments went to the constructor */
    Value r = call_with_self(vm, init, obj, argc, argv, kwnames);
    return IS_EXC(r) ? CALL_ERROR : CALL_DONE;
}

/* A class whose script code defines __new__: the object is what
 * __new__(cls, ...) returns, and __init__ runs only if that is an instance
 * of the class (a singleton's __new__ may return an existing one). */
static CallOutcome instantiate_with_new(VM *vm, Fiber *f, ObjClass *cls, Value new_fn, int argc, Value *argv,
                                        ObjTuple *kwnames, Value *result) {
    Value r = call_with_self(vm, new_fn, v_obj(cls), argc, argv, kwnames);
    if (IS_EXC(r)) return done(r, result);
    Value init;
    if (!vm_isinstance(vm, r, cls) || !class_lookup(cls, vm->names[NAME___init__], &init) || !IS_CLOSURE(init))
        return done(r, result);
    *result = r;
    return push_closure(vm, f, AS_CLOSURE(init), r, argc, argv, kwnames, FRAME_INIT) == CALL_FRAME ? CALL_FRAME
                                                                                                    : CALL_ERROR;
}

static CallOutcome instantiate(VM *vm, Fiber *f, ObjClass *cls, int argc, Value *argv, ObjTuple *kwnames,
                               Value *result) {
    if (cls->cflags & CLASS_ABSTRACT)
        return done(vm_raise(vm, EXC_TypeError, "cannot create '%s' instances", cls->name->data), result);
    Value init;
    bool has_init = class_lookup(cls, vm->names[NAME___init__], &init) && IS_CLOSURE(init);
    bool is_exc = (cls->cflags & CLASS_EXCEPTION) != 0;
    if (cls->construct && !is_exc) {
        /* a built-in class: its C constructor makes the object */
        vm->instantiating = cls;
        Value obj = cls->construct(vm, argc, argv, kwnames);
        if (IS_EXC(obj) || !has_init) return done(obj, result);
        *result = obj;
        return push_closure(vm, f, AS_CLOSURE(init), obj, argc, argv, kwnames, FRAME_INIT) == CALL_FRAME
                   ? CALL_FRAME : CALL_ERROR;
    }
    Value user_new;
    if (!is_exc && !(cls->cflags & CLASS_WRAPS) && (class_slots(vm, cls) & SLOT_NEW) &&
        class_lookup(cls, vm->names[NAME___new__], &user_new) && IS_CLOSURE(user_new))
        return instantiate_with_new(vm, f, cls, user_new, argc, argv, kwnames, result);
    ObjInstance *in = instance_new(vm, cls);
    Value obj = v_obj(in);
    if (cls->cflags & CLASS_WRAPS) return instantiate_wrapper(vm, f, cls, (ObjWrapped *)in, argc, argv, kwnames, result);
    if (is_exc) {
        int npos = argc - (kwnames ? (int)kwnames->len : 0);
        ((ObjException *)in)->args = tuple_from(vm, argv, (uint32_t)npos);
        if (!has_init && kwnames && kwnames->len)
            return done(vm_raise(vm, EXC_TypeError, "%s() takes no keyword arguments", cls->name->data), result);
        if (class_is_subclass(cls, vm->exc_classes[EXC_ExceptionGroup]) &&
            IS_EXC(exception_group_init(vm, (ObjException *)in, npos, argv)))
            return CALL_ERROR;
        if (class_is_subclass(cls, vm->exc_classes[EXC_OSError])) os_error_init(vm, (ObjException *)in, npos, argv);
    }
    if (!has_init) {
        if (!is_exc && argc > 0)
            return done(vm_raise(vm, EXC_TypeError, "%s() takes no arguments", cls->qualname->data), result);
        *result = obj;
        return CALL_DONE;
    }
    *result = obj;
    return push_closure(vm, f, AS_CLOSURE(init), obj, argc, argv, kwnames, FRAME_INIT);
}

CallOutcome call_setup(VM *vm, Fiber *f, Value callee, int argc, Value *argv, ObjTuple *kwnames, Value *result) {
    if (!IS_OBJ(callee)) goto not_callable;
    switch (OBJ_TYPE(callee)) {
    case OT_CLOSURE:
        return call_closure(vm, f, AS_CLOSURE(callee), V_UNDEF, argc, argv, kwnames, result, 0);
    case OT_NATIVE:
        return done(call_native(vm, AS_NATIVE(callee), argc, argv, kwnames), result);
    case OT_BOUND: {
        ObjBound *b = AS_BOUND(callee);
        if (IS_CLOSURE(b->func))
            return call_closure(vm, f, AS_CLOSURE(b->func), b->self, argc, argv, kwnames, result, 0);
        return done(call_with_self(vm, b->func, b->self, argc, argv, kwnames), result);
    }
    case OT_CLASS:
        return instantiate(vm, f, AS_CLASS(callee), argc, argv, kwnames, result);
    case OT_INSTANCE: case OT_CDATA: {
        Value m;
        if (class_lookup(vm_class_of(vm, callee), vm->names[NAME___call__], &m)) {
            if (IS_CLOSURE(m))
                return call_closure(vm, f, AS_CLOSURE(m), callee, argc, argv, kwnames, result, 0);
            return done(call_with_self(vm, m, callee, argc, argv, kwnames), result);
        }
        break;
    }
    default: break;
    }
not_callable:
    vm_raise(vm, EXC_TypeError, "'%T' object is not callable", callee);
    return CALL_ERROR;
}

/* ------------------------------------------------------------ vm_call */

Value vm_call_kw(VM *vm, Value callee, int argc, Value *argv, ObjTuple *kwnames) {
    if (!vm_check_stack(vm)) return V_EXC;
    if (IS_NATIVE(callee)) return call_native(vm, AS_NATIVE(callee), argc, argv, kwnames);
    Fiber *f = vm->fiber;
    Value result = V_NONE;
    CallOutcome out = call_setup(vm, f, callee, argc, argv, kwnames, &result);
    if (out == CALL_ERROR) return V_EXC;
    if (out == CALL_DONE) return result;
    Frame *fr = f->frame;
    fr->flags |= FRAME_BOUNDARY;
    bool init = (fr->flags & FRAME_INIT) != 0;
    Value instance = result;
    Value r;
    f->nboundary++;   /* no task may suspend while C code waits below */
    ExecStatus st = vm_execute(vm, f, &r);
    f->nboundary--;
    if (st != EXEC_DONE) return V_EXC;
    if (init) {
        if (!IS_NONE(r)) return vm_raise(vm, EXC_TypeError, "__init__() should return None, not '%T'", r);
        return instance;
    }
    return r;
}

Value vm_call(VM *vm, Value callee, int argc, Value *argv) { return vm_call_kw(vm, callee, argc, argv, NULL); }

Value vm_callable_name(VM *vm, Value callee) {
    bool found;
    Value n = vm_getattr_opt(vm, callee, vm->names[NAME___qualname__], &found);
    if (found && IS_STR(n)) return n;
    return v_obj(str_from_cstr(vm, vm_type_name(vm, callee)));
}

/* -------------------------------------------------- native arg helpers */

bool arg_count(VM *vm, const char *fname, int argc, int min, int max) {
    if (argc >= min && (max < 0 || argc <= max)) return true;
    if (min == max)
        vm_raise(vm, EXC_TypeError, "%s() takes exactly %d argument%s (%d given)", fname, min, min == 1 ? "" : "s", argc);
    else if (argc < min)
        vm_raise(vm, EXC_TypeError, "%s expected at least %d argument%s, got %d", fname, min, min == 1 ? "" : "s", argc);
    else
        vm_raise(vm, EXC_TypeError, "%s expected at most %d argument%s, got %d", fname, max, max == 1 ? "" : "s", argc);
    return false;
}

/* Pick keyword arguments out by name: out[i] is VT_UNDEF when names[i] was
 * not given. Unknown names raise TypeError. */
bool kw_lookup(VM *vm, const char *fname, int argc, Value *argv, ObjTuple *kwnames,
               const CommonName *names, Value *out, int nnames) {
    for (int i = 0; i < nnames; i++) out[i] = V_UNDEF;
    if (!kwnames) return true;
    int nkw = (int)kwnames->len;
    for (int k = 0; k < nkw; k++) {
        ObjStr *name = AS_STR(kwnames->items[k]);
        int i = 0;
        while (i < nnames && !str_eq(vm->names[names[i]], name)) i++;
        if (i == nnames) {
            vm_raise(vm, EXC_TypeError, "%s() got an unexpected keyword argument '%s'", fname, name->data);
            return false;
        }
        out[i] = argv[argc - nkw + k];
    }
    return true;
}
