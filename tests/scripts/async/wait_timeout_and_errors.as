# Pins wait(timeout=): on timeout it returns what is done so far without raising or cancelling; an empty set and bare coroutines are rejected.
async def job(d):
    await sleep(d)
    return d

async def main():
    fast = create_task(job(0.01), name="fast")
    slow = create_task(job(0.5), name="slow")
    done, pending = await wait([fast, slow], timeout=0.04)
    print([t.get_name() for t in done], [t.get_name() for t in pending], slow.cancelled())
    slow.cancel()
    try:
        await wait([])
    except ValueError as e:
        print("ValueError:", e)
    c = job(0)
    try:
        await wait([c])
    except TypeError as e:
        print("TypeError:", e)
    await c
    done, pending = await wait({fast}, timeout=0)
    print(len(done), len(pending))

run(main())
