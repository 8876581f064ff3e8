# center / ljust / rjust / zfill / expandtabs, with fill characters and
# non-ASCII text (widths count code points).

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for w in [-1, 0, 3, 4, 5, 6, 7, 10]:
    print(w, repr("abc".center(w)), repr("ab".center(w, "*")), repr("abc".ljust(w, "-")), repr("abc".rjust(w, ".")))
show(lambda: "a".center(4))
show(lambda: "a".center(5))
show(lambda: "ab".center(5))
show(lambda: "ab".center(6))
show(lambda: "é".center(5, "ü"))
show(lambda: "日本".ljust(5, "。"))
show(lambda: "x".rjust(4, "😀"))
show(lambda: "abc".center(9, "é"))
show(lambda: "abc".center("x"))
show(lambda: "abc".center(5, "ab"))
show(lambda: "abc".center(5, ""))
show(lambda: "abc".center(5, 1))
show(lambda: "abc".ljust(5.0))
show(lambda: "abc".rjust(5, None))
show(lambda: "abc".ljust(True))

# zfill
for s in ["42", "-42", "+42", "", "-", "abc", "3.14", "-0.5", "é", "--1"]:
    print(repr(s), repr(s.zfill(0)), repr(s.zfill(3)), repr(s.zfill(6)))
show(lambda: "1".zfill("3"))

# expandtabs
show(lambda: "a\tb\tc".expandtabs())
show(lambda: "a\tb\tc".expandtabs(4))
show(lambda: "a\tb\tc".expandtabs(tabsize=2))
show(lambda: "a\tb".expandtabs(0))
show(lambda: "a\tb".expandtabs(-3))
show(lambda: "12345678\tx".expandtabs())
show(lambda: "ab\ncd\tef\r\tg".expandtabs(4))
show(lambda: "é\tü\t".expandtabs(3))
show(lambda: "no tabs".expandtabs())
show(lambda: "\t".expandtabs(1))
show(lambda: "a\tb".expandtabs("x"))
show(lambda: "a\tb".expandtabs(size=3))
