# Pins `async with` on a user class: __aenter__'s result is bound by `as`, both hooks may await, __aexit__ gets the exception and suppresses it by returning True.
log = []

class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await sleep(0)
        log.append("enter " + self.name)
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        await sleep(0)
        log.append(("exit", self.name, exc_type.__name__ if exc_type else None, repr(exc)))
        return self.suppress

async def main():
    async with Resource("a") as v:
        log.append("body " + v)
    async with Resource("b", suppress=True):
        raise KeyError("swallowed")
    try:
        async with Resource("c"):
            raise ValueError("escapes")
    except ValueError as e:
        log.append("caught " + str(e))
    async with Resource("outer") as o, Resource("inner") as i:
        log.append(o + i)
    for entry in log:
        print(entry)

run(main())
