# Pins point 18: KeyboardInterrupt and SystemExit raised in a TaskGroup body cancel the children and are re-raised as-is, not wrapped in an ExceptionGroup.
log = []

async def child():
    try:
        await sleep(1)
    except CancelledError:
        log.append("child cancelled")
        raise

async def main():
    for exc in (KeyboardInterrupt("ki"), SystemExit(5)):
        try:
            async with TaskGroup() as tg:
                tg.create_task(child())
                await sleep(0)
                raise exc
        except ExceptionGroup:
            print("wrapped?!")
        except BaseException as e:
            print("as-is:", type(e).__name__, e.args)
    print(log)

run(main())
