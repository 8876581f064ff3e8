# Pins loop.call_soon (FIFO, before timers, with arguments) and loop.call_later/call_at (deadline order).
log = []

def cb(*args):
    log.append(args)

async def main():
    loop = get_running_loop()
    loop.call_later(0.04, cb, "later", 40)
    loop.call_at(loop.time() + 0.02, cb, "at", 20)
    loop.call_soon(cb, "soon", 1)
    loop.call_soon(cb, "soon", 2)
    loop.call_soon(cb)
    await sleep(0)
    log.append("after sleep0")
    await sleep(0.07)
    print(log)

run(main())
