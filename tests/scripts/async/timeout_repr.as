# Pins the repr of a Timeout through its states: created, active (with when=), finished, expired.
async def main():
    cm = timeout(None)
    print(repr(cm))
    async with cm:
        print(repr(cm))
    print(repr(cm))
    try:
        async with timeout(0.01) as cm2:
            await sleep(1)
    except TimeoutError:
        print(repr(cm2))

run(main())
