# str.encode (utf-8 / ascii / latin-1, error handlers), maketrans and
# translate, ascii(), and descriptor calls through the class.

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: "héllo".encode())
show(lambda: "héllo".encode("utf-8"))
show(lambda: "héllo".encode("UTF8"))
show(lambda: "héllo".encode("utf_8"))
show(lambda: "héllo".encode("latin-1"))
show(lambda: "héllo".encode("ISO-8859-1"))
show(lambda: "hello".encode("ascii"))
show(lambda: "hello".encode("US-ASCII"))
show(lambda: "😀".encode())
show(lambda: "".encode())
show(lambda: "é".encode("ascii"))
show(lambda: "aéèb".encode("ascii"))
show(lambda: "aéèb€".encode("latin-1"))
show(lambda: "a€😀b".encode("latin-1"))
show(lambda: "a😀".encode("ascii"))
show(lambda: "aéb€".encode("ascii", "replace"))
show(lambda: "aéb€".encode("ascii", "ignore"))
show(lambda: "aéb€😀".encode("ascii", "backslashreplace"))
show(lambda: "aéb€".encode("ascii", "xmlcharrefreplace"))
show(lambda: "aéb€".encode("latin-1", "replace"))
show(lambda: "aéb€".encode(encoding="latin-1", errors="ignore"))
show(lambda: "abc".encode("ascii", "bogus"))
show(lambda: "é".encode("ascii", "bogus"))
show(lambda: "a".encode("foo"))
show(lambda: "a".encode(1))
show(lambda: "a".encode(None))
show(lambda: "a".encode(errors=1))
show(lambda: "a".encode(bad=1))

# maketrans / translate
show(lambda: str.maketrans("abc", "xyz"))
show(lambda: str.maketrans("ab", "xy", "c"))
show(lambda: str.maketrans({"a": "1", "b": None, 99: "C"}))
show(lambda: str.maketrans({"é": "e"}))
show(lambda: "".maketrans("a", "b"))
show(lambda: str.maketrans("ab", "c"))
show(lambda: str.maketrans(1))
show(lambda: str.maketrans({"ab": 1}))
show(lambda: str.maketrans({1.5: 1}))
show(lambda: str.maketrans("a", 1))
show(lambda: str.maketrans("a", "b", 1))
show(lambda: str.maketrans(1, "b"))
table = str.maketrans("aeiou", "AEIOU", "xyz")
show(lambda: "the quick brown fox jazz".translate(table))
show(lambda: "héllo".translate({ord("é"): "e", ord("l"): "L"}))
show(lambda: "abc".translate({97: "αβ", 98: None, 99: 0x1F600}))
show(lambda: "abc".translate({}))
show(lambda: "abc".translate([None, None, "x"] * 40))
show(lambda: "abc".translate({97: 1.5}))
show(lambda: "abc".translate({97: 0x110000}))
show(lambda: "abc".translate({97: -1}))
show(lambda: "abc".translate(5))

class Rot:
    def __getitem__(self, c):
        if 97 <= c <= 122:
            return (c - 97 + 13) % 26 + 97
        raise LookupError(c)

show(lambda: "hello, world!".translate(Rot()))

# ascii()
show(lambda: ascii("plain"))
show(lambda: ascii("héllo wörld"))
show(lambda: ascii("€ 😀 \u200b \x00 \t"))
show(lambda: ascii(["é", ("ü", 1)]))
show(lambda: ascii({"k": "ñ"}))
show(lambda: ascii(3.5))
show(lambda: ascii(b"\xff"))
show(lambda: ascii("it's"))

# methods through the class
show(lambda: str.join(",", ["a", "b"]))
show(lambda: str.split("a b"))
show(lambda: str.replace("aaa", "a", "b"))
show(lambda: str.join(1, ["a"]))
show(lambda: str.strip(5))
show(lambda: str.format("{}!", 1))
show(lambda: bytes.upper(b"abc"))
show(lambda: bytes.decode(b"abc"))
show(lambda: bytes.upper("abc"))
show(lambda: str.maketrans())
show(lambda: str.maketrans("a", "b", "c", "d"))
