# aster-only: the generator keeps only the last stderr line; these last lines are python3's own traceback tail (checked by hand; above them python3 shows asyncio's internal frames).
# Pins: a traceback through direct awaits and a task hop lists main, middle (direct await), then the task's coroutine frames, with source lines.
async def worker():
    await sleep(0)
    raise ValueError("worker failed")

async def middle():
    t = create_task(worker())
    await t

async def main():
    await middle()

run(main())
