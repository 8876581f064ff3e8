# A few string operations the other tests rely on (the string engineer
# covers the methods in depth): concatenation, repetition, comparison,
# iteration, indexing by code point.
s = "héllo wörld"
print(len(s), s[1], s[-1], s[7], s + "!", "ab" * 3, "-" * 10)
for ch in "añ😀":
    print(ch, ord(ch))
print(list("abc"), "x" in "xyz", "xy" not in "abc", "b" < "c")
print(" ".join(["a", "b"]), "a,b,,c".split(","), "  pad  ".strip(), "Up".lower(), "up".upper())
print("hello".replace("l", "L"), "hello".find("l"), "hello".startswith("he"), "hello".endswith("lo"))
