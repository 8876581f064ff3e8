# Pins wait_for when the inner task swallows the cancellation and returns a value after the timeout: python 3.11 returns that value instead of raising TimeoutError.
async def stubborn():
    try:
        await sleep(1)
    except CancelledError:
        await sleep(0.01)
        return "late value"

async def main():
    try:
        print(await wait_for(stubborn(), 0.02))
    except TimeoutError:
        print("TimeoutError")

run(main())
