# Pins point 21: a failed task whose exception was retrieved (by exception(), result() or await) is not reported; stderr stays empty.
# aster-only: python3's stderr is empty too, but the generator records stderr only for a non-zero exit status.
async def bad(n):
    raise ValueError(n)

async def main():
    a = create_task(bad(1))
    b = create_task(bad(2))
    c = create_task(bad(3))
    await sleep(0)
    print(repr(a.exception()))
    try:
        b.result()
    except ValueError:
        print("result raised")
    try:
        await c
    except ValueError:
        print("await raised")

run(main())
