# Pins `async with`: __aexit__ runs (and may await) when the body returns, breaks out of a loop, or is cancelled; the return value is kept.
log = []

class CM:
    async def __aenter__(self):
        return self

    async def __aexit__(self, et, e, tb):
        await sleep(0)
        log.append("exit " + (et.__name__ if et else "clean"))
        return False

async def returns():
    async with CM():
        return "returned"

async def breaks():
    for i in range(3):
        async with CM():
            if i == 1:
                break
    return i

async def cancelled():
    async with CM():
        await sleep(1)

async def main():
    print(await returns())
    print(await breaks())
    t = create_task(cancelled())
    await sleep(0)
    t.cancel()
    try:
        await t
    except CancelledError:
        pass
    print(log, t.cancelled())

run(main())
