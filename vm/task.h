/* task.h - coroutines, futures, tasks, and the scheduler they run on.
 *
 * A coroutine object is an async function plus its already-bound
 * arguments, not started. Awaiting it pushes its frame on the awaiting
 * fiber: no trip through the scheduler. A task gives a coroutine a fiber of
 * its own and runs it in steps from the scheduler's ready queue; between
 * steps a suspended task is its frames and nothing more (no C stack).
 * Only leaf awaitables suspend a fiber: a pending future or task, a sleep.
 *
 * Futures and tasks share FutureCore and follow asyncio's rules exactly:
 * completing a future schedules each done-callback as its own ready-queue
 * entry (a waiting task's wake-up is such an entry), so the number of loop
 * iterations things take matches CPython's. */
#ifndef ASTER_TASK_H
#define ASTER_TASK_H

#include "vm.h"

/* ------------------------------------------------------------ coroutines */

typedef enum CoroState {
    CORO_CREATED,   /* not started */
    CORO_STARTED,   /* awaited, or running as a task */
    CORO_REPORTED   /* never awaited, and already reported */
} CoroState;

/* An async native's await half: run in the awaiting task, it either has
 * the value now (AWAIT_READY, *result) or arranges for the task to be woken
 * and returns AWAIT_SUSPEND. */
typedef enum AwaitOutcome { AWAIT_READY, AWAIT_SUSPEND, AWAIT_ERROR } AwaitOutcome;
typedef AwaitOutcome (*NativeAwaitFn)(VM *vm, Fiber *f, int argc, Value *argv, Value *result);

typedef struct ObjCoroutine {
    Obj obj;                 /* obj.extra: CoroState */
    ObjClosure *closure;     /* an async def ... */
    ObjNative *native;       /* ... or an async native (closure NULL) */
    ObjProto *site;          /* where it was created, for "never awaited" */
    uint32_t site_pc;
    uint32_t nargs;
    Value args[];            /* bound parameter registers, or the native's arguments */
} ObjCoroutine;

#define AS_CORO(v) ((ObjCoroutine *)AS_OBJ(v))

Value coro_new(VM *vm, ObjClosure *cl, Value self, int argc, Value *argv, ObjTuple *kwnames);
Value coro_new_native(VM *vm, ObjNative *n, int argc, Value *argv);
/* Push the coroutine's first frame on f (NULL, exception pending, on error). */
Frame *coro_push_frame(VM *vm, Fiber *f, ObjCoroutine *co, uint32_t flags);

/* ------------------------------------------------------------- futures */

enum { FUT_PENDING, FUT_DONE, FUT_CANCELLED };
enum {
    FUTF_EXCEPTION = 1,   /* done with an exception in `result` */
    FUTF_RETRIEVED = 2,   /* result()/exception() was called, or it was awaited */
    FUTF_CANCEL_REQUESTED = 4  /* gather: a cancel was requested of the children */
};

typedef struct FutureCore {
    uint8_t state;
    uint8_t flags;
    uint16_t kind;        /* FutureKind: what completing it means */
    uint32_t id;          /* a task's number (its name is "Task-<id>"); 0 for futures */
    Value result;         /* result, exception or CancelledError; while pending:
                             a task's cancel message or sleep result */
    Obj *callbacks;       /* NULL, one callback, or an ObjList of them (a list too when a
                             callback is not an object);
                             a task as a callback means "wake this task" */
} FutureCore;

typedef enum FutureKind { FK_PLAIN, FK_GATHER } FutureKind;

typedef struct ObjFuture {
    Obj obj;
    FutureCore f;
    Value data;           /* FK_GATHER: the children tuple */
} ObjFuture;

/* ---------------------------------------------------------------- tasks */

typedef enum WaitKind {
    WAIT_START,       /* not started yet */
    WAIT_READY,       /* yielded (sleep(0)); resume with f.result */
    WAIT_FUTURE,      /* awaiting `waiter` (a future or task) */
    WAIT_SLEEP,       /* on the timer heap */
    WAIT_FIRED,       /* timer fired, wake-up queued; resume with f.result */
    WAIT_CANCELLED,   /* its sleep or parking was cancelled: wake-up queued, must_cancel set */
    WAIT_PARKED,      /* in a wait list of the C object `waiter` (see ParkHooks) */
    WAIT_WOKEN,       /* taken off that list and scheduled; the object decides what follows */
    WAIT_DONE
} WaitKind;

