# Pins the repr of finished tasks (with result, exception or cancelled) and str() of a Queue.
async def pending():
    await sleep(1)

async def value():
    return 3

async def bad():
    raise KeyError("k")

async def main():
    p = create_task(pending(), name="p")
    v = create_task(value(), name="v")
    b = create_task(bad(), name="b")
    await sleep(0)
    print(repr(v))
    print(repr(b))
    b.exception()
    p.cancel()
    await sleep(0)
    print(repr(p))
    q = Queue(3)
    q.put_nowait(1)
    q.put_nowait("two")
    print(str(q))

run(main())
