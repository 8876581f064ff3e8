# Pins point 15: current_task().cancel() raises nothing by itself; CancelledError arrives at the next await, even sleep(0).
log = []

async def selfish():
    me = current_task()
    print(me.cancel("self"))
    log.append("still running")
    log.append(me.cancelling())
    try:
        await sleep(0)
        log.append("not reached")
    except CancelledError as e:
        log.append(("cancelled at await", e.args))
        raise

async def main():
    t = create_task(selfish())
    try:
        await t
    except CancelledError:
        pass
    print(log, t.cancelled())

run(main())
