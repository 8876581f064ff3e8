# Pins wait_for: within the timeout it returns the awaitable's result (coroutine, task or future), timeout=None waits forever, errors propagate unchanged.
async def val(x, d):
    await sleep(d)
    return x

async def bad():
    await sleep(0)
    raise KeyError("inner")

async def main():
    print(await wait_for(val("coro", 0), 1))
    print(await wait_for(create_task(val("task", 0.01)), 1))
    print(await wait_for(val("none", 0.02), None))
    fut = get_running_loop().create_future()
    get_running_loop().call_soon(fut.set_result, "fut")
    print(await wait_for(fut, 1))
    try:
        await wait_for(bad(), 1)
    except KeyError as e:
        print("KeyError", e)

run(main())
