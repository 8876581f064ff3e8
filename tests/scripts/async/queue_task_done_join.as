# Pins Queue.task_done()/join(): join() waits until every put item was marked done; too many task_done() calls raise ValueError.
log = []

async def worker(q):
    while True:
        item = await q.get()
        await sleep(0.01)
        log.append(item)
        q.task_done()

async def main():
    q = Queue()
    await q.join()
    print("join on empty queue returns at once")
    for i in range(4):
        q.put_nowait(i)
    w = create_task(worker(q))
    await q.join()
    print(log, q.empty())
    w.cancel()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

run(main())
