# Pins point 16: wait_for on a task cancels that task on timeout; the task ends cancelled and its CancelledError handler ran.
async def slow():
    try:
        await sleep(1)
    except CancelledError:
        print("task sees CancelledError")
        raise

async def main():
    t = create_task(slow())
    try:
        await wait_for(t, 0.02)
    except TimeoutError:
        print("TimeoutError")
    print(t.done(), t.cancelled())
    print(current_task().cancelling())

run(main())
