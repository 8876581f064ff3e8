/* future.c - coroutine objects, futures and tasks: their states, their
 * done-callbacks, and a task's step (running its fiber until it suspends
 * or finishes). The order of everything observable follows asyncio's
 * Future and Task exactly; eventloop.c decides when steps and callbacks run. */
#include <stddef.h>
#include <string.h>

#include "eventloop.h"

/* ------------------------------------------------------------ coroutines */

static void note_site(VM *vm, ObjCoroutine *co) {
    Frame *fr = vm->fiber ? vm->fiber->frame : NULL;
    if (!fr) return;
    co->site = fr->closure->proto;
    co->site_pc = (uint32_t)(fr->ip - co->site->code) - 1;
}

Value coro_new(VM *vm, ObjClosure *cl, Value self, int argc, Value *argv, ObjTuple *kwnames) {
    ObjProto *p = cl->proto;
    uint32_t n = (uint32_t)proto_param_slots(p);
    ObjCoroutine *co = (ObjCoroutine *)vm_alloc_obj(vm, OT_COROUTINE, sizeof(ObjCoroutine) + n * sizeof(Value));
    co->closure = cl;
    co->nargs = n;
    co->obj.extra = CORO_CREATED;
    note_site(vm, co);
    if (!bind_args_self(vm, cl, co->args, self, argc, argv, kwnames)) {
        co->obj.extra = CORO_REPORTED;   /* the call failed: nothing to warn about */
        return V_EXC;
    }
    sched_coroutine_created(vm, (Obj *)co);
    return v_obj(co);
}

Value coro_new_native(VM *vm, ObjNative *n, int argc, Value *argv) {
    ObjCoroutine *co = (ObjCoroutine *)vm_alloc_obj(vm, OT_COROUTINE, sizeof(ObjCoroutine) + (size_t)argc * sizeof(Value));
    co->native = n;
    co->nargs = (uint32_t)argc;
    co->obj.extra = CORO_CREATED;
    note_site(vm, co);
    memcpy(co->args, argv, (size_t)argc * sizeof(Value));
    sched_coroutine_created(vm, (Obj *)co);
    return v_obj(co);
}

Frame *coro_push_frame(VM *vm, Fiber *f, ObjCoroutine *co, uint32_t flags) {
    co->obj.extra = CORO_STARTED;
    Frame *fr = fiber_push_frame(vm, f, co->closure, flags);
    if (!fr) return NULL;
    Value *regs = FRAME_REGS(fr);
    memcpy(regs, co->args, co->nargs * sizeof(Value));
    if (co->closure->proto->ncellregs) frame_make_cells(vm, co->closure->proto, regs);
    return fr;
}

/* --------------------------------------------------------------- futures */

FutureCore *future_core(Obj *o) {
    return o->type == OT_TASK ? &((ObjTask *)o)->f : &((ObjFuture *)o)->f;
}

static void core_init(FutureCore *f) {
    f->state = FUT_PENDING;
    f->result = V_NONE;
    f->callbacks = NULL;
}

ObjFuture *future_new(VM *vm) {
    ObjFuture *fu = ALLOC_OBJ(vm, ObjFuture, OT_FUTURE);
    core_init(&fu->f);
    fu->data = V_NONE;
    return fu;
}

static void schedule_one(VM *vm, Value cb, Obj *fut) {
    if (IS_TASK(cb)) sched_wake(vm, AS_TASK(cb));
    else sched_call_soon(vm, cb, v_obj(fut));
}

/* Every done-callback becomes its own ready-queue entry, in order. */
static void schedule_callbacks(VM *vm, Obj *fut) {
    FutureCore *f = future_core(fut);
    Value cbs = f->callbacks ? v_obj(f->callbacks) : V_NONE;
    f->callbacks = NULL;
    if (IS_NONE(cbs)) return;
    if (!IS_LIST(cbs)) {
        schedule_one(vm, cbs, fut);
        return;
    }
    ObjList *l = AS_LIST(cbs);
    for (uint32_t i = 0; i < l->len; i++) schedule_one(vm, l->items[i], fut);
}

