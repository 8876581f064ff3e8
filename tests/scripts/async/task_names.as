# Pins task names: create_task(name=) sets it, default names are "Task-N" from a counter, set_name() converts with str().
async def noop():
    pass

async def main():
    me = current_task()
    print(me.get_name())
    t = create_task(noop())
    print(t.get_name())
    n = create_task(noop(), name="worker")
    print(n.get_name())
    n.set_name("renamed")
    print(n.get_name())
    n.set_name(42)
    print(repr(n.get_name()))
    print(create_task(noop()).get_name())
    await sleep(0)

run(main())
