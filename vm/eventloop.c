/* eventloop.c - the event loop: ready queue, timer heap, libuv, task table,
 * running the main program, and the reports made at collection time.
 *
 * The ready queue is a ring of (what, argument) entries: a task step, a
 * fired timer, a callback. Timers live in our own binary heap of 16-byte
 * entries ordered by one key, (deadline in ms) << 24 | sequence number,
 * driven by a single uv_timer_t, so a million sleeping tasks cost one heap
 * entry each and equal deadlines fire in the order they were set. Cancelling
 * a sleep leaves a stale heap entry behind (the task's wait_key no longer
 * matches) instead of searching the heap.
 *
 * Tasks and callbacks never run inside uv_run: libuv only wakes us up.
 * A uv_async_t lets a signal handler interrupt a loop blocked in poll. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uv.h>

#include "eventloop.h"

typedef enum EntryKind { E_STEP, E_FIRE, E_CALL, E_HANDLE } EntryKind;

typedef struct ReadyEntry {
    Obj *obj;        /* a task, a callable or a handle */
    uintptr_t arg;   /* E_CALL: the argument (Obj*, may be NULL) */
    uint32_t kind;
} ReadyEntry;

/* How the ring stores an entry: one word, the kind in the low bits of the
 * (at least 8-byte aligned) object pointer, then a second word for kinds
 * with an argument. A million tasks started at once are a million words. */
static bool kind_has_arg(uintptr_t kind) { return kind == E_CALL; }

typedef struct TimerEntry {
    uint64_t key;        /* deadline (ms of uv_hrtime()) << SEQ_BITS | sequence number */
    Obj *target;         /* a sleeping task, or a call_later handle */
} TimerEntry;

#ifndef SEQ_BITS
#define SEQ_BITS 24   /* overridable to test renumbering */
#endif
#define SEQ_MASK ((1u << SEQ_BITS) - 1)
#define MAX_DEADLINE_MS ((UINT64_C(1) << (64 - SEQ_BITS)) - 1)

/* The payload of a TimerHandle (call_soon / call_later). */
typedef struct HandleData {
    Value fn;
    ObjTuple *args;
    double when;
    bool cancelled;
} HandleData;

typedef struct Scheduler {
    uv_loop_t *loop;
    uv_loop_t own_loop;
    uv_timer_t timer;
    uv_async_t wakeup;
    bool handles_open;
    uintptr_t *ring;
    uint32_t head, words, cap;   /* in words; cap a power of two */
    uint32_t count;              /* entries */
    TimerEntry *heap;
    uint32_t nheap, capheap;
    uint32_t seq;             /* of the last timer set, below 1 << SEQ_BITS */
    ObjTask **tasks;          /* pending tasks, for all_tasks() and shutdown */
    uint32_t ntasks, captasks;
    uint32_t next_id;
    ObjTask *current;
    ObjTask *main_task;
    int running;              /* nesting of run_until */
    int nested_runs;          /* run() calls under way (the top level waits in C) */
    ObjArray failed;          /* tasks that failed: report if never retrieved */
    ObjArray fresh;           /* coroutines not started yet: report if never awaited */
    ObjArray to_report;       /* found by the collector, printed after it */
    ObjClass *handle_class;
    ObjDict *warned;          /* warnings already shown (Python shows each text once per line) */
} Scheduler;

static Scheduler *S(VM *vm) { return vm->sched; }

/* ---------------------------------------------------------- ready queue */

static void ring_grow(VM *vm, uint32_t need) {
    Scheduler *s = S(vm);
    if (need <= s->cap) return;
    uint32_t ncap = s->cap ? s->cap : 256;
    while (ncap < need) ncap *= 2;
    uintptr_t *n = vm_alloc_raw(vm, ncap * sizeof *n);
    for (uint32_t i = 0; i < s->words; i++) n[i] = s->ring[(s->head + i) & (s->cap - 1)];
    vm_free_raw(vm, s->ring, s->cap * sizeof *n);
    s->ring = n;
    s->cap = ncap;
    s->head = 0;
}

static void ring_put(Scheduler *s, uintptr_t word) { s->ring[(s->head + s->words++) & (s->cap - 1)] = word; }

