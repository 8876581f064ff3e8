# Pins point 9: cancel() on a finished task (result, exception or already cancelled) returns False and changes nothing.
async def value():
    return 7

async def bad():
    raise ValueError("v")

async def sleeper():
    await sleep(1)

async def main():
    a = create_task(value())
    b = create_task(bad())
    c = create_task(sleeper())
    await sleep(0)
    c.cancel()
    await sleep(0)
    print(a.cancel(), a.cancelled(), a.result(), a.cancelling())
    print(b.cancel(), b.cancelled(), repr(b.exception()))
    print(c.done(), c.cancel(), c.cancelled())

run(main())
