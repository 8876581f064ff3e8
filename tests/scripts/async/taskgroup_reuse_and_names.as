# Pins TaskGroup details: entering the same group twice raises RuntimeError; a group without children exits at once; child results are read from the tasks.
# oracle: python >= 3.11.7 (TaskGroup and Timeout changed in 3.11 bug-fix releases after 3.11.2)
async def double(x):
    await sleep(0)
    return 2 * x

async def main():
    tg = TaskGroup()
    async with tg:
        ts = [tg.create_task(double(i)) for i in range(4)]
    print([t.result() for t in ts])
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with TaskGroup():
        pass
    print("empty group ok")

run(main())
