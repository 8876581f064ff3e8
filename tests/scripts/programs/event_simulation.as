# A discrete-event simulation of a bank queue with a deterministic
# pseudo-random generator and a sorted event list.
class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state
    def between(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)
rng = LCG(2024)
events = []
def schedule(time, kind, who):
    events.append((time, kind, who))
    events.sort()
for c in range(8):
    schedule(rng.between(0, 30), "arrive", f"c{c}")
tellers_free = 2
queue = []
waits = {}
arrived = {}
log = []
while events:
    time, kind, who = events.pop(0)
    if kind == "arrive":
        arrived[who] = time
        queue.append(who)
    else:
        tellers_free += 1
        log.append(f"{time:3d} {who} leaves")
    while queue and tellers_free:
        nxt = queue.pop(0)
        tellers_free -= 1
        waits[nxt] = time - arrived[nxt]
        log.append(f"{time:3d} {nxt} served after waiting {waits[nxt]}")
        schedule(time + rng.between(3, 12), "depart", nxt)
for line in log:
    print(line)
print("average wait:", round(sum(waits.values()) / len(waits), 2), "max wait:", max(waits.values()))
