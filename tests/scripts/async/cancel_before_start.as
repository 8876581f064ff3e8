# Pins point 10: a task cancelled before its first step never runs its body, finally included, and ends cancelled.
log = []

async def body():
    try:
        log.append("body started")
        await sleep(0)
    finally:
        log.append("finally")

async def main():
    t = create_task(body())
    print(t.cancel(), t.done())
    await sleep(0)
    print(t.done(), t.cancelled(), log)
    try:
        await t
    except CancelledError:
        print("await raised CancelledError")

run(main())
