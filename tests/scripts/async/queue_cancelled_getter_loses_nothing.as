# Pins Queue: a getter cancelled while waiting does not consume an item; the item goes to the next getter, and put waiters are served FIFO.
log = []

async def getter(q, name):
    try:
        log.append((name, await q.get()))
    except CancelledError:
        log.append((name, "cancelled"))
        raise

async def putter(q, item):
    await q.put(item)
    log.append(("put", item))

async def main():
    q = Queue()
    g1 = create_task(getter(q, "g1"))
    g2 = create_task(getter(q, "g2"))
    await sleep(0)
    g1.cancel()
    q.put_nowait("x")
    await sleep(0)
    await sleep(0)
    print(log, q.qsize())
    log.clear()
    b = Queue(1)
    b.put_nowait(0)
    ps = [create_task(putter(b, i)) for i in (1, 2, 3)]
    await sleep(0)
    for i in range(4):
        log.append(("got", await b.get()))
        await sleep(0)
    print(log)

run(main())
