# Pins nested TaskGroups: an error in the inner group cancels its siblings and propagates as an ExceptionGroup into the outer group, which wraps it again.
log = []

async def sleeper(name):
    try:
        await sleep(1)
    except CancelledError:
        log.append(name + " cancelled")
        raise

async def bad():
    await sleep(0.02)
    raise ValueError("inner")

async def inner_group():
    async with TaskGroup() as tg:
        tg.create_task(sleeper("inner sibling"))
        tg.create_task(bad())

async def main():
    try:
        async with TaskGroup() as tg:
            tg.create_task(sleeper("outer sibling"))
            tg.create_task(inner_group())
    except ExceptionGroup as eg:
        print(str(eg))
        inner = eg.exceptions[0]
        print(type(inner).__name__, str(inner), repr(inner.exceptions[0]))
    print(sorted(log))

run(main())
