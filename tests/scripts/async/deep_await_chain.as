# Pins a deep chain of coroutines awaiting coroutines (300 levels) that suspends at the bottom: the value and an exception both travel back through every level.
async def down(n):
    if n == 0:
        await sleep(0.01)
        return 0
    return 1 + await down(n - 1)

async def fail(n):
    if n == 0:
        await sleep(0)
        raise ValueError("bottom")
    try:
        return await fail(n - 1)
    finally:
        unwound.append(n)

unwound = []

async def main():
    print(await down(300))
    try:
        await fail(300)
    except ValueError as e:
        print(e, len(unwound), unwound[0], unwound[-1])

run(main())
