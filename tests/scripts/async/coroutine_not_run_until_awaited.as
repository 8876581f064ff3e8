# Pins async def: calling it only creates a coroutine object; the body runs when awaited (in the awaiting task) or wrapped in a task.
log = []

async def body(x):
    log.append("body %d" % x)
    return x

async def main():
    c = body(1)
    log.append("created")
    print(type(c).__name__, log)
    print(await c, log)
    print(iscoroutine(c), iscoroutine(body), iscoroutinefunction(body), iscoroutinefunction(main))

run(main())
