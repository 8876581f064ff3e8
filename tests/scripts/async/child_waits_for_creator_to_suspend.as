# Pins point 1: a created task does not run while its creator keeps computing without awaiting.
log = []

async def child():
    log.append("child ran")

async def main():
    t = create_task(child())
    total = 0
    for i in range(10000):
        total += i
    log.append("creator computed %d" % total)
    print(t.done(), log)
    await t
    print(t.done(), log)

run(main())
