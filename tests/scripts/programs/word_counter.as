# Word frequency counter over a text: normalisation, counting, ranking.
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

def words(text):
    out = []
    current = ""
    for ch in text.lower():
        if "a" <= ch <= "z" or ch == "'":
            current += ch
        elif current:
            out.append(current)
            current = ""
    if current:
        out.append(current)
    return out

def count(ws):
    freq = {}
    for w in ws:
        freq[w] = freq.get(w, 0) + 1
    return freq

ws = words(TEXT)
freq = count(ws)
print("words:", len(ws), "distinct:", len(freq))
ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:8]:
    print(f"{word:>12} {n:3d} {'*' * n}")
by_len = {}
for w in freq:
    by_len.setdefault(len(w), []).append(w)
for length in sorted(by_len):
    print(length, sorted(by_len[length]))
longest = max(freq, key=lambda w: (len(w), w))
print("longest:", longest, "once:", sorted(w for w, n in freq.items() if n == 1))
