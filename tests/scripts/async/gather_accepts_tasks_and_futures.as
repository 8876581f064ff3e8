# Pins gather over a mix of coroutines, tasks and futures; the result of each keeps its position.
async def val(x, d):
    await sleep(d)
    return x

async def main():
    loop = get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.02, fut.set_result, "fut")
    t = create_task(val("task", 0.04))
    res = await gather(val("coro", 0), t, fut, sleep(0, "sleep"))
    print(res)
    print(t.done(), fut.done())

run(main())
