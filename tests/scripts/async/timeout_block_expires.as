# Pins point 17: inside `async with timeout(d)` the code sees CancelledError; outside it becomes TimeoutError; expired() is True and cancelling() is back to 0.
# oracle: python >= 3.11.7 (TaskGroup and Timeout changed in 3.11 bug-fix releases after 3.11.2)
async def main():
    log = []
    try:
        async with timeout(0.02) as cm:
            try:
                await sleep(1)
            except CancelledError as e:
                log.append("inside: CancelledError")
                raise
            log.append("not reached")
    except TimeoutError as e:
        log.append("outside: TimeoutError")
        print(type(e.__cause__).__name__ if e.__cause__ else None)
    print(log)
    print(cm.expired(), current_task().cancelling())
    await sleep(0)
    print("task still usable")

run(main())
