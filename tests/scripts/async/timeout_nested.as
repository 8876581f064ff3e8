# Pins nested timeout() blocks: the inner one expiring raises TimeoutError inside the outer; when the outer expires, only the outer reports expired().
async def main():
    async with timeout(0.5) as outer:
        try:
            async with timeout(0.02) as inner:
                await sleep(1)
        except TimeoutError:
            print("inner expired", inner.expired(), outer.expired())
        await sleep(0)
    print("outer", outer.expired())
    try:
        async with timeout(0.02) as outer:
            async with timeout(0.5) as inner:
                await sleep(1)
    except TimeoutError:
        print("outer expired", outer.expired(), inner.expired())
    print(current_task().cancelling())

run(main())
