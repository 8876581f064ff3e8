# Idle memory: N tasks (argv[1], default 1M) all sleeping at the same time. The
# runner measures peak RSS with N tasks and with 0 tasks and reports the
# difference divided by N: the memory of one sleeping task (its coroutine frame,
# task object, timer and the list slot that holds the task).
import asyncio
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000


async def sleeper(i):
    await asyncio.sleep(0.5)
    return i % 7


async def main():
    tasks = []
    for i in range(N):
        tasks.append(asyncio.create_task(sleeper(i)))
    total = 0
    for t in tasks:
        total += await t
    print("idle_memory", len(tasks), "tasks, checksum", total)


asyncio.run(main())
