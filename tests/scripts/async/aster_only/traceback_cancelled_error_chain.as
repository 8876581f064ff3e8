# aster-only: top-level await (spec, Deliberate differences); python3 rejects it. The lines follow python3's format (python3 also shows asyncio's internal sleep frame, not pinned here).
# Pins: an exception raised while handling a CancelledError prints the CancelledError, "During handling of the above exception, another exception occurred:", then the new traceback.
async def worker():
    try:
        await sleep(1)
    except CancelledError:
        raise RuntimeError("cleanup failed")

t = create_task(worker())
await sleep(0)
t.cancel()
await t
