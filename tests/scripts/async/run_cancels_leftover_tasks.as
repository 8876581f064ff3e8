# Pins point 20: when main returns, run() cancels every remaining task and runs the loop until they finish; their finally blocks (awaits included) run before run() returns.
log = []

async def leftover(name):
    try:
        await sleep(10)
    except CancelledError:
        log.append(name + " cancelled")
        raise
    finally:
        await sleep(0.01)
        log.append(name + " finally done")

async def main():
    create_task(leftover("a"))
    create_task(leftover("b"))
    await sleep(0)
    log.append("main returns")
    return "result"

print(run(main()))
# The order in which run() cancels leftover tasks is unspecified (CPython iterates a set).
print(log[0], sorted(log[1:3]), sorted(log[3:]))
