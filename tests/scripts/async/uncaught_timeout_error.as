# Pins an uncaught TimeoutError from wait_for reaching the top level: exit status 1, last line "TimeoutError".
async def main():
    await wait_for(sleep(1), 0.02)

run(main())