void future_add_callback(VM *vm, Obj *fut, Value cb) {
    FutureCore *f = future_core(fut);
    if (f->state != FUT_PENDING) {
        schedule_one(vm, cb, fut);
        return;
    }
    if (!f->callbacks && IS_OBJ(cb) && !IS_LIST(cb)) {
        f->callbacks = AS_OBJ(cb);
    } else if (!f->callbacks) {
        f->callbacks = (Obj *)list_from(vm, &cb, 1);
    } else if (f->callbacks->type == OT_LIST) {
        list_append(vm, (ObjList *)f->callbacks, cb);
    } else {
        Value two[2] = {v_obj(f->callbacks), cb};
        f->callbacks = (Obj *)list_from(vm, two, 2);
    }
}

static bool same_callback(VM *vm, Value a, Value b) {
    if (v_same(a, b)) return true;
    Value eq = vm_equals(vm, a, b);
    if (IS_EXC(eq)) {
        vm->exc = V_NONE;
        return false;
    }
    return AS_BOOL(eq);
}

int future_remove_callback(VM *vm, Obj *fut, Value cb) {
    FutureCore *f = future_core(fut);
    if (!f->callbacks) return 0;
    if (f->callbacks->type != OT_LIST) {
        if (!same_callback(vm, v_obj(f->callbacks), cb)) return 0;
        f->callbacks = NULL;
        return 1;
    }
    ObjList *l = (ObjList *)f->callbacks;
    uint32_t w = 0;
    int removed = 0;
    for (uint32_t r = 0; r < l->len; r++) {
        if (same_callback(vm, l->items[r], cb)) removed++;
        else l->items[w++] = l->items[r];
    }
    l->len = w;
    return removed;
}

static bool finish(VM *vm, Obj *fut, uint8_t state, Value result, uint8_t flags) {
    FutureCore *f = future_core(fut);
    if (f->state != FUT_PENDING) return false;
    f->state = state;
    f->result = result;
    f->flags |= flags;
    schedule_callbacks(vm, fut);
    return true;
}

bool future_set_result(VM *vm, Obj *fut, Value v) { return finish(vm, fut, FUT_DONE, v, 0); }

bool future_set_exception(VM *vm, Obj *fut, Value exc) { return finish(vm, fut, FUT_DONE, exc, FUTF_EXCEPTION); }

static Value cancelled_error(VM *vm, Value msg) {
    if (IS_EXCEPTION(msg) && exc_matches(vm, msg, EXC_CancelledError)) return msg;
    bool has = !IS_NONE(msg) && !IS_UNDEF(msg);
    return exc_new(vm, vm->exc_classes[EXC_CancelledError], has ? tuple_from(vm, &msg, 1) : NULL);
}

Value future_cancelled_error(VM *vm, Obj *fut) {
    FutureCore *f = future_core(fut);
    if (fut->type == OT_TASK) {
        /* asyncio hands a task's own CancelledError out once; every later
         * retrieval makes a new one without the message */
        Value e = IS_EXCEPTION(f->result) ? f->result : cancelled_error(vm, V_NONE);
        f->result = V_NONE;
        return e;
    }
    if (!IS_EXCEPTION(f->result)) f->result = cancelled_error(vm, f->result);
    return f->result;
}

bool gather_cancel(VM *vm, ObjFuture *outer, Value msg);   /* lib_asyncio.c */

bool future_cancel(VM *vm, Obj *fut, Value msg) {
    if (fut->type == OT_TASK) return task_cancel(vm, (ObjTask *)fut, msg);
    ObjFuture *fu = (ObjFuture *)fut;
    if (fu->f.state != FUT_PENDING) return false;
    if (fu->f.kind == FK_GATHER) return gather_cancel(vm, fu, msg);
    return finish(vm, fut, FUT_CANCELLED, msg, 0);
}

Value future_result(VM *vm, Obj *fut) {
    FutureCore *f = future_core(fut);
    switch (f->state) {
    case FUT_PENDING: return vm_raise(vm, EXC_InvalidStateError, "Result is not set.");
    case FUT_CANCELLED:
        f->flags |= FUTF_RETRIEVED;
        return vm_raise_value(vm, future_cancelled_error(vm, fut));
    default:
        f->flags |= FUTF_RETRIEVED;
        if (f->flags & FUTF_EXCEPTION) return vm_raise_value(vm, f->result);
        return f->result;
    }
}

