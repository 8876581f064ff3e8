# Pins point 7: a gather child cancelled by someone else makes the awaiter get CancelledError, yet the gather is not cancelled() and the awaiter's cancelling() stays 0.
async def child(d):
    await sleep(d)
    return d

async def main():
    victim = create_task(child(0.04))
    other = create_task(child(0.02))
    g = gather(victim, other)
    await sleep(0)
    victim.cancel()
    try:
        await g
    except CancelledError as e:
        print("awaiter got CancelledError", e.args)
    print("gather done", g.done(), "cancelled", g.cancelled())
    print("cancelling", current_task().cancelling())
    print("other done", other.done())
    await sleep(0.03)
    print("other done", other.done(), other.result())

run(main())
