# String comparison is by code point; concatenation and repetition rules.
words = ["banana", "Apple", "apple", "Banana", "_x", "1abc", "abc", "ab", "é", "z"]
print(sorted(words))
print("a" < "b", "Z" < "a", "abc" < "abd", "ab" < "abc", "é" > "z", "" < " ")
print("abc" == "abc", "abc" is not None, "a" * 0 == "", "ab" + "" == "ab")
print(max(words), min(words), "10" < "9", 10 < 9)