/* ------------------------------------------------------------------ tasks */

ObjTask *fiber_task(VM *vm, Fiber *f) {
    if (f == &vm->main_fiber) return NULL;
    return (ObjTask *)((char *)f - offsetof(ObjTask, fiber));
}

ObjTask *task_current(VM *vm) { return sched_current(vm); }

/* A task with its first stack chunk inside the same allocation, sized
 * for the coroutine's frame: a sleeping task is one block of memory. */
static ObjTask *task_alloc(VM *vm, ObjClosure *cl) {
    size_t values = FRAME_SLOTS + cl->proto->nregs;
    size_t chunk = sizeof(StackChunk) + values * sizeof(Value);
    size_t size = sizeof(ObjTask) + chunk;
    ObjTask *t = (ObjTask *)vm_alloc_obj(vm, OT_TASK, size);
    t->obj.extra = (uint32_t)size;
    core_init(&t->f);
    fiber_init(&t->fiber);
    t->fiber.chunk_min = 32;
    StackChunk *c = (StackChunk *)(t + 1);
    c->size = (uint32_t)values;
    c->inline_ = 1;
    t->fiber.chunk = c;
    t->closure = cl;
    t->wait_kind = WAIT_START;
    return t;
}

ObjTask *task_from_closure(VM *vm, ObjClosure *cl, bool is_main) {
    ObjTask *t = task_alloc(vm, cl);
    t->is_main = is_main;
    if (!fiber_push_frame(vm, &t->fiber, cl, FRAME_TASKBASE)) return NULL;
    sched_add_task(vm, t);
    return t;
}

Value await_native_trampoline(VM *vm);   /* lib_asyncio.c: `async def _(c): return await c` */

ObjTask *task_new(VM *vm, Value coro, ObjStr *name) {
    if (!IS_A(coro, OT_COROUTINE)) {
        vm_raise(vm, EXC_TypeError, "a coroutine was expected, got %R", coro);
        return NULL;
    }
    ObjCoroutine *co = AS_CORO(coro);
    if (co->obj.extra == CORO_STARTED) {
        vm_raise(vm, EXC_RuntimeError, "cannot reuse already awaited coroutine");
        return NULL;
    }
    if (!co->closure) {   /* an async native: run `return await coro` as the task */
        Value tramp = await_native_trampoline(vm);
        co->obj.extra = CORO_REPORTED;   /* owned by the task now: no "never awaited" */
        Value inner = coro_new(vm, AS_CLOSURE(tramp), V_UNDEF, 1, &coro, NULL);
        if (IS_EXC(inner)) return NULL;
        co = AS_CORO(inner);
    }
    ObjTask *t = task_alloc(vm, co->closure);
    t->name = name;
    if (!coro_push_frame(vm, &t->fiber, co, FRAME_TASKBASE)) return NULL;
    sched_coroutine_started(vm);
    sched_add_task(vm, t);
    sched_wake(vm, t);
    return t;
}

Value ensure_future(VM *vm, Value aw) {
    if (IS_FUTURE_LIKE(aw)) return aw;
    if (IS_A(aw, OT_COROUTINE)) {
        ObjTask *t = task_new(vm, aw, NULL);
        return t ? v_obj(t) : V_EXC;
    }
    return vm_raise(vm, EXC_TypeError, "An asyncio.Future, a coroutine or an awaitable is required");
}

static const ParkHooks *park_hooks(Obj *obj) {
    return ((ObjCData *)obj)->ctype->park;
}

/* asyncio's "cancel what the task awaits"; true if that took effect, in
 * which case the task will be woken with the CancelledError. */
