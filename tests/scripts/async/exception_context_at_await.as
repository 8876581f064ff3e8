# An exception delivered at an await (a future's exception, a gather's failure,
# a cancellation) is chained to the exception the task is handling.
import asyncio
async def main():
    f = asyncio.get_running_loop().create_future()
    async def w():
        try:
            raise ValueError("outer")
        except ValueError:
            try:
                await f
            except KeyError as e:
                print(repr(e.__context__))
    t = asyncio.create_task(w())
    await asyncio.sleep(0)
    f.set_exception(KeyError("k"))
    await t
    async def boom():
        await asyncio.sleep(0.01)
        raise RuntimeError("child")
    try:
        raise ValueError("first")
    except ValueError:
        try:
            await asyncio.gather(boom())
        except RuntimeError as e:
            print(repr(e.__context__))
    async def sleeper():
        try:
            raise TypeError("t")
        except TypeError:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError as e:
                print("cancel ctx", repr(e.__context__))
                raise
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled")
asyncio.run(main())
