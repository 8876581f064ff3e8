# Pins point 11: on cancel, finally runs and may await; the task is not done after one yield and finishes once cleanup completes.
log = []

async def worker():
    try:
        await sleep(1)
    finally:
        log.append("cleanup start")
        await sleep(0.02)
        log.append("cleanup end")

async def main():
    t = create_task(worker())
    await sleep(0)
    t.cancel()
    await sleep(0)
    print(t.done(), log)
    try:
        await t
    except CancelledError:
        pass
    print(t.done(), t.cancelled(), log)

run(main())
