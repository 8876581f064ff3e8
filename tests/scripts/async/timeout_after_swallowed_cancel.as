# Pins point 12: timeout() relies on the task's cancelling() count; after a swallowed (not uncancelled) cancellation, an expiring timeout() in the same task behaves as python 3.11 does.
# oracle: python >= 3.11.7 (TaskGroup and Timeout changed in 3.11 bug-fix releases after 3.11.2)
async def worker():
    try:
        await sleep(1)
    except CancelledError:
        print("swallowed, cancelling =", current_task().cancelling())
    try:
        async with timeout(0.02) as cm:
            await sleep(1)
        print("block ended normally")
    except TimeoutError:
        print("TimeoutError")
    except CancelledError:
        print("CancelledError escaped the timeout block")
    print("expired", cm.expired(), "cancelling =", current_task().cancelling())
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
