# Pins point 18: one child's error cancels the other children and the body; the group waits for them all, then raises an ExceptionGroup of the non-cancel errors; the parent's cancelling() is back to 0.
log = []

async def ok(name):
    try:
        await sleep(1)
    except CancelledError:
        log.append(name + " cancelled")
        await sleep(0.01)
        log.append(name + " cleanup done")
        raise

async def bad():
    await sleep(0.02)
    raise ValueError("boom")

async def main():
    try:
        async with TaskGroup() as tg:
            tg.create_task(ok("x"))
            tg.create_task(bad())
            try:
                await sleep(1)
            except CancelledError:
                log.append("body cancelled")
                raise
    except ExceptionGroup as eg:
        print(type(eg).__name__, str(eg))
        print([repr(e) for e in eg.exceptions])
    print(sorted(log))
    print(current_task().cancelling())

run(main())
