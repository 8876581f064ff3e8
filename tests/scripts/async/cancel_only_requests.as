# Pins point 9: cancel(msg) returns True and only sets up the cancellation: right after it done() and cancelled() are False and cancelling() is 1.
async def sleeper():
    await sleep(1)

async def main():
    t = create_task(sleeper())
    await sleep(0)
    print(t.cancel("why"))
    print(t.done(), t.cancelled(), t.cancelling())
    await sleep(0)
    print(t.done(), t.cancelled(), t.cancelling())

run(main())
