# Pins shield(): on a coroutine it wraps a new task and returns its result; on a done awaitable it returns it; if the inner task itself is cancelled, the shield's awaiter is cancelled too.
async def work(x):
    await sleep(0)
    return x * 2

async def main():
    print(await shield(work(21)))
    inner = create_task(sleep(0.5))
    s = shield(inner)
    await sleep(0)
    inner.cancel()
    try:
        await s
    except CancelledError:
        print("shield awaiter cancelled", s.cancelled())
    done = create_task(work(1))
    await done
    print(await shield(done))

run(main())
