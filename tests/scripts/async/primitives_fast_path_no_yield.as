# Pins that primitives which can proceed at once do not yield: Queue.get on a non-empty queue, put on a non-full one, acquiring a free Lock or Semaphore, waiting on a set Event.
log = []

async def bg():
    log.append("bg")

async def main():
    q = Queue(5)
    lock = Lock()
    sem = Semaphore(2)
    ev = Event()
    ev.set()
    create_task(bg())
    await q.put(1)
    log.append(await q.get())
    await lock.acquire()
    lock.release()
    async with lock:
        pass
    await sem.acquire()
    sem.release()
    await ev.wait()
    log.append("fast paths done")
    await sleep(0)
    print(log)

run(main())
