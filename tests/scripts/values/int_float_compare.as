# int/float comparison is exact, even beyond 2**53; mixed-type hashing agrees.
M = 2**62 - 1 + 2**62
print(M == float(M), M < float(M), float(M) > M, 2**62 + 1 > float(2**62), (2**62 + 1) == float(2**62))
print(9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0, 10**16 + 1 > 1e16)
print(-M - 1 == -9.223372036854775808e18, 1e19 > M, -1e19 < -M - 1, int(9.2e18) == 9.2e18)
print({9007199254740993: "int"}.get(9007199254740992.0), {9007199254740992: "int"}.get(9007199254740992.0))
print(hash(2**62) == hash(float(2**62)), hash(2**53) == hash(2.0**53), sorted([10**16 + 1, 1e16, 10**16]))
print(max([1e16, 10**16 + 1]), min(10**16, 1e16), 1e16 in [10**16 + 1], [10**16].index(1e16))
print(float("inf") > M, float("-inf") < -M, float("nan") == M)
