# async_coroutines.as - three coroutines running concurrently.
#
# Ported from the seed tutorial "An Introduction to Python Async IO".
# Each coroutine prints, sleeps, and prints again. While one sleeps, the
# event loop runs the others, so the whole program takes as long as the
# longest sleep (0.4 s), not the sum of the sleeps (0.9 s).
#
# Shows: async def, await, asyncio.sleep, asyncio.create_task,
# asyncio.gather, asyncio.run.
#
#   aster examples/async_coroutines.as
#
# The tutorial prints wall-clock times; this port prints the time elapsed
# since the start, rounded to a tenth of a second, so the output is the same
# on every run. (The tutorial sleeps 4, 2 and 3 seconds; these are 10 times
# shorter.)

import asyncio
import time

START = time.monotonic()


def stamp():
    """Seconds since the program started, as text like '0.3s'."""
    return f"{time.monotonic() - START:.1f}s"


async def print_hello_world():
    # The smallest coroutine: `await asyncio.sleep(...)` suspends it and
    # hands control back to the event loop until the timer fires.
    print(f"{stamp()} -> Hello")
    await asyncio.sleep(0.1)
    print(f"{stamp()} -> World")


async def coroutine1():
    print(f"{stamp()} -> Coroutine 1 Started...")
    await asyncio.sleep(0.4)
    print(f"{stamp()} -> Coroutine 1 Completed...")


async def coroutine2():
    print(f"{stamp()} -> Coroutine 2 Started...")
    await asyncio.sleep(0.2)
    print(f"{stamp()} -> Coroutine 2 Completed...")


async def coroutine3():
    print(f"{stamp()} -> Coroutine 3 Started...")
    await asyncio.sleep(0.3)
    print(f"{stamp()} -> Coroutine 3 Completed...")


async def main():
    # Awaiting a coroutine directly runs it to completion before going on.
    await print_hello_world()

    # Calling a coroutine function does not run it: it makes a coroutine
    # object. create_task wraps each in a Task and schedules it; the tasks
    # start as soon as main() lets the loop run, i.e. at its next await.
    tasks = [
        asyncio.create_task(coroutine1()),
        asyncio.create_task(coroutine2()),
        asyncio.create_task(coroutine3()),
    ]
    print(f"{stamp()} -> Tasks created, none has started yet")

    # Wait for all tasks to complete.
    await asyncio.gather(*tasks)
    print(f"{stamp()} -> All tasks done")


print(f"Program Started -> {stamp()}")
asyncio.run(main())   # starts the event loop and runs main() to the end
print(f"Program Completed -> {stamp()}")