static bool cancel_waiter(VM *vm, ObjTask *t, Value msg) {
    switch ((WaitKind)t->wait_kind) {
    case WAIT_FUTURE: return future_cancel(vm, t->waiter, msg);
    case WAIT_SLEEP:
        t->wait_key = 0;   /* its heap entry is now stale */
        t->wait_kind = WAIT_CANCELLED;
        t->must_cancel = 1;
        t->f.result = msg;
        sched_wake(vm, t);
        return true;
    case WAIT_PARKED:
        park_hooks(t->waiter)->unpark(vm, t->waiter, t);
        t->wait_kind = WAIT_CANCELLED;
        t->must_cancel = 1;
        t->f.result = msg;
        sched_wake(vm, t);
        return true;
    case WAIT_CANCELLED: return true;   /* the first message stands, as in asyncio */
    default: return false;
    }
}

bool task_cancel(VM *vm, ObjTask *t, Value msg) {
    if (t->f.state != FUT_PENDING) return false;
    /* tasks that wait on each other in a cycle pass the cancel round it:
     * RecursionError, as in CPython, instead of a C stack overflow */
    if (!vm_check_stack(vm)) return false;
    if (t->ncancels < TASK_MAX_CANCELS) t->ncancels++;
    if (cancel_waiter(vm, t, msg)) return true;
    t->must_cancel = 1;
    t->f.result = msg;
    return true;
}

/* How the task continues from what it awaited. */
static ResumeMode await_outcome(VM *vm, uint8_t kind, Obj *w, Value stored, Value *v) {
    switch ((WaitKind)kind) {
    case WAIT_START: return RESUME_RUN;
    case WAIT_FUTURE: {
        FutureCore *fc = future_core(w);
        fc->flags |= FUTF_RETRIEVED;
        if (fc->state == FUT_CANCELLED) {
            vm->exc = future_cancelled_error(vm, w);
            return RESUME_THROW;
        }
        if (fc->flags & FUTF_EXCEPTION) {
            vm->exc = fc->result;
            return RESUME_THROW;
        }
        *v = fc->result;
        return RESUME_SEND;
    }
    default:
        *v = stored;   /* sleep's result */
        return RESUME_SEND;
    }
}

/* A pending cancel() turns the outcome into a CancelledError with its
 * message, unless the task is getting one already (from the future it
 * awaited, cancelled by the first of several cancel() calls). */
static ResumeMode resume_mode(VM *vm, ObjTask *t, Value *v) {
    uint8_t kind = t->wait_kind;
    Obj *w = t->waiter;
    t->waiter = NULL;
    t->wait_kind = WAIT_DONE;
    Value stored = t->f.result;   /* sleep's result, or the cancel message */
    t->f.result = V_NONE;
    ResumeMode mode;
    if (kind == WAIT_WOKEN) {
        if (!park_hooks(w)->resume(vm, w, t, stored, t->must_cancel, &mode, v)) return RESUME_PARKED;
    } else {
        mode = await_outcome(vm, kind, w, stored, v);
    }
    if (!t->must_cancel) return mode;
    t->must_cancel = 0;
    if (mode == RESUME_THROW && exc_matches(vm, vm->exc, EXC_CancelledError)) return mode;
    vm->exc = cancelled_error(vm, stored);
    return RESUME_THROW;
}

static void task_finished(VM *vm, ObjTask *t) {
    fiber_release(vm, &t->fiber);
    sched_remove_task(vm, t);
}

/* Run one step of t: resume its fiber until it suspends or ends. Returns
 * an exception that must stop the loop (KeyboardInterrupt, SystemExit), or
 * V_NONE. */
Value task_step(VM *vm, ObjTask *t) {
    if (t->f.state != FUT_PENDING) return V_NONE;
    Value v = V_NONE;
    ResumeMode mode = resume_mode(vm, t, &v);
    if (mode == RESUME_PARKED) return V_NONE;
    ExecStatus st = vm_resume(vm, &t->fiber, mode, &v);
    if (st == EXEC_SUSPEND) {
        if (t->must_cancel) {
            /* a cancel() that came while it ran: pass it to what it now awaits
             * (a sleep keeps must_cancel set: it is woken to raise itself) */
            t->must_cancel = 0;
            if (!cancel_waiter(vm, t, t->f.result)) t->must_cancel = 1;
        }
        return V_NONE;
    }
    task_finished(vm, t);
    if (st == EXEC_DONE) {
        if (t->must_cancel) {
            t->must_cancel = 0;
            finish(vm, (Obj *)t, FUT_CANCELLED, cancelled_error(vm, t->f.result), 0);
        } else {
            finish(vm, (Obj *)t, FUT_DONE, v, 0);
        }
        return V_NONE;
    }
    Value exc = vm->exc;
    vm->exc = V_NONE;
    if (exc_matches(vm, exc, EXC_CancelledError)) {
        finish(vm, (Obj *)t, FUT_CANCELLED, exc, 0);
        return V_NONE;
    }
    finish(vm, (Obj *)t, FUT_DONE, exc, FUTF_EXCEPTION);
    if (exc_matches(vm, exc, EXC_KeyboardInterrupt) || exc_matches(vm, exc, EXC_SystemExit)) {
        t->f.flags |= FUTF_RETRIEVED;
        return exc;
    }
    if (!t->is_main) sched_task_failed(vm, t);
    return V_NONE;
}

