# Pins the repr of a pending task: python 3.11 names the line where the coroutine is suspended and the future it waits for.
async def pending():
    x = 1
    await sleep(1)

async def main():
    p = create_task(pending(), name="p")
    print(repr(p))
    await sleep(0)
    print(repr(p))
    p.cancel()

run(main())
