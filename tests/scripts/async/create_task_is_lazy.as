# Pins point 1: create_task only queues the first step; children run FIFO once the creator suspends.
log = []

async def child(name):
    log.append(name)

async def main():
    create_task(child("A"))
    create_task(child("B"))
    create_task(child("C"))
    log.append("m")
    await sleep(0)
    log.append("m2")
    print(log)

run(main())
