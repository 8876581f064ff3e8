# async_tasks.as - tasks: create one, let it run in the background, await it,
# and cancel one.
#
# Ported from the seed tutorial "Overview of Async IO in Python 3.7" (its
# create_task example and its loop.time() timer example).
#
# Shows: asyncio.create_task, awaiting a task for its result, task.done(),
# task.result(), task.cancel() and asyncio.CancelledError, try/finally in a
# coroutine, asyncio.get_running_loop().time().
#
#   aster examples/async_tasks.as

import asyncio


async def my_coro(n):
    print(f"The answer is {n}.")
    return n


async def ticker(delay, name):
    """Print a tick every 0.1 s until `delay` seconds have passed.

    loop.time() is the event loop's own clock, in seconds."""
    loop = asyncio.get_running_loop()
    end_time = loop.time() + delay
    ticks = 0
    while True:
        await asyncio.sleep(0.1)
        ticks += 1
        print(f"  {name}: tick {ticks}")
        if loop.time() > end_time:
            break
    return ticks


async def worker():
    """Runs "forever", until it is cancelled."""
    print("  worker: started")
    try:
        while True:
            await asyncio.sleep(0.1)
            print("  worker: still working")
    except asyncio.CancelledError:
        print("  worker: cancelled, cleaning up")
        raise          # let the task end as cancelled
    finally:
        print("  worker: finally block runs too")


async def main():
    print("1. create a task, then await it")
    # By creating the task, it's scheduled to run concurrently, at the
    # event loop's discretion: not yet, since main() is still running.
    mytask = asyncio.create_task(my_coro(42))
    print("task created; done?", mytask.done())
    # If we later await the task, execution stops there until the task is
    # complete. If it was complete already, nothing is awaited.
    result = await mytask
    print("task finished with", result, "- done?", mytask.done())

    print()
    print("2. a task runs in the background while main() works")
    background = asyncio.create_task(ticker(0.35, "ticker"))
    for step in range(2):
        print(f"main: step {step}")
        await asyncio.sleep(0.13)        # while main() sleeps, ticker runs
    print("main: waiting for the ticker")
    ticks = await background
    print("ticker stopped after", ticks, "ticks; result():", background.result())

    print()
    print("3. cancel a task")
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.25)
    print("main: cancelling the worker")
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main: the worker is cancelled:", task.cancelled())


asyncio.run(main())
