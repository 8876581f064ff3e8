# Pins point 12: a task that catches CancelledError and goes on completes normally: cancelled() is False, its result is kept, cancelling() stays 1 until uncancel().
async def stubborn():
    try:
        await sleep(1)
    except CancelledError:
        print("swallowed")
    await sleep(0)
    me = current_task()
    print("inside cancelling", me.cancelling())
    print("uncancel returns", me.uncancel())
    print("inside cancelling", me.cancelling())
    return "finished anyway"

async def main():
    t = create_task(stubborn())
    await sleep(0)
    t.cancel()
    print(await t)
    print(t.cancelled(), t.done(), t.cancelling())

run(main())
