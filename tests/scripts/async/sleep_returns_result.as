# Pins sleep(delay, result): the awaited value is result (positional or keyword), None by default, and the delay really elapses.
async def main():
    loop = get_running_loop()
    print(await sleep(0))
    print(await sleep(0, "zero"))
    print(await sleep(0.01, [1, 2]))
    start = loop.time()
    print(await sleep(0.05, result="kw"))
    print(loop.time() - start >= 0.04)
    s = sleep(0, 42)
    print(await s)

run(main())
