# Pins point 9: after the canceller yields once, a task whose cleanup does not await is done and cancelled.
log = []

async def sleeper():
    try:
        await sleep(1)
    finally:
        log.append("cleanup")

async def main():
    t = create_task(sleeper())
    await sleep(0)
    t.cancel()
    log.append("requested")
    await sleep(0)
    print(log, t.done(), t.cancelled())

run(main())
