# Pins BoundedSemaphore: releasing more than acquired raises ValueError; a plain Semaphore may grow; a negative value is a ValueError.
async def main():
    b = BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    s = Semaphore(1)
    s.release()
    await s.acquire()
    await s.acquire()
    print(s.locked())
    try:
        Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    print(issubclass(BoundedSemaphore, Semaphore))

run(main())
