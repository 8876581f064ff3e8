# Pins point 20: run() called from inside a running task raises RuntimeError; a non-coroutine argument raises ValueError.
async def inner():
    return 1

async def main():
    c = inner()
    try:
        run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await c)

run(main())
try:
    run(42)
except ValueError as e:
    print("ValueError:", e)
