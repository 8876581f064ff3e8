# Pins point 20: a leftover task that ends with a non-cancel exception while run() cancels it at shutdown is logged as "unhandled exception during asyncio.run() shutdown"; exit status stays 0.
# aster-only: python3 prints these same lines, but the generator records stderr only for a non-zero exit status.
async def stubborn():
    try:
        await sleep(1)
    except CancelledError:
        print("cancelled at shutdown")
    raise ValueError("during shutdown")

async def main():
    create_task(stubborn())
    await sleep(0)
    print("main done")

run(main())
print("after run")
