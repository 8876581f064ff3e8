# Pins current_task() (the running task, also inside awaited coroutines) and all_tasks() (the set of unfinished tasks, current one included).
async def inner():
    return current_task()

async def child(started):
    started.append(current_task().get_name())
    await sleep(0.5)

async def main():
    me = current_task()
    print(me is await inner(), me.done())
    started = []
    t1 = create_task(child(started), name="c1")
    t2 = create_task(child(started), name="c2")
    tasks = all_tasks()
    print(len(tasks), me in tasks, t1 in tasks, t2 in tasks)
    await sleep(0)
    print(started)
    t1.cancel()
    await sleep(0)
    print(len(all_tasks()), t1 in all_tasks())
    print(type(all_tasks()).__name__)
    t2.cancel()
    await sleep(0)
    print(all_tasks() == {me})

run(main())
