# Pins an uncaught exception from a gather child reaching the top level: exit status 1 and the child's exception as the last line.
async def child(n):
    await sleep(0.01 * n)
    if n == 2:
        raise ZeroDivisionError("child 2")
    return n

async def main():
    print(await gather(child(1), child(2), child(3)))

run(main())
