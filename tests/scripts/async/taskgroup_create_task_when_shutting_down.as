# Pins point 18: create_task on a TaskGroup that is shutting down (after an error) or finished raises RuntimeError.
async def bad():
    raise ValueError("x")

async def nothing():
    pass

async def main():
    try:
        async with TaskGroup() as tg:
            tg.create_task(bad())
            try:
                await sleep(1)
            except CancelledError:
                pass
            c = nothing()
            try:
                tg.create_task(c)
            except RuntimeError as e:
                print("RuntimeError:", e)
            await c
    except ExceptionGroup as eg:
        print(len(eg.exceptions))
    async with TaskGroup() as tg2:
        pass
    c = nothing()
    try:
        tg2.create_task(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    await c

run(main())
