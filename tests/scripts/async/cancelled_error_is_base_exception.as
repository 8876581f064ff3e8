# Pins point 9: CancelledError derives from BaseException, not Exception, so `except Exception` does not swallow a cancellation.
print(issubclass(CancelledError, BaseException), issubclass(CancelledError, Exception))
import asyncio
print(asyncio.CancelledError is CancelledError)
log = []

async def careless():
    try:
        await sleep(1)
    except Exception:
        log.append("wrongly caught")
    log.append("still running")

async def main():
    t = create_task(careless())
    await sleep(0)
    t.cancel()
    try:
        await t
    except Exception:
        print("Exception caught it")
    except BaseException as e:
        print("BaseException caught", type(e).__name__)
    print(log, t.cancelled())

run(main())
