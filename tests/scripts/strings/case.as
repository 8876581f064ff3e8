# Case mapping: upper, lower, capitalize, title, swapcase, casefold, for
# ASCII and Unicode text (full mappings such as ß -> SS, final sigma).

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

texts = [
    "",
    "hello world",
    "HELLO World",
    "hello_world-foo bar.baz",
    "they're bill's friends",
    "123abc DEF",
    "mIxEd CaSe 42x",
    "éèê ÉÈÊ àç",
    "straße",
    "ﬁne ﬂow",
    "İstanbul",
    "ΑΣ ΟΔΟΣ ΣΑΣ",
    "ὈΔΥΣΣΕΎΣ",
    "Σ",
    "aΣ",
    "aΣb",
    "aΣ.",
    "ǆemal ǅ Ǆ",
    "ŉ",
    "ᾳ ᾼ",
    "日本語 text",
    "ǰ",
    "😀 smile",
    "ǉ",
    "\u0130i\u0131I",
]
for t in texts:
    print(repr(t), repr(t.upper()), repr(t.lower()), repr(t.capitalize()))
    print("   ", repr(t.title()), repr(t.swapcase()), repr(t.casefold()))

show(lambda: "abc".upper(1))
show(lambda: str.upper(5))
show(lambda: str.lower("ABC"))
show(lambda: str.title("hello there"))
print("Hello".lower() == "hello", "ß".casefold() == "SS".casefold())
big = "abcdefghij" * 1000
print(len(big.upper()), big.upper()[:12], big.title()[:12], big.swapcase()[-5:])
