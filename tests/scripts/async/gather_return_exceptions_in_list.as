# Pins point 7: gather(return_exceptions=True) puts exceptions in the result list in argument order and raises nothing.
async def val(x):
    await sleep(0)
    return x

async def bad(exc):
    raise exc

async def main():
    res = await gather(val(1), bad(KeyError("k")), val(3), bad(ZeroDivisionError("z")), return_exceptions=True)
    print(res)
    print([type(r).__name__ for r in res])
    res = await gather(return_exceptions=True)
    print(res)

run(main())
