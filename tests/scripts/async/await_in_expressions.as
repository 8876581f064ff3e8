# Pins await inside expressions: f-strings, async comprehensions, conditional expressions, call arguments, displays, boolean operators and awaiting an awaited result.
async def val(x):
    await sleep(0)
    return x

async def make_coro():
    return val("nested")

async def main():
    print(f"got {await val(1)} and {await val('two')!r}")
    print([await val(i) for i in range(3)])
    print({k: await val(k * 2) for k in "ab"})
    print(await val("yes") if await val(True) else "no")
    print(max(await val(3), await val(7)), [await val(1), (await val(2), await val(3))])
    print(await val(0) or await val("second"))
    print(await (await make_coro()))
    print(-await val(5) + 2 * await val(4))

run(main())
