# Pins Condition: wait() and notify() without holding the lock raise RuntimeError; a Condition can share a given Lock.
async def main():
    cond = Condition()
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cond.notify_all()
    except RuntimeError as e:
        print("RuntimeError:", e)
    lock = Lock()
    cond2 = Condition(lock)
    async with lock:
        print(cond2.locked())
        cond2.notify()
    print(cond2.locked())

run(main())
