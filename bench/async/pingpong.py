# Ping-pong: 200k round trips between two tasks through two unbounded Queues:
# A puts on q1, B gets from q1 and puts on q2, A gets from q2. Every get blocks,
# so each round trip is two task switches through futures.
import asyncio

N = 200000


async def ping(q1, q2):
    total = 0
    for i in range(N):
        await q1.put(i)
        total += await q2.get()
    return total


async def pong(q1, q2):
    for _ in range(N):
        x = await q1.get()
        await q2.put(x % 7)


async def main():
    q1 = asyncio.Queue()
    q2 = asyncio.Queue()
    total, _ = await asyncio.gather(ping(q1, q2), pong(q1, q2))
    print("pingpong", N, "round trips, checksum", total)


asyncio.run(main())
