# Pins SystemExit raised in a task: it stops the loop and the program exits with its code, but pending tasks are still cancelled and run their finally blocks first.
async def quitter():
    await sleep(0)
    raise SystemExit(7)

async def main():
    t = create_task(quitter())
    try:
        await sleep(1)
    except CancelledError:
        print("main cancelled")
        raise
    finally:
        print("main finally; quitter:", t.done(), repr(t.exception()))

run(main())
print("not reached")
