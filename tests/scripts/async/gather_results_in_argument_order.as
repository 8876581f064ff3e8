# Pins point 5: gather returns results in argument order whatever the completion order.
finished = []

async def job(name, delay):
    await sleep(delay)
    finished.append(name)
    return name.upper()

async def main():
    res = await gather(job("a", 0.06), job("b", 0.02), job("c", 0.04))
    print(res)
    print(finished)

run(main())
