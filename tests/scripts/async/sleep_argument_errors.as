# Pins sleep() with a bad delay: python 3.11 raises at the await, not at the call (sleep is a coroutine function); NaN delays are a ValueError.
async def main():
    c = sleep("x")
    print("sleep('x') created")
    try:
        await c
    except TypeError as e:
        print("TypeError:", e)
    try:
        await sleep(float("nan"))
    except ValueError as e:
        print("ValueError:", e)

run(main())
