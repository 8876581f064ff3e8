# aster-only: Aster ints are 64-bit, so results Python would give as big
# ints raise OverflowError("integer overflow") in the C modules.
import json
import math
import random


def show(name, f, *args):
    try:
        print(name, f(*args))
    except OverflowError as e:
        print(name, "OverflowError:", e)


show("factorial(20)", math.factorial, 20)
show("factorial(21)", math.factorial, 21)
show("comb(66, 33)", math.comb, 66, 33)
show("comb(68, 34)", math.comb, 68, 34)
show("perm(20, 20)", math.perm, 20, 20)
show("perm(21, 21)", math.perm, 21, 21)
show("lcm", math.lcm, 4611686018427387904, 4611686018427387903)
show("gcd", math.gcd, -9223372036854775807 - 1)
show("gcd", math.gcd, -9223372036854775807 - 1, 6)
show("floor(1e19)", math.floor, 1e19)
show("ceil(-1e19)", math.ceil, -1e19)
show("trunc(9.3e18)", math.trunc, 9.3e18)
show("floor(9.2e18)", math.floor, 9.2e18)
show("isqrt(max)", math.isqrt, 9223372036854775807)
show("loads", json.loads, "9223372036854775807")
show("loads", json.loads, "9223372036854775808")
show("loads", json.loads, "[-9223372036854775809]")
show("getrandbits(65)", random.getrandbits, 65)
random.seed(1)
show("randint", random.randint, 0, 9223372036854775807)
show("randrange", random.randrange, -9223372036854775807 - 1, 9223372036854775807)
