# Pins point 5: gather starts its children in argument order, in the next loop iteration, after already-queued tasks.
log = []

async def child(name):
    log.append("start " + name)
    await sleep(0)
    log.append("end " + name)
    return name

async def main():
    create_task(child("pre"))
    g = gather(child("x"), child("y"), child("z"))
    log.append("gather created")
    print(await g)
    print(log)

run(main())
