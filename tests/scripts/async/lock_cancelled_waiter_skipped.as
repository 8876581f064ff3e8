# Pins Lock: a waiter cancelled while queued is skipped; the lock passes to the next waiter in FIFO order.
log = []

async def worker(lock, name):
    try:
        async with lock:
            log.append(name)
            await sleep(0.02)
    except CancelledError:
        log.append(name + " cancelled")
        raise

async def main():
    lock = Lock()
    a = create_task(worker(lock, "a"))
    b = create_task(worker(lock, "b"))
    c = create_task(worker(lock, "c"))
    await sleep(0)
    b.cancel()
    await gather(a, b, c, return_exceptions=True)
    print(log, lock.locked())

run(main())
