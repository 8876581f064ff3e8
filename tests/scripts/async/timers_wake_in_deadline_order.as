# Pins point 4: timers wake in deadline order whatever the creation order, and sleep(0) comes before any timer.
log = []

async def sleeper(d):
    await sleep(d)
    log.append(d)

async def main():
    await gather(sleeper(0.06), sleeper(0.02), sleeper(0), sleeper(0.04), sleeper(0.08))
    print(log)

run(main())
