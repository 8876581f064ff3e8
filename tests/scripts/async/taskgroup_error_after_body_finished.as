# Pins TaskGroup: when the body has already finished and a child fails while the group waits in __aexit__, the remaining children are cancelled and the error is raised in an ExceptionGroup.
log = []

async def slow():
    try:
        await sleep(1)
    except CancelledError:
        log.append("slow cancelled")
        raise

async def fails():
    await sleep(0.02)
    raise KeyError("late")

async def main():
    try:
        async with TaskGroup() as tg:
            s = tg.create_task(slow())
            tg.create_task(fails())
            log.append("body finished")
    except ExceptionGroup as eg:
        log.append(repr(eg.exceptions))
    print(log, s.cancelled())

run(main())
