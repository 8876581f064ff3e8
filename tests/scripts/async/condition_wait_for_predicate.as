# Pins Condition.wait_for(predicate): it returns the predicate's value at once if true, otherwise re-waits on each notify until it is true.
state = {"n": 0}
log = []

async def consumer(cond):
    async with cond:
        r = await cond.wait_for(lambda: state["n"] >= 3)
        log.append(("consumer woke", state["n"], r))

async def main():
    cond = Condition()
    async with cond:
        print(await cond.wait_for(lambda: "already"))
    t = create_task(consumer(cond))
    for i in range(4):
        await sleep(0.01)
        async with cond:
            state["n"] += 1
            log.append(("notify", state["n"]))
            cond.notify_all()
    await t
    print(log)

run(main())
