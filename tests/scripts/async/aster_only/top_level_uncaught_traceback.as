# aster-only: top-level await (spec, Deliberate differences); python3 rejects it. The traceback has python3's format.
# Pins: an exception from an await chain started at the top level shows every await frame, outermost first: <module>, mid, leaf.
async def leaf():
    await sleep(0)
    raise KeyError("leaf")

async def mid():
    await leaf()

print("start")
await mid()
print("not reached")
