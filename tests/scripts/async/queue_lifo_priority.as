# Pins LifoQueue (last in, first out) and PriorityQueue (smallest first, tuples compared element by element).
async def main():
    lq = LifoQueue()
    for x in [1, 2, 3]:
        await lq.put(x)
    print([lq.get_nowait() for i in range(3)])
    pq = PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "0")]:
        pq.put_nowait(item)
    print(pq.qsize(), [await pq.get() for i in range(4)])
    print(issubclass(LifoQueue, Queue), issubclass(PriorityQueue, Queue))
    bq = LifoQueue(1)
    bq.put_nowait(1)
    print(bq.full())

run(main())
