# Ctrl-C while the loop waits for a timer cancels the main task (its finally
# runs), then run() raises KeyboardInterrupt, as asyncio.run does.
import sys
async def main():
    try:
        print("ready")
        sys.stdout.flush()
        await sleep(10)
    except CancelledError:
        print("main cancelled")
        raise
    finally:
        print("main finally")
run(main())
