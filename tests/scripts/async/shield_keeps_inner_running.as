# Pins point 14: with shield(inner) the outer task is cancelled but the inner keeps running and its result is still available.
log = []

async def inner():
    await sleep(0.04)
    log.append("inner finished")
    return "precious"

async def outer(t):
    try:
        return await shield(t)
    except CancelledError:
        log.append("outer cancelled")
        raise

async def main():
    i = create_task(inner())
    o = create_task(outer(i))
    await sleep(0.02)
    o.cancel()
    try:
        await o
    except CancelledError:
        log.append("main saw outer cancelled")
    print(i.done(), log)
    print(await i, log)

run(main())
