# Pins timeout(): if the body swallows the CancelledError, the block exits normally (no TimeoutError) and expired() is True.
async def main():
    async with timeout(0.02) as cm:
        try:
            await sleep(1)
        except CancelledError:
            print("swallowed")
    print("no TimeoutError", cm.expired())

run(main())
