# Pins point 21: a coroutine object that is never awaited is reported as a RuntimeWarning naming the function, the line that created it and its source; its body never runs.
# aster-only: python3 prints the warning at GC time (plus a tracemalloc hint line), Aster at program end; the generator records stderr only for a non-zero exit status.
async def f():
    print("never printed")

async def main():
    f()
    print("main done")

run(main())