static void ring_push(VM *vm, Obj *obj, uintptr_t arg, EntryKind kind) {
    Scheduler *s = S(vm);
    if (s->words + 2 > s->cap) ring_grow(vm, s->cap ? s->cap * 2 : 256);
    ring_put(s, (uintptr_t)obj | (uintptr_t)kind);
    if (kind_has_arg(kind)) ring_put(s, arg);
    s->count++;
}

static uintptr_t ring_take(Scheduler *s) {
    uintptr_t word = s->ring[s->head];
    s->head = (s->head + 1) & (s->cap - 1);
    s->words--;
    return word;
}

static ReadyEntry ring_pop(Scheduler *s) {
    uintptr_t word = ring_take(s);
    ReadyEntry e = {(Obj *)(word & ~(uintptr_t)7), 0, (uint32_t)(word & 7)};
    if (kind_has_arg(e.kind)) e.arg = ring_take(s);
    s->count--;
    return e;
}

void sched_wake(VM *vm, ObjTask *t) { ring_push(vm, (Obj *)t, 0, E_STEP); }

void sched_call_soon(VM *vm, Value fn, Value arg) {
    if (!IS_OBJ(fn)) {   /* not callable (add_done_callback(5)): fails when it runs, as in asyncio */
        sched_call_later(vm, 0, fn, tuple_from(vm, &arg, 1), true);
        return;
    }
    ring_push(vm, AS_OBJ(fn), IS_OBJ(arg) ? (uintptr_t)AS_OBJ(arg) : 0, E_CALL);
}

/* ---------------------------------------------------------------- timers */

static bool timer_before(const TimerEntry *a, const TimerEntry *b) { return a->key < b->key; }

static void heap_push(VM *vm, TimerEntry e) {
    Scheduler *s = S(vm);
    if (s->nheap == s->capheap) {
        uint32_t ncap = s->capheap ? s->capheap * 2 : 64;
        s->heap = vm_realloc_raw(vm, s->heap, s->capheap * sizeof e, ncap * sizeof e);
        s->capheap = ncap;
    }
    uint32_t i = s->nheap++;
    while (i > 0) {
        uint32_t parent = (i - 1) / 2;
        if (!timer_before(&e, &s->heap[parent])) break;
        s->heap[i] = s->heap[parent];
        i = parent;
    }
    s->heap[i] = e;
}

static TimerEntry heap_pop(Scheduler *s) {
    TimerEntry top = s->heap[0];
    TimerEntry last = s->heap[--s->nheap];
    uint32_t i = 0, n = s->nheap;
    for (;;) {
        uint32_t c = 2 * i + 1;
        if (c >= n) break;
        if (c + 1 < n && timer_before(&s->heap[c + 1], &s->heap[c])) c++;
        if (!timer_before(&s->heap[c], &last)) break;
        s->heap[i] = s->heap[c];
        i = c;
    }
    if (n) s->heap[i] = last;
    return top;
}

static int compare_keys(const void *a, const void *b) {
    uint64_t x = ((const TimerEntry *)a)->key, y = ((const TimerEntry *)b)->key;
    return x < y ? -1 : x > y;
}

static bool timer_live(const TimerEntry *e) {
    if (e->target->type == OT_TASK) return ((ObjTask *)e->target)->wait_key == e->key;
    return !((HandleData *)((ObjCData *)e->target)->payload)->cancelled;
}

/* The sequence numbers ran out: drop stale entries, then number the
 * pending timers again from 1 in their current order (a sorted array is a
 * valid heap), sleeping tasks' wait_keys along with them. */
static void renumber_timers(Scheduler *s) {
    uint32_t n = 0;
    for (uint32_t i = 0; i < s->nheap; i++)
        if (timer_live(&s->heap[i])) s->heap[n++] = s->heap[i];
    s->nheap = n;
    if (n > 1) qsort(s->heap, n, sizeof *s->heap, compare_keys);
    for (uint32_t i = 0; i < n; i++) {
        TimerEntry *e = &s->heap[i];
        e->key = (e->key & ~(uint64_t)SEQ_MASK) | (i + 1);
        if (e->target->type == OT_TASK) ((ObjTask *)e->target)->wait_key = e->key;
    }
    s->seq = n;
}

