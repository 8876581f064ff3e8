# Pins point 19: Event.set() wakes every waiter in the order they started waiting; wait() returns True.
log = []

async def waiter(ev, name):
    r = await ev.wait()
    log.append((name, r))

async def main():
    ev = Event()
    names = ["w3", "w1", "w4", "w2", "w5"]
    tasks = [create_task(waiter(ev, n)) for n in names]
    await sleep(0)
    log.append("set")
    ev.set()
    await gather(*tasks)
    print(log)

run(main())
