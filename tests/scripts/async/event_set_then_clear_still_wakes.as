# Pins Event: waiters blocked when set() is called are woken (wait() returns True) even if clear() follows before they run.
log = []

async def waiter(ev, name):
    log.append((name, await ev.wait(), ev.is_set()))

async def main():
    ev = Event()
    ts = [create_task(waiter(ev, n)) for n in ("a", "b")]
    await sleep(0)
    ev.set()
    ev.clear()
    await gather(*ts)
    print(log)

run(main())
