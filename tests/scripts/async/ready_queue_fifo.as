# Pins point 1: the ready queue is FIFO, also for tasks created by tasks (they queue behind everything already ready).
log = []

async def grandchild(name):
    log.append(name)

async def child(i):
    log.append("c%d" % i)
    if i == 0:
        create_task(grandchild("g0"))
    await sleep(0)
    log.append("c%d'" % i)

async def main():
    for i in range(5):
        create_task(child(i))
    log.append("main")
    await sleep(0)
    log.append("main'")
    await sleep(0)
    log.append("main''")
    print(log)

run(main())
