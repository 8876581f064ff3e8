# Pins cancelling the future returned by gather itself: cancel() returns True, the children are cancelled (finally runs), the awaiter sees CancelledError;
# as in CPython the gather then ends done holding a CancelledError but cancelled() is False, and a second cancel() returns False.
async def child(d):
    try:
        await sleep(d)
    finally:
        print("child finally", d)

async def main():
    g = gather(child(0.5), child(0.6))
    await sleep(0)
    print(g.cancel())
    try:
        await g
    except CancelledError:
        print("awaiter got CancelledError")
    print(g.done(), g.cancelled())
    print(g.cancel())
    print(type(g.exception()).__name__)

run(main())
