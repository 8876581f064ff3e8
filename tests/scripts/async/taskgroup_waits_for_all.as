# Pins TaskGroup: leaving the block waits for every child, including children created by children and after the body's last await; create_task(name=) names them.
log = []

async def child(tg, name, d, spawn):
    await sleep(d)
    log.append(name)
    if spawn:
        tg.create_task(child(tg, name + ".sub", 0.02, False))
    return name

async def main():
    async with TaskGroup() as tg:
        a = tg.create_task(child(tg, "a", 0.04, False), name="A")
        b = tg.create_task(child(tg, "b", 0.02, True))
        log.append("body end")
    log.append("after block")
    print(log)
    print(a.result(), b.result(), a.get_name())

run(main())
