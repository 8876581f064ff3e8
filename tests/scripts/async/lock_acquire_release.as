# Pins Lock: acquire() returns True, locked() reflects the state, releasing an unlocked lock raises RuntimeError, `async with` releases on error.
async def main():
    lock = Lock()
    print(lock.locked(), await lock.acquire(), lock.locked())
    lock.release()
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with lock as v:
            print("inside", v, lock.locked())
            raise ValueError("oops")
    except ValueError:
        print("after error", lock.locked())

run(main())
