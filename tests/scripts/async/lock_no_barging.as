# Pins Lock fairness: after release(), a newcomer cannot take the lock ahead of a task already waiting for it.
log = []

async def holder(lock):
    async with lock:
        log.append("holder has it")
        await sleep(0.01)
    log.append("holder released")

async def waiter(lock):
    async with lock:
        log.append("waiter has it")

async def newcomer(lock):
    async with lock:
        log.append("newcomer has it")

async def main():
    lock = Lock()
    h = create_task(holder(lock))
    w = create_task(waiter(lock))
    await sleep(0.02)
    await gather(h, w, newcomer(lock))
    print(log)

run(main())
