# Pins Event: is_set/set/clear; wait() on a set event returns True without yielding; clear() makes later waiters block again.
log = []

async def bg():
    log.append("bg")

async def main():
    ev = Event()
    print(ev.is_set())
    ev.set()
    ev.set()
    print(ev.is_set())
    create_task(bg())
    print(await ev.wait(), log)
    ev.clear()
    print(ev.is_set())
    try:
        await wait_for(ev.wait(), 0.02)
    except TimeoutError:
        print("blocked after clear")
    get_running_loop().call_later(0.02, ev.set)
    print(await ev.wait(), log)

run(main())
