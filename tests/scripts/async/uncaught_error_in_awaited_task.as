# Pins an uncaught exception raised in a task and propagated through `await` to the top: exit status 1 and Python's last line.
async def worker():
    await sleep(0)
    raise ValueError("worker failed")

async def main():
    t = create_task(worker())
    print("waiting")
    await t
    print("not reached")

run(main())
