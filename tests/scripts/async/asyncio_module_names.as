# Pins that every async built-in is also reachable as asyncio.NAME after `import asyncio`, as the very same object.
import asyncio
pairs = [
    ("sleep", asyncio.sleep, sleep),
    ("create_task", asyncio.create_task, create_task),
    ("gather", asyncio.gather, gather),
    ("run", asyncio.run, run),
    ("wait_for", asyncio.wait_for, wait_for),
    ("timeout", asyncio.timeout, timeout),
    ("timeout_at", asyncio.timeout_at, timeout_at),
    ("shield", asyncio.shield, shield),
    ("wait", asyncio.wait, wait),
    ("as_completed", asyncio.as_completed, as_completed),
    ("Queue", asyncio.Queue, Queue),
    ("LifoQueue", asyncio.LifoQueue, LifoQueue),
    ("PriorityQueue", asyncio.PriorityQueue, PriorityQueue),
    ("Event", asyncio.Event, Event),
    ("Lock", asyncio.Lock, Lock),
    ("Semaphore", asyncio.Semaphore, Semaphore),
    ("BoundedSemaphore", asyncio.BoundedSemaphore, BoundedSemaphore),
    ("Condition", asyncio.Condition, Condition),
    ("current_task", asyncio.current_task, current_task),
    ("all_tasks", asyncio.all_tasks, all_tasks),
    ("get_running_loop", asyncio.get_running_loop, get_running_loop),
    ("CancelledError", asyncio.CancelledError, CancelledError),
    ("TimeoutError", asyncio.TimeoutError, TimeoutError),
    ("QueueEmpty", asyncio.QueueEmpty, QueueEmpty),
    ("QueueFull", asyncio.QueueFull, QueueFull),
    ("InvalidStateError", asyncio.InvalidStateError, InvalidStateError),
    ("Future", asyncio.Future, Future),
    ("Task", asyncio.Task, Task),
    ("TaskGroup", asyncio.TaskGroup, TaskGroup),
    ("ALL_COMPLETED", asyncio.ALL_COMPLETED, ALL_COMPLETED),
    ("FIRST_COMPLETED", asyncio.FIRST_COMPLETED, FIRST_COMPLETED),
    ("FIRST_EXCEPTION", asyncio.FIRST_EXCEPTION, FIRST_EXCEPTION),
    ("ensure_future", asyncio.ensure_future, ensure_future),
    ("iscoroutine", asyncio.iscoroutine, iscoroutine),
]
for name, via_module, bare in pairs:
    if via_module is not bare:
        print("differs:", name)
print(len(pairs), "names checked")
print(asyncio.TimeoutError is TimeoutError)

async def main():
    return await asyncio.sleep(0, "via module")

print(asyncio.run(main()))
