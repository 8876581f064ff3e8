# Conway's game of life on a small torus: a glider for a few generations.
W, H = 8, 6
def step(cells):
    new = set()
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    p = ((x + dx) % W, (y + dy) % H)
                    counts[p] = counts.get(p, 0) + 1
    for p, n in counts.items():
        if n == 3 or (n == 2 and p in cells):
            new.add(p)
    return new
def show(cells):
    for y in range(H):
        print("".join("#" if (x, y) in cells else "." for x in range(W)))
cells = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
for gen in range(4):
    print("gen", gen, "alive", len(cells))
    show(cells)
    cells = step(cells)
print(sorted(cells))
