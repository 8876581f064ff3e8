# Less common escapes: \a \b \f \v \r, octal, \0, and escaped newlines.
s = "\a\b\f\v\r\0"
print([ord(c) for c in s])
print([ord(c) for c in "\101\102\7\07\007\1010"])
print(repr("\a\b\f\v"), repr("\r\n"), repr("\x00\x1f\x20"))
print("one\
two", len("x\
"))
print(len("\\\\"), "\\" * 3, "\'\"")
print(r"\x41 \u0041", "\x41 \u0041 \U00000041")
print(repr("\\n"), repr(r"\\"))
print("\u00e9" == "\xe9", "\u4e2d\u6587", len("\U0001F600\U0001F601"))
