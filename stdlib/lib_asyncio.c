/* lib_asyncio.c - the asyncio module's C half: sleep, create_task, gather,
 * run, current_task, all_tasks, the Future and Task methods and the event
 * loop object, coroutine.close. Queues are in lib_queue.c; the rest of
 * asyncio (wait_for, timeout, TaskGroup, shield, wait, as_completed, Event,
 * Lock, Semaphore, Condition) is written in Aster on top of these, in
 * asyncio.as, compiled into the binary. */
#include <math.h>
#include <string.h>

#include "lib.h"
#include "eventloop.h"

#define NATIVE(name) static Value name(VM *vm, int argc, Value *argv, ObjTuple *kwnames)

static int npositional(int argc, ObjTuple *kwnames) { return argc - (kwnames ? (int)kwnames->len : 0); }

AwaitOutcome task_sleep(VM *vm, Fiber *f, double delay, Value result);         /* future.c */
AwaitOutcome task_sleep_timer(VM *vm, Fiber *f, double delay, Value result);   /* future.c */
ObjStr *task_name(VM *vm, ObjTask *t);                                   /* future.c */
void sched_coroutine_created(VM *vm, Obj *co);                            /* sched.c */

/* ----------------------------------------------------------------- sleep */

/* The delay of sleep(); checked when the sleep is awaited, as in Python
 * (sleep is a coroutine function: calling it checks nothing). */
static bool delay_arg(VM *vm, Value v, double *out) {
    if (IS_INTLIKE(v)) *out = (double)AS_INT(v);
    else if (IS_FLOAT(v)) *out = AS_FLOAT(v);
    else {
        vm_raise(vm, EXC_TypeError, "'<=' not supported between instances of '%T' and 'int'", v);
        return false;
    }
    return true;
}

/* sleep(delay, result=None), bound with the messages of a Python function. */
static bool sleep_args(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value out[2]) {
    static const char *const params[] = {"delay", "result"};
    int npos = npositional(argc, kwnames);
    if (npos > 2) {
        vm_raise(vm, EXC_TypeError, "sleep() takes from 1 to 2 positional arguments but %d were given", npos);
        return false;
    }
    if (!lib_bind(vm, "sleep", argc, argv, kwnames, params, 2, ARGS_PYTHON, out)) return false;
    if (IS_UNDEF(out[0])) {
        vm_raise(vm, EXC_TypeError, "sleep() missing 1 required positional argument: 'delay'");
        return false;
    }
    if (IS_UNDEF(out[1])) out[1] = V_NONE;
    return true;
}

static AwaitOutcome sleep_await(VM *vm, Fiber *f, int argc, Value *argv, Value *result) {
    (void)result;
    Value a[2];
    if (!sleep_args(vm, argc, argv, NULL, a)) return AWAIT_ERROR;
    double delay;
    if (!delay_arg(vm, a[0], &delay)) return AWAIT_ERROR;
    /* 3.11 does not reject NaN: `delay <= 0` is false, and the timer it sets
     * is due at once */
    if (isnan(delay)) return task_sleep_timer(vm, f, 0.0, a[1]);
    return task_sleep(vm, f, delay, a[1]);
}

/* sleep(...) not awaited at once: a native coroutine holding its arguments. */
NATIVE(as_sleep) {
    Value a[2];
    if (!sleep_args(vm, argc, argv, kwnames, a)) return V_EXC;
    return coro_new_native(vm, AS_NATIVE(vm->builtin_refs[BREF_SLEEP]), 2, a);
}

/* ------------------------------------------------------------ tasks */

static ObjStr *name_kw(VM *vm, int argc, Value *argv, ObjTuple *kwnames, const char *fname, bool *ok) {
    static const CommonName names[] = {NAME_name};
    Value kw[1];
    *ok = kw_lookup(vm, fname, argc, argv, kwnames, names, kw, 1);
    if (!*ok || IS_UNDEF(kw[0]) || IS_NONE(kw[0])) return NULL;
    Value s = vm_str(vm, kw[0]);
    if (IS_EXC(s)) {
        *ok = false;
        return NULL;
    }
    return AS_STR(s);
}

NATIVE(as_create_task) {
    bool ok;
    ObjStr *name = name_kw(vm, argc, argv, kwnames, "create_task", &ok);
    if (!ok) return V_EXC;
    ObjTask *t = task_new(vm, argv[0], name);
    return t ? v_obj(t) : V_EXC;
}

