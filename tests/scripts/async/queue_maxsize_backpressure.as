# Pins Queue(maxsize): put() blocks while the queue is full and resumes, in order, as a consumer takes items.
log = []

async def producer(q):
    for i in range(5):
        await q.put(i)
        log.append("put %d" % i)
    log.append("producer done")

async def consumer(q):
    for i in range(5):
        await sleep(0.01)
        item = await q.get()
        log.append("got %d" % item)

async def main():
    q = Queue(maxsize=2)
    await gather(producer(q), consumer(q))
    print(log)
    print(q.empty())

run(main())