/* ------------------------------------------------------------- awaiting */

static AwaitOutcome no_task(VM *vm) {
    vm_raise(vm, EXC_RuntimeError, "await outside of a running task");
    return AWAIT_ERROR;
}

static AwaitOutcome check_can_suspend(VM *vm, Fiber *f, ObjTask **t) {
    *t = fiber_task(vm, f);
    if (!*t) return no_task(vm);
    if (f->nboundary) {
        vm_raise(vm, EXC_RuntimeError, "cannot suspend here: the await is inside a call made from native code");
        return AWAIT_ERROR;
    }
    return AWAIT_SUSPEND;
}

AwaitOutcome task_await_native(VM *vm, Fiber *f, ObjNative *n, int argc, Value *argv, Value *result) {
    NativeAwaitFn fn = (NativeAwaitFn)n->await_fn;
    return fn(vm, f, argc, argv, result);
}

AwaitOutcome task_await_object(VM *vm, Fiber *f, Value aw, Value *result) {
    if (IS_FUTURE_LIKE(aw)) {
        Obj *fut = AS_OBJ(aw);
        FutureCore *fc = future_core(fut);
        if (fc->state != FUT_PENDING) {
            Value r = future_result(vm, fut);
            if (IS_EXC(r)) return AWAIT_ERROR;
            *result = r;
            return AWAIT_READY;
        }
        ObjTask *t;
        if (check_can_suspend(vm, f, &t) == AWAIT_ERROR) return AWAIT_ERROR;
        if (fut == (Obj *)t) {
            vm_raise(vm, EXC_RuntimeError, "Task cannot await on itself: %R", aw);
            return AWAIT_ERROR;
        }
        future_add_callback(vm, fut, v_obj(t));
        t->waiter = fut;
        t->wait_kind = WAIT_FUTURE;
        return AWAIT_SUSPEND;
    }
    if (IS_A(aw, OT_COROUTINE) && AS_CORO(aw)->native) {
        ObjCoroutine *co = AS_CORO(aw);
        if (co->obj.extra == CORO_STARTED) {
            vm_raise(vm, EXC_RuntimeError, "cannot reuse already awaited coroutine");
            return AWAIT_ERROR;
        }
        co->obj.extra = CORO_STARTED;
        return task_await_native(vm, f, co->native, (int)co->nargs, co->args, result);
    }
    vm_raise(vm, EXC_TypeError, "object %T can't be used in 'await' expression", aw);
    return AWAIT_ERROR;
}

/* ------------------------------------------------------------- parking */

void task_repark(VM *vm, ObjTask *t, Obj *obj, uint64_t key, Value stored) {
    (void)vm;
    t->waiter = obj;
    t->wait_key = key;
    t->wait_kind = WAIT_PARKED;
    t->f.result = stored;
}

AwaitOutcome task_park(VM *vm, Fiber *f, Obj *obj, uint64_t key, Value stored) {
    ObjTask *t;
    if (check_can_suspend(vm, f, &t) == AWAIT_ERROR) return AWAIT_ERROR;
    /* a cancel() made while it ran is delivered at once (task_step) */
    task_repark(vm, t, obj, key, t->must_cancel ? t->f.result : stored);
    return AWAIT_SUSPEND;
}

