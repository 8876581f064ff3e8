/* task.h - coroutines, tasks, futures and the scheduler's hooks.
 *
 * A coroutine object is a script function plus its already-bound
 * arguments, not started. Awaiting it pushes its frame on the awaiting
 * fiber (no trip through the scheduler); wrapping it in a task gives it a
 * fiber of its own. Only leaf awaitables (futures, sleeps, unfinished tasks)
 * suspend a fiber. */
#ifndef ASTER_TASK_H
#define ASTER_TASK_H

#include "vm.h"

typedef enum CoroState {
    CORO_CREATED,   /* not started */
    CORO_STARTED,   /* awaited, or running as a task */
    CORO_CLOSED     /* never awaited and already reported */
} CoroState;

typedef struct ObjCoroutine {
    Obj obj;                 /* obj.extra: CoroState */
    ObjClosure *closure;
    uint32_t nargs;
    Value args[];            /* the parameter registers, bound at call time */
} ObjCoroutine;

#define AS_CORO(v) ((ObjCoroutine *)AS_OBJ(v))

/* Calling an async function: bind the arguments now (errors are raised at
 * the call, as in Python), run nothing. */
Value coro_new(VM *vm, ObjClosure *cl, Value self, int argc, Value *argv, ObjTuple *kwnames);

/* Push the coroutine's first frame on f; NULL (exception pending) on error. */
Frame *coro_push_frame(VM *vm, Fiber *f, ObjCoroutine *co, uint32_t flags);

typedef enum AwaitOutcome { AWAIT_READY, AWAIT_SUSPEND, AWAIT_ERROR } AwaitOutcome;

/* Await something that is not a coroutine (task, future, ...) from fiber f:
 * either it is ready (*result), or f must suspend, or it fails. */
AwaitOutcome task_await_object(VM *vm, Fiber *f, Value awaitable, Value *result);

/* Memory hooks for the collector (gc.c). */
size_t task_obj_size(Obj *o);
void task_obj_mark(VM *vm, Obj *o);
void task_obj_free(VM *vm, Obj *o);
void sched_mark(VM *vm);
void sched_before_sweep(VM *vm);

Value task_repr(VM *vm, Value v);

#endif
