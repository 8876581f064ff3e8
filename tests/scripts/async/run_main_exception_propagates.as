# Pins point 20: an exception escaping main leaves run() unchanged, after the leftover tasks were cancelled and cleaned up.
log = []

async def leftover():
    try:
        await sleep(10)
    finally:
        log.append("leftover finally")

async def main():
    create_task(leftover())
    await sleep(0)
    raise KeyError("from main")

try:
    run(main())
except KeyError as e:
    print("caught", repr(e))
print(log)
