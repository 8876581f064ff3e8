# Pins Condition.wait(): a waiter cancelled while waiting re-acquires the lock before CancelledError leaves wait(), so `async with` releases it exactly once.
log = []

async def waiter(cond):
    async with cond:
        try:
            await cond.wait()
        except CancelledError:
            log.append(("cancelled, holds lock", cond.locked()))
            raise

async def main():
    cond = Condition()
    t = create_task(waiter(cond))
    await sleep(0)
    async with cond:
        t.cancel()
        await sleep(0.01)
        log.append(("main still holds lock", cond.locked(), t.done()))
    try:
        await t
    except CancelledError:
        pass
    print(log, t.cancelled(), cond.locked())

run(main())
