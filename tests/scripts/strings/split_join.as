# str.split / rsplit / splitlines / join / partition: separators, maxsplit,
# whitespace splitting (ASCII and Unicode) and the error cases.

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# split with a separator
show(lambda: "a,b,,c".split(","))
show(lambda: "a,b,,c".split(",", 1))
show(lambda: "a,b,,c".split(",", 0))
show(lambda: "a,b,,c".split(",", -1))
show(lambda: "a,b,,c".split(",", 10))
show(lambda: ",a,".split(","))
show(lambda: "".split(","))
show(lambda: "abc".split(","))
show(lambda: "a--b--c".split("--"))
show(lambda: "a---b".split("--"))
show(lambda: "aaaa".split("aa"))
show(lambda: "héllo wörld".split("ö"))
show(lambda: "日本語のテキスト".split("の"))
show(lambda: "x😀y😀z".split("😀"))
show(lambda: "a b".split(sep=" "))
show(lambda: "a b c".split(maxsplit=1))
show(lambda: "a b c".split(" ", maxsplit=1))
show(lambda: "a,b,c".split(sep=",", maxsplit=1))
show(lambda: "a,b,c".split(None))
show(lambda: "a b c".split(None, 1))

# whitespace splitting
show(lambda: "  a  b   c  ".split())
show(lambda: "\t a\nb\r\nc\x0b d\x0c".split())
show(lambda: "a\x1cb\x1dc\x1ed\x1fe".split())
show(lambda: "a\u00a0b\u2003c\u3000d\u2028e\x85f".split())
show(lambda: "a\u200bb".split())
show(lambda: "".split())
show(lambda: "   ".split())
show(lambda: "  a  b  ".split(None, 1))
show(lambda: "  a  b  ".split(None, 0))
show(lambda: "  a  b  c ".split(None, 2))

# rsplit
show(lambda: "a,b,,c".rsplit(","))
show(lambda: "a,b,,c".rsplit(",", 1))
show(lambda: "a,b,,c".rsplit(",", 2))
show(lambda: "a,b".rsplit(",", 0))
show(lambda: "aaaa".rsplit("aa"))
show(lambda: "aaa".rsplit("aa"))
show(lambda: "aaa".split("aa"))
show(lambda: " a  b ".rsplit())
show(lambda: " a  b ".rsplit(None, 1))
show(lambda: "  a  b  ".rsplit(None, 0))
show(lambda: "é,è,ê".rsplit(",", 1))
show(lambda: "a b c".rsplit(maxsplit=1))

# split errors
show(lambda: "a b".split(""))
show(lambda: "a b".rsplit(""))
show(lambda: "a b".split(1))
show(lambda: "a b".rsplit(1))
show(lambda: "a b".split(None, "x"))
show(lambda: "a b".split(None, 1.5))
show(lambda: "a b".split(foo=1))
show(lambda: "a b".split(" ", sep=" "))

# splitlines
show(lambda: "a\nb\r\nc\rd".splitlines())
show(lambda: "a\nb\r\nc\rd\n".splitlines(True))
show(lambda: "a\nb\r\nc\rd\n".splitlines(keepends=True))
show(lambda: "\n\n".splitlines())
show(lambda: "".splitlines())
show(lambda: "no newline".splitlines())
show(lambda: "a\x0bb\x0cc\x1cd\x1de\x1ef".splitlines())
show(lambda: "a\x85b\u2028c\u2029d".splitlines())
show(lambda: "a\x85b\u2028c\u2029d".splitlines(True))
show(lambda: "line\r\n".splitlines(True))

# join
show(lambda: ",".join(["a", "b", "c"]))
show(lambda: ", ".join(("x", "y")))
show(lambda: "".join(["a", "b"]))
show(lambda: "-".join("abc"))
show(lambda: "-".join([]))
show(lambda: "-".join(["solo"]))
show(lambda: "é".join(["a", "b"]))
show(lambda: "-".join(["ü", "ß", "😀"]))
show(lambda: "-".join(x for x in "xyz"))
show(lambda: "-".join({"k1": 1, "k2": 2}))
show(lambda: "-".join(map(str, range(5))))
show(lambda: ",".join([1, 2]))
show(lambda: ",".join(["a", 2]))
show(lambda: ",".join(["a", None]))
show(lambda: ",".join(5))
show(lambda: ",".join(["a", b"b"]))

# split and join round trip on a big string
parts = [f"item{i}" for i in range(1000)]
joined = ",".join(parts)
print(len(joined), joined[:30], joined[-20:])
back = joined.split(",")
print(len(back), back == parts, back[0], back[-1])
print(len(joined.rsplit(",", 10)), joined.rsplit(",", 2)[-3:])
words = " ".join(["w" + str(i) for i in range(500)])
print(len(words.split()), words.split()[499])

# partition / rpartition
show(lambda: "key=value=x".partition("="))
show(lambda: "key=value=x".rpartition("="))
show(lambda: "novalue".partition("="))
show(lambda: "novalue".rpartition("="))
show(lambda: "a::b".partition("::"))
show(lambda: "héllo".partition("l"))
show(lambda: "héllo".rpartition("l"))
show(lambda: "abc".partition(""))
show(lambda: "abc".rpartition(""))
show(lambda: "abc".partition(1))
