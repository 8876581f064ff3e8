# 100k tasks cancelled mid-sleep, twice over: every finally block runs, the
# cancelled tasks report cancelled(), nothing is left pending, and (under
# the sanitizer build) nothing leaks.
import asyncio

N = 100000
cleaned = 0


async def sleeper(i):
    global cleaned
    try:
        await asyncio.sleep(10 + i % 5)
    finally:
        cleaned += 1


async def storm(round_no):
    tasks = [asyncio.create_task(sleeper(i)) for i in range(N)]
    await asyncio.sleep(0.02)
    for t in tasks:
        t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    kinds = set(type(r).__name__ for r in results)
    print(round_no, len(results), sorted(kinds), sum(t.cancelled() for t in tasks))


async def main():
    await storm(1)
    await storm(2)
    print("cleaned", cleaned)
    print("pending", len(asyncio.all_tasks()))


asyncio.run(main())
