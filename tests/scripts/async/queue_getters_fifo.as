# Pins point 19: Queue getters blocked on an empty queue are served in the order they started waiting.
log = []

async def getter(q, name):
    item = await q.get()
    log.append((name, item))

async def main():
    q = Queue()
    tasks = [create_task(getter(q, n)) for n in ["g2", "g1", "g3"]]
    await sleep(0)
    for item in "abc":
        q.put_nowait(item)
    await gather(*tasks)
    print(log)

run(main())
