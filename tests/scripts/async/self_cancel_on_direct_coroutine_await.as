# Pins point 15 with point 3: after a self-cancel, awaiting a coroutine that never suspends does not deliver the cancel; the first real suspension does.
log = []

async def noop():
    log.append("noop ran")
    return 5

async def selfish():
    current_task().cancel()
    x = await noop()
    log.append(x)
    try:
        await sleep(0.5)
    except CancelledError:
        log.append("cancelled at sleep")
        raise

async def main():
    t = create_task(selfish())
    await sleep(0)
    await sleep(0)
    print(log, t.cancelled())

run(main())
