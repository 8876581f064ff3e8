# Pins point 16: with timeout <= 0 a coroutine that has not started times out even if it would return at once; a done future's result is returned.
log = []

async def instant():
    log.append("instant ran")
    return "instant"

async def main():
    for t in (0, -1):
        try:
            print(await wait_for(instant(), t))
        except TimeoutError:
            print("TimeoutError with timeout", t)
    print(log)
    fut = get_running_loop().create_future()
    fut.set_result("ready")
    print(await wait_for(fut, 0))

run(main())
