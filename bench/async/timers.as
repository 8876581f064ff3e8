# Timers: 100k tasks sleeping 50..149 ms (50 + i % 100), gathered. Timer insertion
# and expiry with many pending timers; the run cannot end before 149 ms.
import asyncio

N = 100000


async def sleeper(i):
    await asyncio.sleep((50 + i % 100) / 1000)
    return i % 100


async def main():
    tasks = [asyncio.create_task(sleeper(i)) for i in range(N)]
    results = await asyncio.gather(*tasks)
    total = 0
    for r in results:
        total += r
    print("timers", len(results), "tasks, checksum", total)


asyncio.run(main())
