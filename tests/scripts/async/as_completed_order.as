# Pins as_completed(): yields awaitables in completion order; each await gives the next result (exceptions raised there); timeout raises TimeoutError.
async def job(x, d, fail=False):
    await sleep(d)
    if fail:
        raise KeyError(x)
    return x

async def main():
    res = []
    for f in as_completed([job("slow", 0.06), job("fast", 0.02), job("mid", 0.04)]):
        res.append(await f)
    print(res)
    got = []
    for f in as_completed([job("a", 0.02), job("b", 0.04, True)]):
        try:
            got.append(await f)
        except KeyError as e:
            got.append("KeyError " + str(e))
    print(got)
    got = []
    try:
        for f in as_completed([job("quick", 0.01), job("never", 0.5)], timeout=0.04):
            got.append(await f)
    except TimeoutError:
        got.append("TimeoutError")
    print(got)

run(main())