NATIVE(as_ensure_future) {
    (void)argc, (void)kwnames;
    return ensure_future(vm, argv[0]);
}

static Value make_loop(VM *vm);

NATIVE(as_run) {
    (void)argc, (void)kwnames;
    Value coro = argv[0];
    if (sched_running(vm))
        return vm_raise(vm, EXC_RuntimeError, "asyncio.run() cannot be called from a running event loop");
    if (!IS_A(coro, OT_COROUTINE)) return vm_raise(vm, EXC_ValueError, "a coroutine was expected, got %R", coro);
    ObjTask *t = task_new(vm, coro, NULL);
    if (!t) return V_EXC;
    /* each run() has a loop object of its own, as asyncio.run makes a new loop */
    ObjStr *key = str_intern(vm, "_loop", 5);
    Value outer = V_NONE;
    dict_get_str(&vm->asyncio->globals->d, key, &outer);
    if (IS_OBJ(outer)) vm_protect(vm, AS_OBJ(outer));   /* only this C frame holds it during the run */
    dict_set_str(vm, &vm->asyncio->globals->d, key, make_loop(vm));
    Value r = sched_run(vm, t);
    dict_set_str(vm, &vm->asyncio->globals->d, key, outer);
    return r;
}

NATIVE(as_current_task) {
    (void)argc, (void)argv, (void)kwnames;
    ObjTask *t = sched_current(vm);
    return t ? v_obj(t) : V_NONE;
}

NATIVE(as_all_tasks) {
    (void)argc, (void)argv, (void)kwnames;
    ObjList *l = sched_all_tasks(vm);
    ObjSet *s = set_new(vm);
    for (uint32_t i = 0; i < l->len; i++)
        if (AS_TASK(l->items[i])->f.state == FUT_PENDING) set_add(vm, &s->s, l->items[i]);
    return v_obj(s);
}

NATIVE(as_iscoroutine) {
    (void)vm, (void)argc, (void)kwnames;
    return v_bool(IS_A(argv[0], OT_COROUTINE));
}

/* coroutine.close(): a coroutine never started will not run and is not
 * reported as never awaited; awaiting it later raises RuntimeError. One
 * that started runs on its awaiter's fiber and is left to it. */
NATIVE(coro_close) {
    (void)vm, (void)argc, (void)kwnames;
    AS_CORO(argv[0])->obj.extra = CORO_STARTED;
    return V_NONE;
}

void lib_coroutine_methods(VM *vm) { class_add_native(vm, vm->classes[CLS_coroutine], "close", coro_close, 1, 1, 0); }

NATIVE(as_iscoroutinefunction) {
    (void)vm, (void)argc, (void)kwnames;
    Value f = argv[0];
    if (IS_A(f, OT_BOUND)) f = AS_BOUND(f)->func;
    return v_bool(IS_CLOSURE(f) && (AS_CLOSURE(f)->proto->flags & PROTO_ASYNC));
}

/* ---------------------------------------------------------------- gather */

typedef struct GatherState {
    ObjTuple *children;      /* one future per argument (repeats allowed) */
    uint32_t nunique;
    uint32_t nfinished;
    bool return_exceptions;
} GatherState;

static void gather_mark(VM *vm, void *payload) { gc_mark_obj(vm, (Obj *)((GatherState *)payload)->children); }

static const CDataType gather_type = {"_GatherState", gather_mark, NULL, NULL};

static GatherState *gather_state(ObjFuture *outer) { return (GatherState *)((ObjCData *)AS_OBJ(outer->data))->payload; }

static Value gather_results(VM *vm, GatherState *g) {
    ObjList *results = list_new(vm, g->children->len);
    for (uint32_t i = 0; i < g->children->len; i++) {
        Obj *c = AS_OBJ(g->children->items[i]);
        FutureCore *fc = future_core(c);
        fc->flags |= FUTF_RETRIEVED;
        Value r = fc->result;
        if (fc->state == FUT_CANCELLED) {
            /* CancelledError(<cancel message>): a task's is always '' (its
             * coroutine's CancelledError cancels it without a message) */
            Value msg = v_obj(vm->empty_str);
            if (c->type != OT_TASK) {
                ObjTuple *args = AS_EXC(future_cancelled_error(vm, c))->args;
                if (args->len) msg = args->items[0];
            }
            r = exc_new(vm, vm->exc_classes[EXC_CancelledError], tuple_from(vm, &msg, 1));
        }
        list_append(vm, results, r);
    }
    return v_obj(results);
}

