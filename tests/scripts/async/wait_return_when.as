# Pins wait(): ALL_COMPLETED (default), FIRST_COMPLETED and FIRST_EXCEPTION return (done, pending) sets; pending tasks are not cancelled.
async def job(name, d, fail=False):
    await sleep(d)
    if fail:
        raise ValueError(name)
    return name

def names(tasks):
    return sorted(t.get_name() for t in tasks)

async def main():
    ts = [create_task(job("a", 0.02), name="a"), create_task(job("b", 0.04), name="b")]
    done, pending = await wait(ts)
    print(names(done), names(pending))
    ts = [create_task(job("a", 0.02), name="a"), create_task(job("b", 0.06), name="b")]
    done, pending = await wait(ts, return_when=FIRST_COMPLETED)
    print(names(done), names(pending), [t.cancelled() for t in pending])
    await wait(pending)
    ts = [create_task(job("ok", 0.02), name="ok"), create_task(job("bad", 0.04, True), name="bad"),
          create_task(job("slow", 0.08), name="slow")]
    done, pending = await wait(ts, return_when=FIRST_EXCEPTION)
    print(names(done), names(pending))
    print([repr(t.exception()) for t in done if t.get_name() == "bad"])
    ts = [create_task(job("ok", 0.02), name="ok"), create_task(job("ok2", 0.04), name="ok2")]
    done, pending = await wait(ts, return_when=FIRST_EXCEPTION)
    print(names(done), names(pending))
    print(ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION)
    await sleep(0.05)

run(main())
