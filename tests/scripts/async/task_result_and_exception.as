# Pins Task.result()/exception(): InvalidStateError while pending, the value or the raised exception when done, CancelledError when cancelled.
async def value():
    await sleep(0)
    return "v"

async def bad():
    await sleep(0)
    raise ValueError("bad")

async def main():
    t = create_task(value())
    try:
        t.result()
    except InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        t.exception()
    except InvalidStateError as e:
        print("InvalidStateError:", e)
    await t
    print(t.result(), t.exception())
    b = create_task(bad())
    await sleep(0)
    await sleep(0)
    print(b.done(), repr(b.exception()))
    try:
        b.result()
    except ValueError as e:
        print("result() raised", repr(e))
    c = create_task(value())
    c.cancel("gone")
    await sleep(0)
    try:
        c.result()
    except CancelledError as e:
        print("result() raised CancelledError", e.args)
    print(issubclass(InvalidStateError, Exception))

run(main())
