# The is* predicates on ASCII and Unicode text, including empty strings.

samples = [
    "", "abc", "ABC", "Abc", "aBC", "abc123", "123", "12.5", "-1", " ", " \t\n\r",
    "\x0b\x0c\x1c\x1d\x1e\x1f", "\u00a0\u2003\u3000", "\u200b", "a b", "Hello World",
    "Hello world", "HELLO WORLD", "hello", "_private", "__init__", "2fast", "snake_case",
    "with-dash", "class", "éèê", "ÉÈÊ", "Éa", "straße", "日本語", "١٢٣", "²³", "½", "Ⅻ",
    "①", "⑽", "٣", "𝟙𝟚", "\x00", "\t", "\x7f", "a\x85", "😀", "\u0301", "x\u0301",
    "ǅ", "ǅa", "ǅA", "αβγ", "ΑΒΓ", "Ωmega", "ª", "ŉ", "\ufeff", "abc\n", "ⅷ", "µ",
]
names = ["isalpha", "isalnum", "isdecimal", "isdigit", "isnumeric", "isspace",
         "islower", "isupper", "istitle", "isidentifier", "isprintable", "isascii"]
print(" ".join(n[2:6] for n in names))
for s in samples:
    row = []
    for n in names:
        row.append("T" if getattr(s, n)() else ".")
    print("    ".join(row), ascii(s))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: "a".isdigit(1))
show(lambda: str.isalpha(3))
show(lambda: str.isspace(" "))
