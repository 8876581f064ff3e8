# sleep(delay, result=None) binds its arguments like the Python function it is:
# keywords, and the messages for missing, extra or unknown arguments.
import asyncio
async def main():
    print(await asyncio.sleep(delay=0, result=6), await asyncio.sleep(0, "r"), await asyncio.sleep(0.01, result=[1]))
    for bad in (lambda: asyncio.sleep(), lambda: asyncio.sleep(1, 2, 3), lambda: asyncio.sleep(1, delay=2), lambda: asyncio.sleep(1, x=2)):
        try:
            c = bad()
            await c
        except TypeError as e:
            print("TypeError", e)
    try:
        await asyncio.sleep()
    except TypeError as e:
        print("TypeError", e)
    try:
        await asyncio.sleep(1, 2, 3)
    except TypeError as e:
        print("TypeError", e)
    try:
        await asyncio.sleep("x")
    except TypeError as e:
        print("TypeError", e)
asyncio.run(main())
