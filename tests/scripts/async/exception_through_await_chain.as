# Pins exceptions propagating through await chains and tasks: the original exception object arrives unchanged, finally blocks run in order, and raise-from chains survive.
log = []

async def level3():
    try:
        raise KeyError("deep")
    finally:
        log.append("finally 3")

async def level2():
    try:
        await level3()
    finally:
        log.append("finally 2")

async def level1():
    try:
        await create_task(level2())
    except KeyError as e:
        raise RuntimeError("wrapped") from e

async def main():
    try:
        await level1()
    except RuntimeError as e:
        print(repr(e), repr(e.__cause__))
    print(log)
    t = create_task(level3())
    try:
        await t
    except KeyError as e:
        print(e is t.exception())

run(main())
