# Pins timeout_at(when): the deadline is an absolute loop.time() value.
async def main():
    loop = get_running_loop()
    start = loop.time()
    try:
        async with timeout_at(loop.time() + 0.03) as cm:
            await sleep(1)
    except TimeoutError:
        print("TimeoutError", cm.expired())
    print(loop.time() - start >= 0.025, loop.time() - start < 0.5)

run(main())
