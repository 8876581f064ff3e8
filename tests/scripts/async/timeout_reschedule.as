# Pins timeout.reschedule()/when(): moving the deadline later lets the block finish; reschedule(None) disables it; moving it into the past expires at once.
async def main():
    loop = get_running_loop()
    async with timeout(0.02) as cm:
        cm.reschedule(loop.time() + 0.5)
        await sleep(0.04)
        print("survived the original deadline")
        print(cm.when() > loop.time())
    print(cm.expired())
    async with timeout(0.02) as cm:
        cm.reschedule(None)
        print(cm.when())
        await sleep(0.04)
    print(cm.expired())
    try:
        async with timeout(0.5) as cm:
            cm.reschedule(loop.time() - 1)
            await sleep(0.2)
            print("not reached")
    except TimeoutError:
        print("expired after reschedule into the past", cm.expired())

run(main())