/* The key of a timer due after `delay` seconds: millisecond resolution, as
 * libuv's; a positive delay is at least 1 ms and counts from the next whole
 * millisecond, so no timer fires early. */
static uint64_t timer_key(Scheduler *s, double delay) {
    uint64_t now = uv_hrtime();
    uint64_t due = now / 1000000;
    if (delay > 0) {
        double ms = ceil(delay * 1000.0);
        due = (now + 999999) / 1000000 + (ms > 1e12 ? (uint64_t)1e12 : (uint64_t)ms);
    }
    if (due > MAX_DEADLINE_MS) due = MAX_DEADLINE_MS;
    if (s->seq == SEQ_MASK && s->nheap < SEQ_MASK / 2) renumber_timers(s);
    s->seq = (s->seq + 1) & SEQ_MASK;
    return due << SEQ_BITS | s->seq;
}

static uint64_t key_deadline_ns(uint64_t key) { return (key >> SEQ_BITS) * 1000000; }

void sched_sleep(VM *vm, ObjTask *t, double delay) {
    Scheduler *s = S(vm);
    TimerEntry e = {timer_key(s, delay), (Obj *)t};
    t->wait_key = e.key;
    t->wait_kind = WAIT_SLEEP;
    heap_push(vm, e);
}

double sched_time(VM *vm) {
    (void)vm;
    return (double)uv_hrtime() / 1e9;
}

/* Due timers become ready entries, in deadline order. */
static void move_due_timers(VM *vm) {
    Scheduler *s = S(vm);
    if (!s->nheap) return;
    uint64_t now = uv_hrtime();
    while (s->nheap && key_deadline_ns(s->heap[0].key) <= now) {
        TimerEntry e = heap_pop(s);
        if (timer_live(&e)) ring_push(vm, e.target, 0, e.target->type == OT_TASK ? E_FIRE : E_HANDLE);
    }
}

static void on_timer(uv_timer_t *t) { (void)t; }   /* it only ends the poll */

static void on_wakeup(uv_async_t *a) { (void)a; }  /* likewise, for signals */

/* Arm the uv timer for the earliest deadline. Returns false when that
 * deadline has already passed (then the poll must not block). */
static bool arm_timer(Scheduler *s) {
    if (!s->nheap) {
        uv_timer_stop(&s->timer);
        return true;
    }
    uint64_t now = uv_hrtime(), due = key_deadline_ns(s->heap[0].key);
    if (due <= now) return false;
    uint64_t ms = (due - now + 999999) / 1000000;
    uv_update_time(s->loop);   /* libuv counts from its cached clock */
    uv_timer_start(&s->timer, on_timer, ms, 0);
    return true;
}

/* ------------------------------------------------------------ handles */

static void handle_mark(VM *vm, void *payload) {
    HandleData *h = payload;
    gc_mark_value(vm, h->fn);
    gc_mark_obj(vm, (Obj *)h->args);
}

static const CDataType handle_type = {"TimerHandle", handle_mark, NULL, NULL};

static HandleData *handle_data(Value v) { return (HandleData *)((ObjCData *)AS_OBJ(v))->payload; }

static Value handle_cancel(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)vm, (void)argc, (void)kw;
    handle_data(argv[0])->cancelled = true;
    return V_NONE;
}

static Value handle_cancelled(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)vm, (void)argc, (void)kw;
    return v_bool(handle_data(argv[0])->cancelled);
}

static Value handle_when(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)vm, (void)argc, (void)kw;
    return v_float(handle_data(argv[0])->when);
}

Value sched_call_later(VM *vm, double delay, Value fn, ObjTuple *args, bool soon) {
    Scheduler *s = S(vm);
    ObjCData *c = (ObjCData *)vm_alloc_obj(vm, OT_CDATA, sizeof(ObjCData) + sizeof(HandleData));
    c->obj.extra = sizeof(HandleData);
    c->cls = s->handle_class;
    c->ctype = &handle_type;
    HandleData *h = (HandleData *)c->payload;
    h->fn = fn;
    h->args = args ? args : vm->empty_tuple;
    h->when = sched_time(vm) + (soon ? 0 : delay);
    if (soon) ring_push(vm, (Obj *)c, 0, E_HANDLE);
    else heap_push(vm, (TimerEntry){timer_key(s, delay), (Obj *)c});
    return v_obj(c);
}

