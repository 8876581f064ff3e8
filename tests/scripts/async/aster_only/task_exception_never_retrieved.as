# Pins point 21: a task that failed and whose exception nobody retrieved is reported on stderr ("Task exception was never retrieved", its repr and traceback); exit status stays 0.
# aster-only: python3 prints these same lines (at GC time, Aster at program end), but the generator records stderr only for a non-zero exit status.
async def bad():
    raise ValueError("lost")

async def main():
    create_task(bad())
    await sleep(0.01)
    print("main done")

run(main())
print("after run")
