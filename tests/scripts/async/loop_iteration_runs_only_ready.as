# Pins point 2: one loop iteration runs only what was ready when it started; work scheduled during it waits for the next one.
log = []

async def late(name):
    log.append(name)

async def early(name, spawn):
    log.append(name)
    if spawn:
        create_task(late("late-from-" + name))
    await sleep(0)
    log.append(name + "'")

async def main():
    create_task(early("x", True))
    create_task(early("y", False))
    create_task(early("z", True))
    await sleep(0)
    log.append("main1")
    await sleep(0)
    log.append("main2")
    await sleep(0)
    print(log)

run(main())
