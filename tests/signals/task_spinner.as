# A task that never awaits gets the KeyboardInterrupt (spec: "even in a loop
# that never awaits"); its finally runs, the other tasks are cancelled and
# run theirs, and the program ends with status 130. (python3's asyncio.run
# only cancels the main task on the first Ctrl-C and would hang here.)
import sys
async def spinner():
    try:
        n = 0
        print("ready")
        sys.stdout.flush()
        while True:
            n += 1
    finally:
        print("spinner finally")
async def main():
    t = create_task(spinner())
    try:
        await sleep(10)
    finally:
        print("main finally")
run(main())
