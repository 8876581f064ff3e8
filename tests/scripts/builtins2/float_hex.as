# float.hex() and float.fromhex(): CPython's exact formats, rounding and errors.
def show(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)
for s in ['0x1.8p1','1.8p1','-0x1p-1074','0x1p-1075','0x1.00000000000008p0','0x1.00000000000018p0','  0x1p3  ','inf','-Infinity','nan','+NaN','0x.8','0x8.','0x.p1','0x','','0x1p','0xg','0x1.8P+1','0X1.8p1','0x1p1024','0x1.fffffffffffffp1023','0x1.fffffffffffff8p1023','0x0p99999999999','1e3','0x1_0p0','0x1p+-1','-0x0p0','1','.','p1','0x1p99999999999999999999999','0x1p-99999999999999999999999','0x00000000000000000000000001p0', '0x1.p0', '1.', '.1', '- 0x1p0', '0x1p1 x', 'infinit', '0x1p1\n', '\t0x1p1', '0x0.0000000000001p-1022', '0x1.0000000000001p-1023', '0x3p-1076', '0x1.fffffffffffffp-1023']:
    show(lambda: float.fromhex(s))
show(lambda: float.fromhex(1))
show(lambda: float.fromhex())
show(lambda: (1.0).fromhex('0x1p2'))
for x in [0.5, 0.0, -0.0, -3.0, 5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308, 0.1, 1/3, 1e-320, float('inf'), float('-inf'), float('nan'), 1.0, 1024.0, -1e-310, 123456.789e100]:
    print(x.hex(), float.fromhex(x.hex()) == x or x != x)
show(lambda: float.hex(1))
show(lambda: (1.0).hex(1))
# round trips through the extremes of the binade
for e in [-1074, -1073, -1023, -1022, -1021, -1, 0, 1, 52, 53, 1023]:
    x = 2.0 ** e
    print(e, x.hex(), (-x).hex(), float.fromhex(x.hex()) == x)
print((1.0 + 2.0 ** -52).hex(), (2.0 - 2.0 ** -52).hex())
print(float.fromhex("0x1.5p+3") + 0, float.fromhex("-0X1P-2"))
class F(float):
    pass
print(F(0.75).hex())
