# Pins point 19: Lock is acquired in FIFO order of the acquire() calls and only one holder runs its critical section at a time.
log = []

async def worker(lock, name):
    async with lock:
        log.append(name + " in")
        await sleep(0.005)
        log.append(name + " out")

async def main():
    lock = Lock()
    await gather(*[worker(lock, n) for n in ["c", "a", "d", "b"]])
    print(log)
    print(lock.locked())

run(main())
