# Pins Queue: FIFO order, qsize/empty/full, put_nowait/get_nowait, QueueEmpty and QueueFull, maxsize=0 is unbounded.
async def main():
    q = Queue()
    print(q.maxsize, q.qsize(), q.empty(), q.full())
    for i in range(5):
        q.put_nowait(i)
    await q.put("five")
    print(q.qsize(), q.empty(), q.full())
    print([q.get_nowait() for i in range(3)], await q.get())
    print(q.qsize())
    q.get_nowait()
    q.get_nowait()
    try:
        q.get_nowait()
    except QueueEmpty as e:
        print("QueueEmpty", type(e).__name__, issubclass(QueueEmpty, Exception))
    b = Queue(2)
    b.put_nowait("x")
    b.put_nowait("y")
    print(b.full(), b.qsize())
    try:
        b.put_nowait("z")
    except QueueFull:
        print("QueueFull", b.qsize())

run(main())
