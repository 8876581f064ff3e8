# Pins point 8: cancelling the task that awaits gather cancels every unfinished child; finished children keep their result.
log = []

async def child(name, d):
    try:
        await sleep(d)
        log.append(name + " finished")
        return name
    except CancelledError:
        log.append(name + " cancelled")
        raise

async def waiter(aws):
    try:
        return await gather(*aws)
    except CancelledError:
        log.append("waiter cancelled")
        raise

async def main():
    fast = create_task(child("fast", 0))
    slow1 = create_task(child("slow1", 0.5))
    slow2 = create_task(child("slow2", 0.5))
    w = create_task(waiter([fast, slow1, slow2]))
    await sleep(0.02)
    w.cancel()
    try:
        await w
    except CancelledError:
        print("w cancelled", w.cancelled())
    print(log)
    print(fast.result(), slow1.cancelled(), slow2.cancelled())

run(main())
