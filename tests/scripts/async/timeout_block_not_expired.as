# Pins timeout(): a block that finishes in time runs to the end, expired() is False, and timeout(None) never expires.
async def main():
    async with timeout(0.5) as cm:
        await sleep(0.01)
        print("body done")
    print(cm.expired())
    async with timeout(None) as cm2:
        await sleep(0.02)
    print(cm2.expired(), cm2.when())
    print(current_task().cancelling())

run(main())