/* ------------------------------------------------------------ task table */

void sched_add_task(VM *vm, ObjTask *t) {
    Scheduler *s = S(vm);
    if (s->ntasks == s->captasks) {
        uint32_t ncap = s->captasks ? s->captasks * 2 : 64;
        s->tasks = vm_realloc_raw(vm, s->tasks, s->captasks * sizeof(ObjTask *), ncap * sizeof(ObjTask *));
        s->captasks = ncap;
    }
    t->all_index = s->ntasks;
    s->tasks[s->ntasks++] = t;
    if (!t->is_main) t->f.id = ++s->next_id;
}

void sched_remove_task(VM *vm, ObjTask *t) {
    Scheduler *s = S(vm);
    uint32_t i = t->all_index;
    if (i >= s->ntasks || s->tasks[i] != t) return;
    s->tasks[i] = s->tasks[--s->ntasks];
    s->tasks[i]->all_index = i;
}

/* The tasks all_tasks() shows: the top level's own task only while it is
 * the loop's main task, not while it waits in C for a run() to finish. */
ObjList *sched_all_tasks(VM *vm) {
    Scheduler *s = S(vm);
    ObjList *l = list_new(vm, s->ntasks);
    for (uint32_t i = 0; i < s->ntasks; i++)
        if (!s->tasks[i]->is_main || s->nested_runs == 0) list_append(vm, l, v_obj(s->tasks[i]));
    return l;
}

bool sched_running(VM *vm) { return S(vm)->running > 0; }

ObjTask *sched_current(VM *vm) { return fiber_task(vm, vm->fiber); }

static void objarray_add(VM *vm, ObjArray *a, Obj *o) {
    if (a->len == a->cap) {
        size_t ncap = a->cap ? a->cap * 2 : 16;
        a->items = vm_realloc_raw(vm, a->items, a->cap * sizeof(Obj *), ncap * sizeof(Obj *));
        a->cap = ncap;
    }
    a->items[a->len++] = o;
}

/* Watched objects may move to to_report during a collection, which must
 * not allocate: keep room for all of them. */
static void keep_report_room(VM *vm) {
    Scheduler *s = S(vm);
    size_t need = s->to_report.len + s->failed.len + s->fresh.len;
    if (s->to_report.cap < need) {
        size_t ncap = need * 2;
        s->to_report.items = vm_realloc_raw(vm, s->to_report.items, s->to_report.cap * sizeof(Obj *),
                                            ncap * sizeof(Obj *));
        s->to_report.cap = ncap;
    }
}

static void watch(VM *vm, ObjArray *list, Obj *o) {
    objarray_add(vm, list, o);
    keep_report_room(vm);
}

void sched_task_failed(VM *vm, ObjTask *t) { watch(vm, &S(vm)->failed, (Obj *)t); }

void sched_coroutine_created(VM *vm, Obj *co) { watch(vm, &S(vm)->fresh, co); }

/* create_task(f()) starts the coroutine made just before: stop watching the
 * newest ones once started, so a million tasks leave no million entries. */
void sched_coroutine_started(VM *vm) {
    ObjArray *fresh = &S(vm)->fresh;
    while (fresh->len && fresh->items[fresh->len - 1]->extra != CORO_CREATED) fresh->len--;
}

/* ------------------------------------------------------------ reporting */

static void write_err(VM *vm, ObjStr *s) { vm_write_err(vm, s->data, s->len); }

static void err_adapter(void *ud, const char *s, size_t n) { vm_write_err((VM *)ud, s, n); }

static void report_task(VM *vm, ObjTask *t, const char *message, const char *label) {
    t->f.flags |= FUTF_RETRIEVED;
    Value r = task_repr(vm, v_obj(t));
    if (IS_EXC(r)) {
        vm->exc = V_NONE;
        return;
    }
    write_err(vm, str_printf(vm, "%s\n%s: %S\n", message, label, r));
    exc_print(vm, t->f.result, err_adapter, vm);
}