typedef struct ObjTask {
    Obj obj;
    FutureCore f;
    Fiber fiber;
    ObjClosure *closure;  /* the coroutine function, for names and repr */
    ObjStr *name;         /* NULL: "Task-<id>" */
    Obj *waiter;          /* WAIT_FUTURE: what it awaits (asyncio's _fut_waiter) */
    uint64_t wait_key;    /* WAIT_SLEEP: identifies its live heap entry;
                             WAIT_PARKED/WOKEN: which wait list of `waiter` */
    uint32_t all_index;   /* position in the scheduler's task table */
    /* packed so that a sleeping task stays within 240 malloc'd bytes */
    uint32_t ncancels : 24;   /* cancel() requests not yet uncancel()ed (saturates) */
    uint32_t wait_kind : 4;
    uint32_t must_cancel : 1;
    uint32_t is_main : 1;
    uint32_t reported : 1;
} ObjTask;

#define TASK_MAX_CANCELS 0xFFFFFFu

#define AS_TASK(v) ((ObjTask *)AS_OBJ(v))
#define IS_TASK(v) IS_A(v, OT_TASK)
#define IS_FUTURE_LIKE(v) (IS_A(v, OT_FUTURE) || IS_A(v, OT_TASK))

FutureCore *future_core(Obj *o);
ObjFuture *future_new(VM *vm);
/* Complete a pending future (false if it was not pending). */
bool future_set_result(VM *vm, Obj *fut, Value v);
bool future_set_exception(VM *vm, Obj *fut, Value exc);
bool future_cancel(VM *vm, Obj *fut, Value msg);
/* The CancelledError a cancelled future raises (made once, then reused). */
Value future_cancelled_error(VM *vm, Obj *fut);
/* result(): the value, or V_EXC with its exception (or InvalidStateError) raised. */
Value future_result(VM *vm, Obj *fut);
void future_add_callback(VM *vm, Obj *fut, Value cb);
int future_remove_callback(VM *vm, Obj *fut, Value cb);

/* Wrap a coroutine in a task (scheduled to start); NULL + exception on error. */
ObjTask *task_new(VM *vm, Value coro, ObjStr *name);
ObjTask *task_from_closure(VM *vm, ObjClosure *cl, bool is_main);
bool task_cancel(VM *vm, ObjTask *t, Value msg);
/* A future for any awaitable: tasks and futures as they are, coroutines as new tasks. */
Value ensure_future(VM *vm, Value aw);

/* ------------------------------------------------------------- parking */

/* A C object can make tasks wait on it without a future per wait (the
 * asyncio Queue does: its getters and putters). The task parks in one of
 * the object's wait lists (WAIT_PARKED, wait_key naming the list, f.result
 * free for the object's use, e.g. the item a putter brings). Waking it
 * (task_wake_parked) takes one ready-queue hop, as resolving a waiter
 * future would. When it runs, the object's resume hook decides what the
 * await produces, or parks it again. The hooks live in its CDataType. */
typedef struct ParkHooks {
    /* the task is cancelled while parked: drop it from the wait list */
    void (*unpark)(VM *vm, Obj *obj, ObjTask *t);
    /* the woken task runs: set *mode (and *v or vm->exc) and return true, or
     * park it again and return false. With `cancelling` a CancelledError is
     * raised whatever *mode says, and the task must not park again. */
    bool (*resume)(VM *vm, Obj *obj, ObjTask *t, Value stored, bool cancelling, ResumeMode *mode, Value *v);
} ParkHooks;

/* Park the task running on f in obj's wait list `key` (AWAIT_SUSPEND, or
 * AWAIT_ERROR outside a task). */
AwaitOutcome task_park(VM *vm, Fiber *f, Obj *obj, uint64_t key, Value stored);
/* Park t again from its resume hook. */
void task_repark(VM *vm, ObjTask *t, Obj *obj, uint64_t key, Value stored);
/* Wake a parked task (the object has already taken it off its list). */
void task_wake_parked(VM *vm, ObjTask *t);

/* Await something that is not a script coroutine, from fiber f. */
AwaitOutcome task_await_object(VM *vm, Fiber *f, Value awaitable, Value *result);
/* Await a call of an async native without making a coroutine object. */
AwaitOutcome task_await_native(VM *vm, Fiber *f, ObjNative *n, int argc, Value *argv, Value *result);

/* The task running on fiber f, or NULL for the VM's main fiber. */
ObjTask *fiber_task(VM *vm, Fiber *f);
ObjTask *task_current(VM *vm);

/* Memory hooks for the collector (gc.c). */
size_t task_obj_size(Obj *o);
void task_obj_mark(VM *vm, Obj *o);
void task_obj_free(VM *vm, Obj *o);

Value task_repr(VM *vm, Value v);

#endif
