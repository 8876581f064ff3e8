# Pins add_done_callback/remove_done_callback: callbacks run via the loop (not inside add/cancel), in registration order, with the task as argument; removal returns the count removed.
log = []

def cb1(t):
    log.append(("cb1", t.result()))

def cb2(t):
    log.append(("cb2", t.done()))

async def value():
    await sleep(0)
    return 3

async def main():
    t = create_task(value())
    t.add_done_callback(cb1)
    t.add_done_callback(cb2)
    t.add_done_callback(cb1)
    print(t.remove_done_callback(cb2), t.remove_done_callback(cb2))
    await t
    log.append("awaited")
    await sleep(0)
    print(log)
    log.clear()
    t.add_done_callback(cb2)
    log.append("added after done")
    await sleep(0)
    print(log)
    log.clear()
    c = create_task(value())
    c.add_done_callback(lambda f: log.append(("cancelled cb", f.cancelled())))
    c.cancel()
    log.append("after cancel")
    await sleep(0)
    await sleep(0)
    print(log)

run(main())
