# Await chain: 1M awaits of a coroutine that returns at once (no suspension), in
# one task. The cost of creating, starting and finishing a coroutine.
import asyncio

N = 1000000


async def leaf(i):
    return i % 7


async def main():
    total = 0
    for i in range(N):
        total += await leaf(i)
    print("chain", N, "awaits, checksum", total)


asyncio.run(main())