void task_wake_parked(VM *vm, ObjTask *t) {
    t->wait_kind = WAIT_WOKEN;
    sched_wake(vm, t);
}

/* Suspend the running task for `delay` seconds (sleep's await half):
 * a delay <= 0 yields once, a positive one sets a timer. */
static AwaitOutcome sleep_for(VM *vm, Fiber *f, double delay, Value result, bool timer) {
    ObjTask *t;
    if (check_can_suspend(vm, f, &t) == AWAIT_ERROR) return AWAIT_ERROR;
    if (!t->must_cancel) t->f.result = result;   /* else f.result holds the cancel message */
    if (timer) {
        sched_sleep(vm, t, delay);
    } else {
        t->wait_kind = WAIT_READY;
        sched_wake(vm, t);
    }
    return AWAIT_SUSPEND;
}

AwaitOutcome task_sleep(VM *vm, Fiber *f, double delay, Value result) {
    return sleep_for(vm, f, delay, result, delay > 0);
}

/* A timer even for a delay <= 0 (it is due at once). */
AwaitOutcome task_sleep_timer(VM *vm, Fiber *f, double delay, Value result) {
    return sleep_for(vm, f, delay, result, true);
}

/* ------------------------------------------------------------- memory */

size_t task_obj_size(Obj *o) {
    switch ((ObjType)o->type) {
    case OT_COROUTINE: return sizeof(ObjCoroutine) + ((ObjCoroutine *)o)->nargs * sizeof(Value);
    case OT_TASK: return o->extra;
    default: return sizeof(ObjFuture);
    }
}

static void mark_core(VM *vm, FutureCore *f) {
    gc_mark_value(vm, f->result);
    gc_mark_obj(vm, f->callbacks);
}

void task_obj_mark(VM *vm, Obj *o) {
    switch ((ObjType)o->type) {
    case OT_COROUTINE: {
        ObjCoroutine *co = (ObjCoroutine *)o;
        gc_mark_obj(vm, (Obj *)co->closure);
        gc_mark_obj(vm, (Obj *)co->native);
        gc_mark_obj(vm, (Obj *)co->site);
        for (uint32_t i = 0; i < co->nargs; i++) gc_mark_value(vm, co->args[i]);
        break;
    }
    case OT_TASK: {
        ObjTask *t = (ObjTask *)o;
        mark_core(vm, &t->f);
        fiber_mark(vm, &t->fiber);
        gc_mark_obj(vm, (Obj *)t->closure);
        gc_mark_obj(vm, (Obj *)t->name);
        gc_mark_obj(vm, t->waiter);
        break;
    }
    default: {
        ObjFuture *fu = (ObjFuture *)o;
        mark_core(vm, &fu->f);
        gc_mark_value(vm, fu->data);
        break;
    }
    }
}

void task_obj_free(VM *vm, Obj *o) {
    if (o->type == OT_TASK) fiber_release(vm, &((ObjTask *)o)->fiber);
}

/* ---------------------------------------------------------------- repr */

static const char *state_name(FutureCore *f) {
    return f->state == FUT_PENDING ? "pending" : f->state == FUT_CANCELLED ? "cancelled" : "finished";
}

static void add_outcome(VM *vm, StrBuf *b, FutureCore *f) {
    if (f->state != FUT_DONE) return;
    Value r = vm_repr(vm, f->result);
    if (IS_EXC(r)) {
        vm->exc = V_NONE;
        return;
    }
    sb_addf(b, " %s=%S", (f->flags & FUTF_EXCEPTION) ? "exception" : "result", r);
}

ObjStr *task_name(VM *vm, ObjTask *t) {
    if (!t->name) t->name = t->is_main ? str_from_cstr(vm, "MainTask") : str_printf(vm, "Task-%u", t->f.id);
    return t->name;
}

/* How asyncio's format_helpers names a callback: "f() at file:line" for a
 * script function, "name()" otherwise; a waiting task is its wake-up. */
static void add_callback_name(VM *vm, StrBuf *b, Value cb) {
    if (IS_TASK(cb)) {
        sb_adds(b, "Task.task_wakeup()");
    } else if (IS_CLOSURE(cb)) {
        ObjProto *p = AS_CLOSURE(cb)->proto;
        sb_addf(b, "%s() at %s:%u", p->qualname->data, p->filename->data, p->firstline);
    } else {
        Value n = vm_callable_name(vm, cb);
        sb_addf(b, "%s()", IS_STR(n) ? AS_STR(n)->data : "?");
    }
}

