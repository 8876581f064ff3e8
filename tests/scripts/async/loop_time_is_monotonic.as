# Pins get_running_loop().time(): a float that never goes backwards and advances by at least the slept delay.
async def main():
    loop = get_running_loop()
    t0 = loop.time()
    print(type(t0).__name__)
    t1 = loop.time()
    print(t1 >= t0)
    await sleep(0.03)
    t2 = loop.time()
    print(t2 - t1 >= 0.025, t2 - t1 < 0.5)
    print(get_running_loop() is loop)

run(main())
