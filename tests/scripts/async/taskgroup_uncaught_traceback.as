# A TaskGroup failure nobody catches: the group traceback with each task's error.
import asyncio
async def f(): raise ValueError("x")
async def g():
    raise KeyError("k")
async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(f())
        tg.create_task(g())
asyncio.run(main())