/* " cb=[a, <n more>, z]" as _format_callbacks writes it. */
static void add_callbacks(VM *vm, StrBuf *b, FutureCore *f) {
    Value cbs = f->callbacks ? v_obj(f->callbacks) : V_NONE;
    if (IS_NONE(cbs)) return;
    Value *items = &cbs;
    uint32_t n = 1;
    if (IS_LIST(cbs)) {
        items = AS_LIST(cbs)->items;
        n = AS_LIST(cbs)->len;
        if (n == 0) return;
    }
    sb_adds(b, " cb=[");
    add_callback_name(vm, b, items[0]);
    if (n > 2) sb_addf(b, ", <%u more>", n - 2);
    if (n > 1) {
        sb_adds(b, ", ");
        add_callback_name(vm, b, items[n - 1]);
    }
    sb_addc(b, ']');
}

/* The line a pending task's own coroutine is at (its first line before it
 * starts), as asyncio shows it. */
static uint32_t task_line(ObjTask *t) {
    ObjProto *p = t->closure->proto;
    Frame *fr = t->fiber.frame;
    if (t->wait_kind == WAIT_START || !fr) return p->firstline;
    while (fr->prev) fr = fr->prev;
    uint32_t pc = (uint32_t)(fr->ip - fr->closure->proto->code) - 1;
    return pc < p->ncode ? p->lines[pc] : p->firstline;
}

/* What the task awaits, as its wait_for=: a sleep or a queue wait is a
 * future in asyncio. */
static void add_wait_for(VM *vm, StrBuf *b, ObjTask *t) {
    switch ((WaitKind)t->wait_kind) {
    case WAIT_SLEEP: case WAIT_PARKED: sb_adds(b, " wait_for=<Future pending cb=[Task.task_wakeup()]>"); break;
    case WAIT_FIRED: case WAIT_WOKEN: sb_adds(b, " wait_for=<Future finished result=None>"); break;
    case WAIT_CANCELLED: sb_adds(b, " wait_for=<Future cancelled>"); break;
    case WAIT_FUTURE: {
        Value r = task_repr(vm, v_obj(t->waiter));
        if (!IS_EXC(r)) sb_addf(b, " wait_for=%s", AS_STR(r)->data);
        break;
    }
    default: break;
    }
}

Value task_repr(VM *vm, Value v) {
    StrBuf b;
    sb_init(&b, vm);
    Obj *o = AS_OBJ(v);
    if (o->type == OT_COROUTINE) {
        ObjCoroutine *co = (ObjCoroutine *)o;
        const char *name = co->closure ? co->closure->proto->qualname->data : co->native->name->data;
        sb_addf(&b, "<coroutine object %s at %p>", name, (void *)o);
    } else if (o->type == OT_TASK) {
        ObjTask *t = (ObjTask *)o;
        ObjProto *p = t->closure->proto;
        const char *state = t->must_cancel && t->f.state == FUT_PENDING ? "cancelling" : state_name(&t->f);
        sb_addf(&b, "<Task %s name=%R coro=<%s() ", state, v_obj(task_name(vm, t)), p->qualname->data);
        if (t->f.state == FUT_PENDING) sb_addf(&b, "running at %s:%u>", p->filename->data, task_line(t));
        else sb_addf(&b, "done, defined at %s:%u>", p->filename->data, p->firstline);
        if (t->f.state == FUT_PENDING) add_wait_for(vm, &b, t);
        add_outcome(vm, &b, &t->f);
        add_callbacks(vm, &b, &t->f);
        sb_addc(&b, '>');
    } else {
        ObjFuture *fu = (ObjFuture *)o;
        sb_addf(&b, "<Future %s", state_name(&fu->f));
        add_outcome(vm, &b, &fu->f);
        add_callbacks(vm, &b, &fu->f);
        sb_addc(&b, '>');
    }
    return v_obj(sb_finish(&b));
}
