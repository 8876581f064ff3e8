# aster-only: Aster's syntax-error format (file:LINE:COL, exit status 2); python3 also rejects it at compile time, in its own format.
# Pins: a plain def nested in an async def is not async: `await` in it is a SyntaxError (column of the await keyword).
print("not run")

async def outer():
    def inner():
        return await sleep(0)
    return inner