static void report_coroutine(VM *vm, ObjCoroutine *co) {
    co->obj.extra = CORO_REPORTED;
    const char *name = co->closure ? co->closure->proto->qualname->data : co->native->name->data;
    const char *dot = strrchr(name, '.');
    if (co->native && dot) name = dot + 1;
    if (co->site) {
        uint32_t line = co->site_pc < co->site->ncode ? co->site->lines[co->site_pc] : co->site->firstline;
        ObjStr *warning = str_printf(vm, "%s:%u: RuntimeWarning: coroutine '%s' was never awaited\n",
                                     co->site->filename->data, line, name);
        Scheduler *s = S(vm);
        if (!s->warned) s->warned = dict_new(vm);
        ObjStr *key = str_intern_obj(vm, warning);
        Value seen;
        if (dict_get_str(&s->warned->d, key, &seen)) return;
        dict_set_str(vm, &s->warned->d, key, V_TRUE);
        write_err(vm, warning);
        size_t n;
        const char *text = source_line(co->site->source, line, &n);   /* as the warnings module shows it */
        if (text && n) write_err(vm, str_printf(vm, "  %s\n", str_new(vm, text, n)->data));
    } else {
        write_err(vm, str_printf(vm, "RuntimeWarning: coroutine '%s' was never awaited\n", name));
    }
}

static bool unretrieved_failure(ObjTask *t) {
    return t->f.state == FUT_DONE && (t->f.flags & FUTF_EXCEPTION) && !(t->f.flags & FUTF_RETRIEVED);
}

static void report_object(VM *vm, Obj *o) {
    if (o->type == OT_TASK) {
        ObjTask *t = (ObjTask *)o;
        if (unretrieved_failure(t)) report_task(vm, t, "Task exception was never retrieved", "future");
    } else if (o->type == OT_COROUTINE && o->extra == CORO_CREATED) {
        report_coroutine(vm, (ObjCoroutine *)o);
    }
}

/* Everything still worth reporting when the program ends. */
static void report_all(VM *vm) {
    Scheduler *s = S(vm);
    for (size_t i = 0; i < s->to_report.len; i++) report_object(vm, s->to_report.items[i]);
    s->to_report.len = 0;
    for (size_t i = 0; i < s->failed.len; i++) report_object(vm, s->failed.items[i]);
    s->failed.len = 0;
    for (size_t i = 0; i < s->fresh.len; i++) report_object(vm, s->fresh.items[i]);
    s->fresh.len = 0;
}

/* --------------------------------------------------------- running steps */

static Value call_logged(VM *vm, Value fn, int argc, Value *argv) {
    Value r = vm_call(vm, fn, argc, argv);
    if (!IS_EXC(r)) return V_NONE;
    Value exc = vm->exc;
    vm->exc = V_NONE;
    if (exc_matches(vm, exc, EXC_KeyboardInterrupt) || exc_matches(vm, exc, EXC_SystemExit)) return exc;
    Value fr = vm_repr(vm, fn);
    if (IS_EXC(fr)) {
        vm->exc = V_NONE;
        fr = v_obj(str_from_cstr(vm, "?"));
    }
    write_err(vm, str_printf(vm, "Exception in callback %S\n", fr));
    exc_print(vm, exc, err_adapter, vm);
    return V_NONE;
}

Value task_step(VM *vm, ObjTask *t);   /* future.c */

static Value run_entry(VM *vm, ReadyEntry e) {
    switch ((EntryKind)e.kind) {
    case E_STEP: return task_step(vm, (ObjTask *)e.obj);
    case E_FIRE: {
        ObjTask *t = (ObjTask *)e.obj;
        /* still asleep: not cancelled since the timer was taken off the heap
         * (a cancel would have queued its wake-up after this entry) */
        if (t->wait_kind == WAIT_SLEEP) {
            t->wait_kind = WAIT_FIRED;
            sched_wake(vm, t);
        }
        return V_NONE;
    }
    case E_CALL: {
        Value arg = e.arg ? v_obj((Obj *)e.arg) : V_NONE;
        return call_logged(vm, v_obj(e.obj), e.arg ? 1 : 0, &arg);
    }
    case E_HANDLE: {
        HandleData *h = (HandleData *)((ObjCData *)e.obj)->payload;
        if (h->cancelled) return V_NONE;
        h->cancelled = true;   /* a handle runs once */
        return call_logged(vm, h->fn, (int)h->args->len, h->args->items);
    }
    }
    return V_NONE;
}

