import asyncio
from m import a, b as c

async def worker(name: str, delay=1.0, *args, key, **kw) -> None:
    await asyncio.sleep(delay)
    print(f"{name!r:>10} done {delay:.2f} {kw = }")

class Box(Base, metaclass=Meta):
    items: list = []
    def __init__(self, *values):
        self.values = [v * 2 for v in values if v if not v is None]
    def __getitem__(self, i):
        return self.values[i:i + 1:-1]

try:
    x, *rest = {1: 'a', **d}, {1, 2}, (), (1,), [*a]
except (KeyError, ValueError) as e:
    raise RuntimeError("bad") from e
else:
    pass
finally:
    del x
with open(p) as f, (g):
    while (n := len(f)) > 0 and not done or -x ** -2 < 3 <= 4:
        n -= 1; continue
    else:
        lambda a, /, b=1, *c, d, **e: a if b else c
