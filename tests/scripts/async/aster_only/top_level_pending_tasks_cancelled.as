# aster-only: a script's top level is itself the main coroutine (spec); python3 needs asyncio.run (see ../run_cancels_leftover_tasks.as).
# Pins: when the top level finishes, still-pending tasks are cancelled and their except/finally blocks run, awaits included, before the program exits with status 0.
async def leftover(name):
    try:
        await sleep(10)
    except CancelledError:
        print(name, "cancelled")
        raise
    finally:
        await sleep(0.01)
        print(name, "finally done")

async def finished():
    return 1

create_task(leftover("a"))
await create_task(finished())
print("end of top level")
