# Pins the types of tasks and coroutines: isinstance of Task and Future, type names before and after the task ran.
async def work():
    return 1

async def main():
    c = work()
    print(type(c).__name__)
    t = create_task(c)
    print(isinstance(t, Task), isinstance(t, Future), type(t).__name__)
    print(await t, type(c).__name__)

run(main())