/* A child finished: asyncio's gather bookkeeping, step for step. */
static Value on_child_done(VM *vm, ObjFuture *outer, Obj *child) {
    GatherState *g = gather_state(outer);
    FutureCore *cf = future_core(child);
    g->nfinished++;
    if (outer->f.state != FUT_PENDING) {
        if (cf->state != FUT_CANCELLED) cf->flags |= FUTF_RETRIEVED;
        return V_NONE;
    }
    if (!g->return_exceptions) {
        if (cf->state == FUT_CANCELLED) {
            future_set_exception(vm, (Obj *)outer, future_cancelled_error(vm, child));
            return V_NONE;
        }
        if (cf->flags & FUTF_EXCEPTION) {
            cf->flags |= FUTF_RETRIEVED;
            future_set_exception(vm, (Obj *)outer, cf->result);
            return V_NONE;
        }
    }
    if (g->nfinished < g->nunique) return V_NONE;
    Value results = gather_results(vm, g);   /* marks every child's exception retrieved */
    if (outer->f.flags & FUTF_CANCEL_REQUESTED) {
        /* asyncio raises the cancel error of the last child in argument
         * order, even one that finished some other way */
        Obj *last = AS_OBJ(g->children->items[g->children->len - 1]);
        Value exc = future_core(last)->state == FUT_CANCELLED ? future_cancelled_error(vm, last)
                                                             : exc_new(vm, vm->exc_classes[EXC_CancelledError], NULL);
        future_set_exception(vm, (Obj *)outer, exc);
        return V_NONE;
    }
    future_set_result(vm, (Obj *)outer, results);
    return V_NONE;
}

NATIVE(as_gather_callback) {
    (void)argc, (void)kwnames;
    /* bound as a method of the outer future: argv[0] = outer, argv[1] = child */
    return on_child_done(vm, (ObjFuture *)AS_OBJ(argv[0]), AS_OBJ(argv[1]));
}

bool gather_cancel(VM *vm, ObjFuture *outer, Value msg) {
    GatherState *g = gather_state(outer);
    bool any = false;
    for (uint32_t i = 0; i < g->children->len; i++)
        if (future_cancel(vm, AS_OBJ(g->children->items[i]), msg)) any = true;
    if (any) outer->f.flags |= FUTF_CANCEL_REQUESTED;
    return any;
}

NATIVE(as_gather) {
    static const CommonName names[] = {NAME_return_exceptions};
    Value kw[1];
    if (!kw_lookup(vm, "gather", argc, argv, kwnames, names, kw, 1)) return V_EXC;
    int n = npositional(argc, kwnames);
    bool err = false;
    bool retexc = !IS_UNDEF(kw[0]) && vm_truthy(vm, kw[0], &err);
    if (err) return V_EXC;
    ObjFuture *outer = future_new(vm);
    outer->f.kind = FK_GATHER;
    ObjCData *st = (ObjCData *)vm_alloc_obj(vm, OT_CDATA, sizeof(ObjCData) + sizeof(GatherState));
    st->obj.extra = sizeof(GatherState);
    st->cls = vm->classes[CLS_object];
    st->ctype = &gather_type;
    GatherState *g = (GatherState *)st->payload;
    g->return_exceptions = retexc;
    g->children = tuple_new(vm, (uint32_t)n);
    outer->data = v_obj(st);
    ObjDict *seen = dict_new(vm);
    for (int i = 0; i < n; i++) {
        Value fut;
        bool err2;
        if (IS_OBJ(argv[i]) && dict_get(vm, &seen->d, v_int((int64_t)(uintptr_t)AS_OBJ(argv[i])), &fut, &err2)) {
            g->children->items[i] = fut;
            continue;
        }
        fut = ensure_future(vm, argv[i]);
        if (IS_EXC(fut)) return fut;
        dict_set(vm, &seen->d, v_int((int64_t)(uintptr_t)AS_OBJ(argv[i])), fut);
        g->children->items[i] = fut;
        g->nunique++;
    }
    if (n == 0) {
        future_set_result(vm, (Obj *)outer, v_obj(list_new(vm, 0)));
        return v_obj(outer);
    }
    Value cb = v_obj(bound_new(vm, v_obj(outer), vm->builtin_refs[BREF_GATHER_CALLBACK]));
    ObjDict *added = dict_new(vm);
    for (int i = 0; i < n; i++) {
        Value child = g->children->items[i];
        Value key = v_int((int64_t)(uintptr_t)AS_OBJ(child)), dummy;
        bool err3;
        if (dict_get(vm, &added->d, key, &dummy, &err3)) continue;
        dict_set(vm, &added->d, key, V_NONE);
        future_add_callback(vm, AS_OBJ(child), cb);
    }
    return v_obj(outer);
}

