# aster-only: ExceptionGroup is an ordinary exception in Aster (spec, Deliberate differences): an uncaught one ends with a plain "Type: message" line, python3 draws the sub-exception tree.
# Pins: a failing TaskGroup that nobody catches exits with status 1 and reports the ExceptionGroup.
async def bad():
    await sleep(0)
    raise ValueError("child failed")

async def main():
    async with TaskGroup() as tg:
        tg.create_task(bad())

run(main())
