# asyncio.Queue, LifoQueue, PriorityQueue: backpressure, FIFO getters, a get_nowait stealing a woken getter's item, a cancelled woken getter passing its wake-up on, heap order, join/task_done, subclassing, wait_for on get.
import asyncio
from asyncio import Queue, LifoQueue, PriorityQueue, QueueEmpty, QueueFull

async def main():
    q = Queue(2)
    print(q.maxsize, q.qsize(), q.empty(), q.full(), str(q))
    await q.put(1); q.put_nowait(2)
    print(q.full(), str(q))
    try: q.put_nowait(3)
    except QueueFull as e: print("full", repr(e))
    log = []
    async def putter(x):
        log.append(("put start", x)); await q.put(x); log.append(("put done", x))
    t1 = asyncio.create_task(putter(10)); t2 = asyncio.create_task(putter(11))
    await asyncio.sleep(0)
    print(log, str(q))
    print(await q.get(), log)
    await asyncio.sleep(0)
    print(log, str(q))
    print([q.get_nowait() for _ in range(2)])
    await asyncio.sleep(0); await asyncio.sleep(0)
    print(log, str(q))
    # getters FIFO, steal
    q2 = Queue()
    got = []
    async def getter(n):
        got.append((n, await q2.get()))
    ts = [asyncio.create_task(getter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(str(q2))
    q2.put_nowait("a"); q2.put_nowait("b")
    print(q2.get_nowait())  # steal
    await asyncio.sleep(0)
    print(got, str(q2))
    q2.put_nowait("c"); q2.put_nowait("d")
    await asyncio.sleep(0)
    print(got, str(q2))
    # cancel a woken getter passes wakeup on
    q3 = Queue(); got3 = []
    async def g3(n):
        try:
            got3.append((n, await q3.get()))
        except asyncio.CancelledError:
            got3.append((n, "cancelled"))
    a = asyncio.create_task(g3("a")); b = asyncio.create_task(g3("b"))
    await asyncio.sleep(0)
    q3.put_nowait(1)
    a.cancel()
    await asyncio.sleep(0); await asyncio.sleep(0)
    print(got3, str(q3))
    # priority / lifo
    pq = PriorityQueue()
    for x in [5, 1, 4, (2), 3, 1]: pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(6)])
    lq = LifoQueue()
    for x in range(4): lq.put_nowait(x)
    print([lq.get_nowait() for _ in range(4)], type(lq).__name__, isinstance(lq, Queue))
    try: lq.get_nowait()
    except QueueEmpty: print("empty")
    # join / task_done
    jq = Queue()
    for i in range(3): jq.put_nowait(i)
    async def worker():
        while True:
            item = await jq.get()
            await asyncio.sleep(0.01)
            jq.task_done()
    w = asyncio.create_task(worker())
    await jq.join()
    print("joined", jq.qsize(), str(jq))
    w.cancel()
    try: jq.task_done()
    except ValueError as e: print(e)
    class MyQ(Queue):
        def __init__(self, name):
            super().__init__(1)
            self.name = name
        def describe(self): return f"{self.name}:{self.maxsize}"
    mq = MyQ("x")
    await mq.put("y")
    print(mq.describe(), mq.full(), await mq.get(), type(mq).__name__)
    # wait_for on get timing out
    try:
        await asyncio.wait_for(Queue().get(), 0.02)
    except asyncio.TimeoutError:
        print("timeout")
    coro = q.get(); print(type(coro).__name__); print(await coro)
asyncio.run(main())
