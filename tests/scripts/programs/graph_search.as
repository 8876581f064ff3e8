# Graph algorithms on adjacency dicts: BFS shortest path, DFS order,
# topological sort, connected components, Dijkstra with a simple heap.
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": [], "g": ["h"], "h": []}
def bfs(start, goal):
    queue = [[start]]
    seen = {start}
    while queue:
        path = queue.pop(0)
        if path[-1] == goal:
            return path
        for n in graph[path[-1]]:
            if n not in seen:
                seen.add(n)
                queue.append(path + [n])
    return None
def dfs(node, seen=None, order=None):
    if seen is None:
        seen, order = set(), []
    seen.add(node)
    order.append(node)
    for n in graph[node]:
        if n not in seen:
            dfs(n, seen, order)
    return order
def toposort():
    indeg = {n: 0 for n in graph}
    for n in graph:
        for m in graph[n]:
            indeg[m] += 1
    ready = sorted(n for n in graph if indeg[n] == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m in graph[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    return out
print(bfs("a", "f"), bfs("a", "g"), dfs("a"), toposort())
undirected = {}
for n, ms in graph.items():
    undirected.setdefault(n, set())
    for m in ms:
        undirected[n].add(m)
        undirected.setdefault(m, set()).add(n)
comps, seen = [], set()
for n in sorted(undirected):
    if n in seen:
        continue
    stack, comp = [n], []
    while stack:
        x = stack.pop()
        if x in seen:
            continue
        seen.add(x)
        comp.append(x)
        stack.extend(sorted(undirected[x] - seen))
    comps.append(sorted(comp))
print(comps)
def heappush(h, item):
    h.append(item)
    i = len(h) - 1
    while i and h[(i - 1) // 2] > h[i]:
        h[(i - 1) // 2], h[i] = h[i], h[(i - 1) // 2]
        i = (i - 1) // 2
def heappop(h):
    top = h[0]
    last = h.pop()
    if h:
        h[0] = last
        i = 0
        while True:
            l, r, m = 2 * i + 1, 2 * i + 2, i
            if l < len(h) and h[l] < h[m]: m = l
            if r < len(h) and h[r] < h[m]: m = r
            if m == i:
                break
            h[i], h[m] = h[m], h[i]
            i = m
    return top
weighted = {"A": {"B": 7, "C": 9, "F": 14}, "B": {"A": 7, "C": 10, "D": 15}, "C": {"A": 9, "B": 10, "D": 11, "F": 2},
            "D": {"B": 15, "C": 11, "E": 6}, "E": {"D": 6, "F": 9}, "F": {"A": 14, "C": 2, "E": 9}}
def dijkstra(src):
    dist = {src: 0}
    h = [(0, src)]
    while h:
        d, n = heappop(h)
        if d > dist.get(n, d):
            continue
        for m, w in weighted[n].items():
            if d + w < dist.get(m, 10**9):
                dist[m] = d + w
                heappush(h, (d + w, m))
    return dict(sorted(dist.items()))
print(dijkstra("A"))
