# numbers
a = 0
b = 12
c = 1_000_000
d = 0xff, 0XFF, 0x_f_f
e = 0o17, 0O7_7
f = 0b101, 0B1_0
g = 00, 0_0
h = 1.5, .5, 1., 1e-3, 1E+3, 1_0.5e+2, 09.5, 0e0
i = 1e500, 3.141592653589793
j = 9223372036854775807
# keywords
k = None, True, False, ...
# strings
s1 = 'single' "double" '''triple''' """triple
double"""
s2 = 'esc: \\ \' \" \a \b \f \n \r \t \v \0 \12 \141 \x41 \u00e9 \U0001F600'
s3 = 'unknown \q \d \8 \9 \ é'.upper() if False else 'line\
continued'
s4 = r'raw \n \q \' \\' R"x" u'unicode' U"U"
s4b = rb'\x41' Rb"a" bR'b' BR"c" br'd'
s5 = b'bytes \x00 \xff \n \' \777 \u1234 \N{x}'
s6 = 'adjacent' 'strings' \
     "joined"
s7 = b'a' b'b'
s8 = ''
s9 = 'é ü 日本 😀'
s10 = '''a''''b'
