# String literal forms: quotes, triple quotes, escapes, raw strings.
print('single', "double")
print('it\'s', "say \"hi\"", "it's", 'say "hi"')
print('''triple
single''')
print("""triple
double""")
print("tab:\there", "nl:\\n", "backslash: \\")
print("a\nb")
print("\x41\x62\x7a", "\u00e9\u4e2d", "\U0001F600")
print(len("\U0001F600"), len("\u00e9"), len("\x41"))
print(r'raw\n\t\\', R"raw\d+")
print(repr(r'\n'), len(r'\n'))
print('\'' + "\"")
print(repr('a\tb\nc\\d'), repr("'"), repr('"'), repr("'\""))
print(repr(''), repr(""), len(''))
print("\0" == "\x00", len("\0"), repr("\x00\x07\x1b"))
print('line one\
 continued')
print(repr("""a
  b
    c"""))
print(repr("\u00e9"), repr("\x7f"), repr("\x80"))
