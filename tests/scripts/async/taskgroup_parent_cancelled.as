# Pins TaskGroup when the task around it is cancelled: the children are cancelled and CancelledError (not an ExceptionGroup) leaves the block.
log = []

async def child(name):
    try:
        await sleep(1)
    finally:
        log.append(name + " finally")

async def grouper():
    try:
        async with TaskGroup() as tg:
            tg.create_task(child("a"))
            tg.create_task(child("b"))
            await sleep(1)
    except ExceptionGroup:
        log.append("ExceptionGroup?!")
    except CancelledError:
        log.append("grouper cancelled")
        raise

async def main():
    t = create_task(grouper())
    await sleep(0.02)
    t.cancel()
    try:
        await t
    except CancelledError:
        pass
    print(sorted(log), t.cancelled())

run(main())
