# aster-only: a script's top level may await directly (spec, Deliberate differences); python3 rejects top-level await.
# Pins: top-level await of a coroutine, a task, gather and sleep; the top level runs as a task, so create_task children start when it awaits.
log = []

async def child(x):
    log.append("child %d" % x)
    await sleep(0.01)
    return x

print(await child(1))
t = create_task(child(2))
log.append("created")
print(await t, await gather(child(3), child(4)))
print(await sleep(0, "slept"))
me = current_task()
print(isinstance(me, Task), me.done(), me in all_tasks())
print(log)
