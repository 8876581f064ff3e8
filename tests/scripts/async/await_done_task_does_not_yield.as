# Pins point 3: awaiting an already-done task or future returns at once without letting others run.
log = []

async def quick():
    return "q"

async def bg():
    for i in range(3):
        log.append("bg" + str(i))
        await sleep(0)

async def main():
    t = create_task(quick())
    await sleep(0)
    print(t.done())
    create_task(bg())
    fut = get_running_loop().create_future()
    fut.set_result("f")
    log.append("before")
    log.append(await t)
    log.append(await t)
    log.append(await fut)
    log.append("after")
    await sleep(0)
    await sleep(0)
    await sleep(0)
    print(log)

run(main())