/* ------------------------------------------------------- Future methods */

#define SELF AS_OBJ(argv[0])
#define CORE future_core(SELF)

NATIVE(fut_result) { (void)argc, (void)kwnames; return future_result(vm, SELF); }

NATIVE(fut_exception) {
    (void)argc, (void)kwnames;
    FutureCore *f = CORE;
    if (f->state == FUT_PENDING) return vm_raise(vm, EXC_InvalidStateError, "Exception is not set.");
    f->flags |= FUTF_RETRIEVED;
    if (f->state == FUT_CANCELLED) return vm_raise_value(vm, future_cancelled_error(vm, SELF));
    return (f->flags & FUTF_EXCEPTION) ? f->result : V_NONE;
}

NATIVE(fut_done) { (void)vm, (void)argc, (void)kwnames; return v_bool(CORE->state != FUT_PENDING); }
NATIVE(fut_cancelled) { (void)vm, (void)argc, (void)kwnames; return v_bool(CORE->state == FUT_CANCELLED); }

NATIVE(fut_cancel) {
    static const CommonName names[] = {NAME_msg};
    Value kw[1];
    if (!kw_lookup(vm, "cancel", argc, argv, kwnames, names, kw, 1)) return V_EXC;
    int n = npositional(argc, kwnames);
    Value msg = n > 1 ? argv[1] : IS_UNDEF(kw[0]) ? V_NONE : kw[0];
    bool done = future_cancel(vm, SELF, msg);
    return IS_NONE(vm->exc) ? v_bool(done) : V_EXC;
}

NATIVE(fut_add_done_callback) {
    (void)argc, (void)kwnames;
    future_add_callback(vm, SELF, argv[1]);
    return V_NONE;
}

NATIVE(fut_remove_done_callback) {
    (void)argc, (void)kwnames;
    return v_int(future_remove_callback(vm, SELF, argv[1]));
}

static Value check_settable(VM *vm, Value self, const char *op) {
    if (IS_TASK(self)) return vm_raise(vm, EXC_RuntimeError, "Task does not support %s operation", op);
    if (future_core(AS_OBJ(self))->state != FUT_PENDING)
        return vm_raise(vm, EXC_InvalidStateError, "invalid state");
    return V_NONE;
}

NATIVE(fut_set_result) {
    (void)argc, (void)kwnames;
    Value ok = check_settable(vm, argv[0], "set_result");
    if (IS_EXC(ok)) return ok;
    future_set_result(vm, SELF, argv[1]);
    return V_NONE;
}

NATIVE(fut_set_exception) {
    (void)argc, (void)kwnames;
    Value ok = check_settable(vm, argv[0], "set_exception");
    if (IS_EXC(ok)) return ok;
    Value exc = argv[1];
    if (IS_CLASS(exc)) {
        exc = vm_call(vm, exc, 0, NULL);
        if (IS_EXC(exc)) return exc;
    }
    if (!IS_EXCEPTION(exc)) return vm_raise(vm, EXC_TypeError, "invalid exception object");
    if (exc_matches(vm, exc, EXC_StopIteration))
        return vm_raise(vm, EXC_TypeError, "StopIteration interacts badly with generators and cannot be raised into a Future");
    future_set_exception(vm, SELF, exc);
    return V_NONE;
}

NATIVE(construct_future) {
    (void)argc, (void)argv, (void)kwnames;
    return v_obj(future_new(vm));
}

/* --------------------------------------------------------- Task methods */

#define SELF_TASK AS_TASK(argv[0])

