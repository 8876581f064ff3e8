# Pins point 16: on timeout wait_for cancels the inner awaitable, waits for its cleanup (awaits in finally included), then raises the builtin TimeoutError.
import asyncio
log = []

async def slow():
    try:
        await sleep(1)
    finally:
        log.append("cleanup start")
        await sleep(0.02)
        log.append("cleanup end")

async def main():
    loop = get_running_loop()
    start = loop.time()
    try:
        await wait_for(slow(), 0.02)
    except TimeoutError as e:
        print("TimeoutError", type(e) is TimeoutError, e.args)
        log.append("timeout seen")
    print(log)
    print(asyncio.TimeoutError is TimeoutError)
    print(loop.time() - start >= 0.035, loop.time() - start < 0.5)

run(main())
