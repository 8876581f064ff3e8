# Pins errors around await: awaiting a non-awaitable is a TypeError, a coroutine cannot be awaited twice, create_task needs a coroutine.
async def work():
    return 1

async def main():
    try:
        await 5
    except TypeError as e:
        print("TypeError:", e)
    try:
        await None
    except TypeError as e:
        print("TypeError:", e)
    c = work()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        create_task(5)
    except TypeError as e:
        print("TypeError:", e)
    t = create_task(work())
    print(await t, await t)

run(main())