/* The libuv loop is made the first time the scheduler must wait: a
 * program that never sleeps never starts one (libuv allocates with malloc,
 * outside the VM's allocator: a few blocks per loop). */
static void open_loop(Scheduler *s) {
    if (s->handles_open) return;
    uv_loop_init(&s->own_loop);
    s->loop = &s->own_loop;
    uv_timer_init(s->loop, &s->timer);
    uv_async_init(s->loop, &s->wakeup, on_wakeup);
    uv_unref((uv_handle_t *)&s->timer);
    uv_unref((uv_handle_t *)&s->wakeup);
    s->handles_open = true;
}

/* One loop iteration: poll (waiting, if nothing is ready and may_block),
 * then run what was ready when it began. */
static Value run_iteration(VM *vm, bool may_block) {
    Scheduler *s = S(vm);
    move_due_timers(vm);
    if (s->count == 0 && may_block) open_loop(s);   /* about to wait */
    bool block = s->count == 0 && may_block && arm_timer(s);
    if (block) {
        /* the wake-up handle keeps an idle loop waiting for Ctrl-C, as asyncio does */
        uv_ref((uv_handle_t *)&s->wakeup);
        uv_run(s->loop, UV_RUN_ONCE);
        uv_unref((uv_handle_t *)&s->wakeup);
    } else if (s->handles_open && uv_loop_alive(s->loop)) {
        uv_run(s->loop, UV_RUN_NOWAIT);   /* only when some I/O could be waiting */
    }
    move_due_timers(vm);
    uint32_t n = s->count;
    size_t mark = vm->temps.len;
    for (uint32_t i = 0; i < n; i++) {
        ReadyEntry e = ring_pop(s);
        vm_protect(vm, e.obj);
        if (e.kind == E_CALL && e.arg) vm_protect(vm, (Obj *)e.arg);
        Value fatal = run_entry(vm, e);
        vm->temps.len = mark;
        if (!IS_NONE(fatal)) return fatal;
    }
    return V_NONE;
}

static Value run_once(VM *vm) { return run_iteration(vm, true); }

static bool task_done(ObjTask *t) { return t->f.state != FUT_PENDING; }

/* A cancel the loop itself makes (Ctrl-C, shutdown) has no caller to raise
 * into: an error (RecursionError from tasks that wait on each other in a
 * cycle) goes to stderr. */
static void cancel_logged(VM *vm, ObjTask *t) {
    task_cancel(vm, t, V_NONE);
    if (IS_NONE(vm->exc)) return;
    write_err(vm, str_printf(vm, "Exception while cancelling a task:\n"));
    exc_print(vm, vm->exc, err_adapter, vm);
    vm->exc = V_NONE;
}

/* Drive the loop until `target` is done. A Ctrl-C that arrives while the
 * loop is idle cancels the target, then raises KeyboardInterrupt once it
 * has finished (asyncio.run's behaviour). */
static Value run_until(VM *vm, ObjTask *target) {
    Scheduler *s = S(vm);
    bool interrupted = false;
    s->running++;
    Value fatal = V_NONE;
    while (!task_done(target)) {
        if (vm->interrupt && !interrupted) {
            vm->interrupt = 0;
            interrupted = true;
            cancel_logged(vm, target);
        }
        fatal = run_once(vm);
        if (!IS_NONE(fatal)) break;
    }
    /* asyncio stops the loop from a done-callback of the target, so what
     * was queued by then still runs: one more iteration, without waiting */
    if (IS_NONE(fatal) && !interrupted) fatal = run_iteration(vm, false);
    s->running--;
    if (IS_NONE(fatal) && interrupted)
        fatal = exc_new(vm, vm->exc_classes[EXC_KeyboardInterrupt], NULL);
    return fatal;
}

/* asyncio.run's ending: cancel every task left, let them finish (their
 * finally blocks run), report the ones that failed doing so. */
/* Nothing is ready, no timer is set and no I/O is open: no task can ever
 * run again. At shutdown that ends the wait (a task left waiting on a
 * future nobody completes would otherwise hang the exit). */
static bool stuck(Scheduler *s) {
    return s->count == 0 && s->nheap == 0 && !(s->handles_open && uv_loop_alive(s->loop));
}

