# Pins cancelling a task that awaits a plain future: the future is cancelled too (with the message), and a later set_result on it raises InvalidStateError.
async def waiter(fut):
    try:
        await fut
    except CancelledError as e:
        print("task saw", e.args)
        raise

async def main():
    fut = get_running_loop().create_future()
    t = create_task(waiter(fut))
    await sleep(0)
    t.cancel("bye")
    await sleep(0)
    print(fut.cancelled(), t.cancelled())
    try:
        fut.set_result(1)
    except InvalidStateError:
        print("InvalidStateError")

run(main())