NATIVE(task_get_name) { (void)argc, (void)kwnames; return v_obj(task_name(vm, SELF_TASK)); }

NATIVE(task_set_name) {
    (void)argc, (void)kwnames;
    Value s = vm_str(vm, argv[1]);
    if (IS_EXC(s)) return s;
    SELF_TASK->name = AS_STR(s);
    return V_NONE;
}

NATIVE(task_cancelling) { (void)vm, (void)argc, (void)kwnames; return v_int(SELF_TASK->ncancels); }

NATIVE(task_uncancel) {
    (void)vm, (void)argc, (void)kwnames;
    ObjTask *t = SELF_TASK;
    if (t->ncancels > 0) t->ncancels--;
    return v_int(t->ncancels);
}


NATIVE(construct_task) {
    bool ok;
    ObjStr *name = name_kw(vm, argc, argv, kwnames, "Task", &ok);
    if (!ok) return V_EXC;
    if (npositional(argc, kwnames) != 1) return vm_raise(vm, EXC_TypeError, "Task() takes exactly one argument");
    ObjTask *t = task_new(vm, argv[0], name);
    return t ? v_obj(t) : V_EXC;
}

/* -------------------------------------------------------- the loop object */

NATIVE(loop_time) { (void)argc, (void)argv, (void)kwnames; return v_float(sched_time(vm)); }

NATIVE(loop_create_future) { (void)argc, (void)argv, (void)kwnames; return v_obj(future_new(vm)); }

NATIVE(loop_create_task) {
    bool ok;
    ObjStr *name = name_kw(vm, argc - 1, argv + 1, kwnames, "create_task", &ok);
    if (!ok) return V_EXC;
    ObjTask *t = task_new(vm, argv[1], name);
    return t ? v_obj(t) : V_EXC;
}

static Value schedule(VM *vm, int argc, Value *argv, double delay, bool soon) {
    ObjTuple *args = tuple_from(vm, argv + 1, (uint32_t)(argc - 1));
    return sched_call_later(vm, delay, argv[0], args, soon);
}

NATIVE(loop_call_soon) { (void)kwnames; return schedule(vm, argc - 1, argv + 1, 0, true); }

NATIVE(loop_call_later) {
    (void)kwnames;
    double delay;
    if (!delay_arg(vm, argv[1], &delay)) return V_EXC;
    return schedule(vm, argc - 2, argv + 2, delay, false);
}

NATIVE(loop_call_at) {
    (void)kwnames;
    double when;
    if (!delay_arg(vm, argv[1], &when)) return V_EXC;
    return schedule(vm, argc - 2, argv + 2, when - sched_time(vm), false);
}

NATIVE(loop_is_running) { (void)argc, (void)argv, (void)kwnames; return v_bool(sched_running(vm) || sched_current(vm)); }

static Value the_loop(VM *vm) {
    Value loop;
    if (dict_get_str(&vm->asyncio->globals->d, str_intern(vm, "_loop", 5), &loop)) return loop;
    return V_NONE;
}

NATIVE(as_get_running_loop) {
    (void)argc, (void)argv, (void)kwnames;
    if (!sched_current(vm)) return vm_raise(vm, EXC_RuntimeError, "no running event loop");
    return the_loop(vm);
}

NATIVE(as_get_event_loop) { (void)argc, (void)argv, (void)kwnames; return the_loop(vm); }

/* ------------------------------------------------------------ install */

static const LibFn future_methods[] = {
    {"result", fut_result, 1, 1, 0},
    {"exception", fut_exception, 1, 1, 0},
    {"done", fut_done, 1, 1, 0},
    {"cancelled", fut_cancelled, 1, 1, 0},
    {"cancel", fut_cancel, 1, 2, NATIVE_KW},
    {"add_done_callback", fut_add_done_callback, 2, 2, 0},
    {"remove_done_callback", fut_remove_done_callback, 2, 2, 0},
    {"set_result", fut_set_result, 2, 2, 0},
    {"set_exception", fut_set_exception, 2, 2, 0},
};

static const LibFn task_methods[] = {
    {"get_name", task_get_name, 1, 1, 0},
    {"set_name", task_set_name, 2, 2, 0},
    {"cancelling", task_cancelling, 1, 1, 0},
    {"uncancel", task_uncancel, 1, 1, 0},
};

