# Pins cancel(msg) on the task awaiting gather: the message reaches the children's CancelledError.
log = []

async def child(name):
    try:
        await sleep(1)
    except CancelledError as e:
        log.append((name, e.args))
        raise

async def waiter():
    await gather(child("a"), child("b"))

async def main():
    w = create_task(waiter())
    await sleep(0)
    await sleep(0)
    w.cancel("stop")
    try:
        await w
    except CancelledError as e:
        log.append(("waiter", w.cancelled()))
    print(log)

run(main())
