# Word frequency over a generated text: string building, split, strip, lower,
# dict get/set with string keys, then sorted() of the items with a tuple key.
SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "shi", "po", "ve", "zu", "an", "er"]


def make_vocab(n):
    vocab = []
    for i in range(n):
        w = ""
        k = i
        while True:
            w += SYLLABLES[k % 12]
            k = k // 12
            if k == 0:
                break
        vocab.append(w)
    return vocab


def make_text(vocab, nwords):
    seed = 42
    out = []
    for i in range(nwords):
        seed = (seed * 48271) % 2147483647
        span = 1 + seed % len(vocab)
        seed = (seed * 48271) % 2147483647
        w = vocab[seed % span]
        if i % 11 == 0:
            w = w.upper()
        if i % 13 == 0:
            w = w + "."
        elif i % 7 == 0:
            w = w + ","
        out.append(w)
    return " ".join(out)


def main():
    vocab = make_vocab(3000)
    text = make_text(vocab, 400000)
    counts = {}
    total = 0
    for w in text.split():
        w = w.strip(".,").lower()
        counts[w] = counts.get(w, 0) + 1
        total += 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    print("wordfreq", len(text), total, len(counts))
    for kv in top[:5]:
        print(f"{kv[0]} {kv[1]}")


main()
