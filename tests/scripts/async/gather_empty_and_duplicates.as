# Pins point 5: gather() gives [] at once; the same task passed twice gives its result twice; two coroutine objects each run.
count = 0

async def once():
    global count
    count += 1
    await sleep(0)
    return count

async def main():
    print(await gather())
    t = create_task(once())
    print(await gather(t, t, t))
    print(count)
    print(await gather(once(), once()))
    print(count)

run(main())
