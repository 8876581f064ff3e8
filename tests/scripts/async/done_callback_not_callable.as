# A done-callback that is not callable fails when it runs (reported on stderr),
# not when it is added; the loop goes on.
import asyncio
async def main():
    f = asyncio.get_running_loop().create_future()
    try:
        f.add_done_callback(5)
        f.set_result(1)
        await asyncio.sleep(0)
        print("no error at add")
    except TypeError as e:
        print("TE", e)
asyncio.run(main())
