# Task spawning: 200k tasks, each awaiting sleep(0) twice (so each is resumed by
# the loop three times), all gathered. Task creation, scheduling and gather.
import asyncio

N = 200000


async def worker(i):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    return i % 7


async def main():
    tasks = [asyncio.create_task(worker(i)) for i in range(N)]
    results = await asyncio.gather(*tasks)
    total = 0
    for r in results:
        total += r
    print("spawn", len(results), "tasks, checksum", total)


asyncio.run(main())
