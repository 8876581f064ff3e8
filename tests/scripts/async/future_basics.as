# Pins futures: loop.create_future(), set_result/set_exception wake the awaiter, a second set raises InvalidStateError, cancel() works like a task's.
async def setter(fut, v):
    await sleep(0.01)
    fut.set_result(v)

async def main():
    loop = get_running_loop()
    fut = loop.create_future()
    print(fut.done(), fut.cancelled())
    create_task(setter(fut, "hello"))
    print(await fut, fut.done(), fut.result())
    try:
        fut.set_result("again")
    except InvalidStateError as e:
        print("InvalidStateError:", e)
    f2 = loop.create_future()
    loop.call_soon(f2.set_exception, KeyError("k"))
    try:
        await f2
    except KeyError as e:
        print("KeyError", e, repr(f2.exception()))
    f3 = loop.create_future()
    print(f3.cancel("msg"), f3.cancelled(), f3.done(), f3.cancel())
    try:
        await f3
    except CancelledError as e:
        print("CancelledError", e.args)
    f4 = Future()
    loop.call_later(0.01, f4.set_result, 4)
    print(await f4)

run(main())
