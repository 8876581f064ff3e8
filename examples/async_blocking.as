# async_blocking.as - blocking versus non-blocking waits, timed.
#
# Ported from the seed tutorial "Overview of Async IO in Python 3.7"
# ("Blocking vs Non-Blocking I/O"). The same three jobs run twice:
#   - with time.sleep, which blocks the whole program: while one job waits,
#     nothing else can run, even though the jobs are separate tasks;
#   - with await asyncio.sleep, which suspends only the job that waits: the
#     event loop runs the other jobs meanwhile, so the waits overlap.
#
# Shows: why a coroutine must never call a blocking function, and how to
# measure elapsed time with time.perf_counter.
#
#   aster examples/async_blocking.as

import asyncio
import time

JOBS = ["download", "resize", "upload"]
WAIT = 0.2      # seconds of "I/O" per job


async def blocking_job(name):
    print(f"  start {name}")
    time.sleep(WAIT)             # blocks the event loop: nobody else runs
    print(f"  end   {name}")
    return name.upper()


async def nonblocking_job(name):
    print(f"  start {name}")
    await asyncio.sleep(WAIT)    # suspends this task only
    print(f"  end   {name}")
    return name.upper()


async def run_jobs(job):
    """Run job(name) for every name concurrently; return the elapsed time."""
    start = time.perf_counter()
    results = await asyncio.gather(*[job(name) for name in JOBS])
    elapsed = time.perf_counter() - start
    print("  results:", results)
    return elapsed


async def main():
    print("blocking (time.sleep):")
    slow = await run_jobs(blocking_job)
    print(f"  took about {round(slow, 1)} s")

    print("non-blocking (await asyncio.sleep):")
    fast = await run_jobs(nonblocking_job)
    print(f"  took about {round(fast, 1)} s")

    print()
    print("blocking took at least", len(JOBS), "waits:", slow >= len(JOBS) * WAIT)
    print("non-blocking took less than two waits:", fast < 2 * WAIT)


asyncio.run(main())
