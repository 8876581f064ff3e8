# Pins Semaphore: at most `value` holders at once, waiters served FIFO, locked() when no slot is free.
log = []
active = 0
peak = 0

async def worker(sem, name):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        log.append(name)
        await sleep(0.01)
        active -= 1

async def main():
    sem = Semaphore(2)
    print(sem.locked())
    await gather(*[worker(sem, n) for n in "abcdef"])
    print(log, peak)
    await sem.acquire()
    await sem.acquire()
    print(sem.locked())
    sem.release()
    sem.release()
    print(sem.locked())

run(main())
