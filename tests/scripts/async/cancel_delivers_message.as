# Pins point 9: the task sees CancelledError('msg') at its current await; awaiting the cancelled task raises CancelledError with the same args.
async def sleeper():
    try:
        await sleep(1)
    except CancelledError as e:
        print("inside:", type(e).__name__, e.args, str(e))
        raise

async def main():
    t = create_task(sleeper())
    await sleep(0)
    t.cancel("stop now")
    try:
        await t
    except CancelledError as e:
        print("awaiter:", e.args)
    print(t.cancelled())
    t2 = create_task(sleeper())
    await sleep(0)
    t2.cancel()
    try:
        await t2
    except CancelledError as e:
        print("awaiter, no msg:", e.args)

run(main())
