# Pins point 20: run(coro) returns the coroutine's result, can be called again afterwards, and each run() creates a new loop.
async def main(x):
    await sleep(0.01)
    return x * 2

print(run(main(21)))
print(run(main("ab")))

async def loops():
    return get_running_loop()

l1 = run(loops())
l2 = run(loops())
print(l1 is l2)