static int compare_ids(const void *a, const void *b) {
    uint32_t x = AS_TASK(*(const Value *)a)->f.id, y = AS_TASK(*(const Value *)b)->f.id;
    return x < y ? -1 : x > y;
}

static void sort_by_creation(ObjList *tasks) {
    if (tasks->len > 1) qsort(tasks->items, tasks->len, sizeof(Value), compare_ids);
}

static Value cancel_remaining(VM *vm, ObjTask *except, bool with_main) {
    Scheduler *s = S(vm);
    ObjList *left = list_new(vm, s->ntasks);
    for (uint32_t i = 0; i < s->ntasks; i++) {
        ObjTask *t = s->tasks[i];
        if (t != except && (!t->is_main || with_main) && !task_done(t)) list_append(vm, left, v_obj(t));
    }
    sort_by_creation(left);   /* CPython's set of tasks yields them so, as a rule */
    for (uint32_t i = 0; i < left->len; i++) cancel_logged(vm, AS_TASK(left->items[i]));
    s->running++;
    Value fatal = V_NONE;
    for (uint32_t i = 0; i < left->len && IS_NONE(fatal) && !stuck(s); i++)
        while (!task_done(AS_TASK(left->items[i])) && IS_NONE(fatal) && !stuck(s)) fatal = run_once(vm);
    s->running--;
    for (uint32_t i = 0; i < left->len; i++) {
        ObjTask *t = AS_TASK(left->items[i]);
        if (unretrieved_failure(t))
            report_task(vm, t, "unhandled exception during asyncio.run() shutdown", "task");
    }
    return fatal;
}

/* After the loop stopped for SystemExit or KeyboardInterrupt, asyncio.run
 * still cancels what is left, the task it ran included, before it re-raises. */
static Value finish_run(VM *vm, ObjTask *t, Value fatal, bool top_level) {
    if (!IS_NONE(fatal)) {
        cancel_remaining(vm, NULL, top_level);
        return fatal;
    }
    return cancel_remaining(vm, t, false);
}

Value sched_run(VM *vm, ObjTask *t) {
    Scheduler *s = S(vm);
    s->nested_runs++;
    Value fatal = finish_run(vm, t, run_until(vm, t), false);
    s->nested_runs--;
    if (!IS_NONE(fatal)) return vm_raise_value(vm, fatal);
    return future_result(vm, (Obj *)t);
}

Value sched_run_main(VM *vm, ObjClosure *main) {
    Scheduler *s = S(vm);
    s->running = s->nested_runs = 0;   /* a MemoryError may have unwound the last run mid-way */
    ObjTask *t = task_from_closure(vm, main, true);
    if (!t) return V_EXC;
    s->main_task = t;
    vm_protect(vm, (Obj *)t);
    Value fatal = task_step(vm, t);   /* the top level runs now, synchronously */
    if (IS_NONE(fatal)) fatal = run_until(vm, t);
    fatal = finish_run(vm, t, fatal, true);
    report_all(vm);
    s->main_task = NULL;
    if (!IS_NONE(fatal)) {
        vm->exc = fatal;
        return V_EXC;
    }
    if ((t->f.flags & FUTF_EXCEPTION) || t->f.state == FUT_CANCELLED) {
        vm->exc = t->f.state == FUT_CANCELLED ? future_cancelled_error(vm, (Obj *)t) : t->f.result;
        return V_EXC;
    }
    return V_NONE;
}

void sched_interrupt(VM *vm) {
    Scheduler *s = S(vm);
    if (s && s->handles_open) uv_async_send(&s->wakeup);
}

/* -------------------------------------------------------- the collector */

void sched_mark(VM *vm) {
    Scheduler *s = S(vm);
    if (!s) return;
    for (uint32_t i = 0; i < s->words; i++) {
        uintptr_t word = s->ring[(s->head + i) & (s->cap - 1)];
        gc_mark_root(vm, (Obj *)(word & ~(uintptr_t)7));
        if (!kind_has_arg(word & 7)) continue;
        uintptr_t arg = s->ring[(s->head + ++i) & (s->cap - 1)];
        if ((word & 7) == E_CALL && arg) gc_mark_root(vm, (Obj *)arg);
    }
    for (uint32_t i = 0; i < s->nheap; i++) gc_mark_root(vm, s->heap[i].target);
    for (uint32_t i = 0; i < s->ntasks; i++) gc_mark_root(vm, (Obj *)s->tasks[i]);
    for (size_t i = 0; i < s->to_report.len; i++) gc_mark_obj(vm, s->to_report.items[i]);
    gc_mark_obj(vm, (Obj *)s->handle_class);
    gc_mark_obj(vm, (Obj *)s->warned);
    gc_mark_obj(vm, (Obj *)s->main_task);
}

