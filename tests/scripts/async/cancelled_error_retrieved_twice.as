# Pins CPython's retrieval of a cancelled task's error: the first retrieval (await, result() or exception()) raises the original CancelledError('msg'), later ones a fresh CancelledError().
async def sleeper():
    await sleep(1)

async def main():
    for first in ("await", "result", "exception"):
        t = create_task(sleeper())
        await sleep(0)
        t.cancel("msg")
        await sleep(0)
        got = []
        for how in (first, "result", "exception", "await"):
            try:
                if how == "await":
                    await t
                elif how == "result":
                    t.result()
                else:
                    t.exception()
            except CancelledError as e:
                got.append((how, e.args))
        print(got)

run(main())
