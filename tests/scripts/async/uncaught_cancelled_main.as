# Pins a main coroutine that ends cancelled: asyncio.run raises CancelledError out of the program (exit status 1).
async def main():
    current_task().cancel()
    print("before await")
    await sleep(0)
    print("not reached")

run(main())
