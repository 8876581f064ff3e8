/* eventloop.h - the event loop: a FIFO ready queue, a timer heap and libuv.
 *
 * One loop iteration polls libuv (I/O and due timers append to the ready
 * queue), then runs exactly the entries that were queued when it began;
 * anything they queue runs next iteration. That is asyncio's rule, and the
 * reason `sleep(0)` yields exactly once. The loop sits behind the
 * Scheduler's one uv_loop_t pointer so an embedding host can supply its own. */
#ifndef ASTER_EVENTLOOP_H
#define ASTER_EVENTLOOP_H

#include "task.h"

void sched_init(VM *vm);
void sched_free(VM *vm);

/* Run the main module as the program's main coroutine, then the loop
 * until it is done; then cancel what is left, as asyncio.run does.
 * Returns V_EXC (vm->exc set) if the program ended with an exception. */
Value sched_run_main(VM *vm, ObjClosure *main);

/* asyncio.run(coro) from synchronous code: run the loop until the task is
 * done, cancel the tasks it left behind, return its result. */
Value sched_run(VM *vm, ObjTask *t);

bool sched_running(VM *vm);           /* the loop is running (run() must refuse) */
ObjTask *sched_current(VM *vm);       /* the task whose step is running, or NULL */

/* Ready queue: wake a task (its next step), or call fn(arg) soon. */
void sched_wake(VM *vm, ObjTask *t);
void sched_call_soon(VM *vm, Value fn, Value arg);

/* Timers: put a task to sleep; call a function later (returns a handle
 * object with cancel()). Delays are seconds. */
void sched_sleep(VM *vm, ObjTask *t, double delay);
Value sched_call_later(VM *vm, double delay, Value fn, ObjTuple *args, bool soon);
double sched_time(VM *vm);

/* The table of live tasks (all_tasks()). */
void sched_add_task(VM *vm, ObjTask *t);
void sched_remove_task(VM *vm, ObjTask *t);
ObjList *sched_all_tasks(VM *vm);
void sched_task_failed(VM *vm, ObjTask *t);   /* finished with an exception: watch for "never retrieved" */
void sched_coroutine_created(VM *vm, Obj *co); /* watch for "never awaited" */
void sched_coroutine_started(VM *vm);          /* ... no longer, for the newest if started */

/* Wake the loop from a signal handler (Ctrl-C). Async-signal-safe. */
void sched_interrupt(VM *vm);

/* Collector hooks. */
void sched_mark(VM *vm);
void sched_before_sweep(VM *vm);
void sched_after_collect(VM *vm);

#endif
