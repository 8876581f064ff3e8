# aster-only: tasks that await each other in a cycle. Cancelling one passes the
# cancel round the cycle: RecursionError from cancel(), as in CPython, not a
# crash. At the end of the program the loop's own cancel of the pair is
# reported on stderr; CPython's asyncio.run re-raises it (exit status 1),
# Aster reports it and exits 0.
import asyncio
async def a():
    await tb
async def b():
    await ta
async def main():
    global ta, tb
    ta = asyncio.create_task(a())
    tb = asyncio.create_task(b())
    await asyncio.sleep(0.01)
    try:
        ta.cancel()
    except RecursionError as e:
        print("RecursionError")
    print("end")
asyncio.run(main())
