# Pins point 18: errors of several children, and of the body, are collected into one ExceptionGroup (cancellations are left out).
async def bad(d, exc):
    await sleep(d)
    raise exc

async def main():
    try:
        async with TaskGroup() as tg:
            tg.create_task(bad(0.02, ValueError(1)))
            tg.create_task(bad(0.02, TypeError(2)))
            tg.create_task(bad(0.5, KeyError(3)))
            await sleep(0)
    except ExceptionGroup as eg:
        print(str(eg))
        print(sorted(type(e).__name__ for e in eg.exceptions))
    try:
        async with TaskGroup() as tg:
            tg.create_task(bad(0.5, KeyError(4)))
            raise IndexError("from body")
    except ExceptionGroup as eg:
        print(str(eg), [repr(e) for e in eg.exceptions])
        print(isinstance(eg, Exception), issubclass(ExceptionGroup, Exception))

run(main())
