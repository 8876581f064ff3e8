# Pins Condition: notify(n) wakes the n oldest waiters, notify_all() the rest, in FIFO order; a woken waiter holds the lock again when wait() returns True.
log = []

async def waiter(cond, name):
    async with cond:
        r = await cond.wait()
        log.append((name, r, cond.locked()))

async def main():
    cond = Condition()
    tasks = [create_task(waiter(cond, n)) for n in ["w1", "w2", "w3", "w4"]]
    await sleep(0)
    async with cond:
        cond.notify()
    await sleep(0.01)
    print(log)
    async with cond:
        cond.notify(2)
    await sleep(0.01)
    print(log)
    async with cond:
        cond.notify_all()
    await gather(*tasks)
    print(log)
    print(cond.locked())

run(main())
