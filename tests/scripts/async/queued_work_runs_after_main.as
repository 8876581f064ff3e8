# The ready queue at the moment the main coroutine ends still runs (asyncio
# stops the loop from the main task's done-callback): tasks created and
# callbacks scheduled just before it returned.
import asyncio
async def w(): print("task body")
async def main():
    asyncio.create_task(w())
    asyncio.get_running_loop().call_soon(print, "callback")
    print("main end")
asyncio.run(main())
print("after run")