/* Before the sweep: objects that are about to die but must be reported
 * first are kept (marked) one more cycle and queued for reporting; entries
 * that no longer need watching are dropped. Returns true if it marked. */
static bool rescue(VM *vm, ObjArray *watch, bool (*needs_report)(Obj *)) {
    Scheduler *s = S(vm);
    bool marked = false;
    size_t w = 0;
    for (size_t i = 0; i < watch->len; i++) {
        Obj *o = watch->items[i];
        if (!needs_report(o)) continue;
        if (o->marked) {
            watch->items[w++] = o;
            continue;
        }
        gc_mark_obj(vm, o);
        s->to_report.items[s->to_report.len++] = o;   /* room kept by watch() */
        marked = true;
    }
    watch->len = w;
    return marked;
}

static bool failed_needs_report(Obj *o) { return unretrieved_failure((ObjTask *)o); }

static bool fresh_needs_report(Obj *o) { return o->extra == CORO_CREATED; }

void sched_before_sweep(VM *vm) {
    Scheduler *s = S(vm);
    if (!s) return;
    rescue(vm, &s->failed, failed_needs_report);
    rescue(vm, &s->fresh, fresh_needs_report);
}

void sched_after_collect(VM *vm) {
    Scheduler *s = S(vm);
    if (!s || !s->to_report.len || vm->in_gc) return;
    ObjArray pending = s->to_report;
    s->to_report = (ObjArray){0};
    for (size_t i = 0; i < pending.len; i++) report_object(vm, pending.items[i]);
    if (s->to_report.cap == 0) {   /* nothing new queued: keep the buffer */
        s->to_report = pending;
        s->to_report.len = 0;
    } else {
        vm_free_raw(vm, pending.items, pending.cap * sizeof(Obj *));
    }
    keep_report_room(vm);
}

/* ------------------------------------------------------------ lifecycle */

void sched_init(VM *vm) {
    Scheduler *s = vm_alloc_raw(vm, sizeof *s);
    memset(s, 0, sizeof *s);
    vm->sched = s;
    ObjClass *hc = class_new(vm, str_intern(vm, "TimerHandle", 11), vm->classes[CLS_object], NULL);
    hc->cflags |= CLASS_BUILTIN | CLASS_ABSTRACT;
    class_add_native(vm, hc, "cancel", handle_cancel, 1, 1, 0);
    class_add_native(vm, hc, "cancelled", handle_cancelled, 1, 1, 0);
    class_add_native(vm, hc, "when", handle_when, 1, 1, 0);
    s->handle_class = hc;
}

static void close_walk(uv_handle_t *h, void *arg) {
    (void)arg;
    if (!uv_is_closing(h)) uv_close(h, NULL);
}

void sched_free(VM *vm) {
    Scheduler *s = S(vm);
    if (!s) return;
    if (s->handles_open) {
        uv_walk(s->loop, close_walk, NULL);
        uv_run(s->loop, UV_RUN_DEFAULT);
        uv_loop_close(s->loop);
        s->handles_open = false;
    }
    vm_free_raw(vm, s->ring, s->cap * sizeof(uintptr_t));
    vm_free_raw(vm, s->heap, s->capheap * sizeof(TimerEntry));
    vm_free_raw(vm, s->tasks, s->captasks * sizeof(ObjTask *));
    vm_free_raw(vm, s->failed.items, s->failed.cap * sizeof(Obj *));
    vm_free_raw(vm, s->fresh.items, s->fresh.cap * sizeof(Obj *));
    vm_free_raw(vm, s->to_report.items, s->to_report.cap * sizeof(Obj *));
    vm_free_raw(vm, s, sizeof *s);
    vm->sched = NULL;
}
