# Pins timeout() misuse: entering the same Timeout twice and rescheduling a finished or expired one raise RuntimeError.
# oracle: python >= 3.11.7 (TaskGroup and Timeout changed in 3.11 bug-fix releases after 3.11.2)
async def main():
    cm = timeout(1)
    async with cm:
        pass
    try:
        cm.reschedule(5)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with timeout(0.01) as cm2:
            await sleep(1)
    except TimeoutError:
        pass
    try:
        cm2.reschedule(5)
    except RuntimeError as e:
        print("RuntimeError:", e)

run(main())
