# Pins point 12 with TaskGroup: a group used after a swallowed (not uncancelled) cancellation still reports its children's errors as python 3.11 does.
async def bad():
    await sleep(0)
    raise ValueError("child")

async def worker():
    try:
        await sleep(1)
    except CancelledError:
        print("swallowed, cancelling =", current_task().cancelling())
    try:
        async with TaskGroup() as tg:
            tg.create_task(bad())
            await sleep(1)
        print("group ended normally")
    except ExceptionGroup as eg:
        print("ExceptionGroup", repr(eg.exceptions))
    except CancelledError:
        print("CancelledError escaped the group")
    print("cancelling =", current_task().cancelling())
    return "done"

async def main():
    t = create_task(worker())
    await sleep(0)
    t.cancel()
    try:
        print(await t)
    except CancelledError:
        print("worker ended cancelled")

run(main())
