# aster-only: Aster's deliberate rule (spec, Deliberate differences): timers with the same deadline fire in the order they were set; CPython's heap gives a scrambled order.
log = []

def cb(i):
    log.append(i)

loop = get_running_loop()
when = loop.time() + 0.02
for i in range(40):
    loop.call_at(when, cb, i)
await sleep(0.05)
print(log == list(range(40)))

# Sleeps with the same delay started in the same step share a deadline too.
woken = []

async def sleeper(i):
    await sleep(0.02)
    woken.append(i)

await gather(*[sleeper(i) for i in range(20)])
print(woken == list(range(20)))
print(woken[:5])
