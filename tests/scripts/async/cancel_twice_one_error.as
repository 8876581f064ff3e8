# Pins point 13: two cancel() calls before delivery produce one CancelledError with cancelling() == 2; each later cancel() delivers a new one (4 calls, 3 errors).
errors = []

async def stubborn():
    for i in range(5):
        try:
            await sleep(0.5)
        except CancelledError as e:
            errors.append(e.args)
    return current_task().cancelling()

async def main():
    t = create_task(stubborn())
    await sleep(0)
    print(t.cancel("one"), t.cancel("two"))
    print(t.cancelling())
    await sleep(0)
    print(errors)
    t.cancel("three")
    await sleep(0)
    t.cancel("four")
    await sleep(0)
    print(len(errors), errors)
    print(t.cancelling())
    t.cancel()
    t.cancel()
    print(await t, errors[-1])

run(main())
