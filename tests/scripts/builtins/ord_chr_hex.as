# ord()/chr() round trips, including non-ASCII; hex() of ints.
print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("中"), ord("😀"))
print(chr(97), chr(65), chr(48), repr(chr(10)), chr(233), chr(20013), chr(128512))
print([chr(ord(c) + 1) for c in "HAL"], [ord(c) for c in "hi!"])
print(chr(0x10FFFF) == "\U0010FFFF", ord(chr(1000)))
print(hex(0), hex(255), hex(-1), hex(4096), hex(2**40), hex(True))
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
