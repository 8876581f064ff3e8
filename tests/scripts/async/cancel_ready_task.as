# Pins cancelling a task that is already queued to resume (woken by sleep(0), not yet run): it gets CancelledError(msg) at that await.
log = []
async def b():
    try:
        await sleep(0)
        log.append("b resumed")
        await sleep(0.05)
        log.append("b not cancelled")
    except CancelledError as e:
        log.append(("b cancelled", e.args))
        raise
async def a(tb):
    # tb is ready (its sleep(0) wakeup is queued) when a runs
    tb.cancel("from a")
async def main():
    tb = create_task(b())
    ta = create_task(a(tb))
    await sleep(0.1)
    print(log, tb.cancelled())
run(main())
