# wordcount.as - count the words of a text file and print the most common.
#
# Shows: reading a file line by line with `with open(...) as f`, sys.argv,
# string methods, a dict used as a counter, sorting with a key function,
# f-string alignment, and reporting an error on stderr with an exit status.
#
#   aster examples/wordcount.as                  the sample text, top 10
#   aster examples/wordcount.as FILE [N]         FILE, top N
#
# A word is a run of letters: everything else (digits, spaces, punctuation,
# apostrophes) separates words, so "don't" counts as "don" and "t".

import os
import sys

# The sample lives next to this script, wherever it is run from.
DEFAULT_FILE = os.path.join(os.path.dirname(__file__), "data", "sample.txt")
DEFAULT_TOP = 10


def words_of(text):
    """Return the list of lowercase words in text."""
    words = []
    current = ""
    for ch in text.lower():
        if ch.isalpha():
            current += ch
        elif current:             # a non-letter ends the current word
            words.append(current)
            current = ""
    if current:
        words.append(current)
    return words


def count_words(path):
    """Return (number of lines, {word: count}) for the file at path."""
    counts = {}
    lines = 0
    # `with` closes the file when the block ends, even on an error.
    # Iterating over a file gives its lines one by one (with their "\n").
    with open(path, encoding="utf-8") as f:
        for line in f:
            lines += 1
            for word in words_of(line):
                counts[word] = counts.get(word, 0) + 1
    return lines, counts


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_FILE
    top = int(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_TOP

    try:
        lines, counts = count_words(path)
    except OSError as e:
        print(f"wordcount: cannot read {path}: {e.strerror}", file=sys.stderr)
        sys.exit(1)

    total = sum(counts.values())
    print(f"{os.path.basename(path)}: {lines} lines, {total} words, "
          f"{len(counts)} different")
    print()

    # Most frequent first; words with the same count in alphabetical order.
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    width = max(len(word) for word, _ in ranked[:top])
    for rank, (word, count) in enumerate(ranked[:top], start=1):
        share = count / total
        print(f"{rank:>3}. {word:<{width}} {count:>4} {share:6.1%}  {'*' * count}")

    # A few more questions a dict answers easily.
    once = [word for word, count in counts.items() if count == 1]
    print()
    print(f"{len(once)} words appear only once, e.g. {', '.join(sorted(once)[:5])}")
    longest = max(counts, key=lambda word: (len(word), word))
    print(f"the longest word is {longest!r} ({len(longest)} letters)")


main()