static const LibFn loop_methods[] = {
    {"time", loop_time, 1, 1, 0},
    {"create_future", loop_create_future, 1, 1, 0},
    {"create_task", loop_create_task, 2, 2, NATIVE_KW},
    {"call_soon", loop_call_soon, 2, -1, 0},
    {"call_later", loop_call_later, 3, -1, 0},
    {"call_at", loop_call_at, 3, -1, 0},
    {"is_running", loop_is_running, 1, 1, 0},
};

static const LibFn module_fns[] = {
    {"create_task", as_create_task, 1, 1, NATIVE_KW},
    {"ensure_future", as_ensure_future, 1, 1, 0},
    {"gather", as_gather, 0, -1, NATIVE_KW},
    {"run", as_run, 1, 1, 0},
    {"current_task", as_current_task, 0, 1, 0},
    {"all_tasks", as_all_tasks, 0, 1, 0},
    {"iscoroutine", as_iscoroutine, 1, 1, 0},
    {"iscoroutinefunction", as_iscoroutinefunction, 1, 1, 0},
    {"get_running_loop", as_get_running_loop, 0, 0, 0},
    {"get_event_loop", as_get_event_loop, 0, 0, 0},
};

Value await_native_trampoline(VM *vm) { return vm->builtin_refs[BREF_AWAIT_NATIVE]; }

static void setup_classes(VM *vm) {
    ObjClass *fut = vm->classes[CLS_Future], *task = vm->classes[CLS_Task];
    fut->cflags &= ~(uint16_t)CLASS_ABSTRACT;
    fut->construct = construct_future;
    task->base = fut;
    task->depth = 2;
    task->construct = construct_task;
    lib_add_methods(vm, fut, future_methods, LIB_COUNT(future_methods));
    lib_add_methods(vm, task, task_methods, LIB_COUNT(task_methods));
    dict_set_str(vm, &fut->dict->d, vm->names[NAME___module__], v_obj(str_from_cstr(vm, "asyncio")));
    dict_set_str(vm, &task->dict->d, vm->names[NAME___module__], v_obj(str_from_cstr(vm, "asyncio")));
}

/* Loop objects: instances of one class, kept in the module as _LoopClass. */
static Value make_loop(VM *vm) {
    ObjStr *key = str_intern(vm, "_LoopClass", 10);
    Value cls;
    if (!dict_get_str(&vm->asyncio->globals->d, key, &cls)) {
        ObjClass *lc = class_new(vm, str_intern(vm, "_UnixSelectorEventLoop", 22), vm->classes[CLS_object], NULL);
        lc->cflags |= CLASS_BUILTIN | CLASS_ABSTRACT;
        lib_add_methods(vm, lc, loop_methods, LIB_COUNT(loop_methods));
        cls = v_obj(lc);
        dict_set_str(vm, &vm->asyncio->globals->d, key, cls);
    }
    return v_obj(instance_new(vm, AS_CLASS(cls)));
}

void lib_asyncio_open(VM *vm, ObjModule *m) {
    setup_classes(vm);
    lib_add_functions(vm, m, module_fns, LIB_COUNT(module_fns));
    ObjNative *sleep = native_new(vm, "sleep", as_sleep, 0, -1, NATIVE_KW);
    sleep->await_fn = (void *)sleep_await;
    vm->builtin_refs[BREF_SLEEP] = v_obj(sleep);
    module_add(vm, m, "sleep", v_obj(sleep));
    vm->builtin_refs[BREF_GATHER_CALLBACK] = v_obj(native_new(vm, "_GatheringFuture._done_callback",
                                                              as_gather_callback, 2, 2, NATIVE_METHOD));
    module_add(vm, m, "_loop", make_loop(vm));
    module_add(vm, m, "Future", v_obj(vm->classes[CLS_Future]));
    module_add(vm, m, "Task", v_obj(vm->classes[CLS_Task]));
    lib_queue_open(vm, m);
    static const ExcKind excs[] = {EXC_CancelledError, EXC_TimeoutError, EXC_InvalidStateError, EXC_QueueEmpty,
                                   EXC_QueueFull};
    for (size_t i = 0; i < sizeof excs / sizeof excs[0]; i++)
        module_add(vm, m, vm->exc_classes[excs[i]]->name->data, v_obj(vm->exc_classes[excs[i]]));
}
