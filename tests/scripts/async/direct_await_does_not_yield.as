# Pins point 3: awaiting a coroutine that never suspends runs it inline; no other task gets a turn.
log = []

async def noop():
    log.append("noop")
    return 1

async def bg():
    log.append("bg")

async def main():
    create_task(bg())
    r = await noop()
    log.append("after")
    r += await noop()
    log.append("after2")
    await sleep(0)
    print(log, r)

run(main())
