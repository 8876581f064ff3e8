# Cross-type numeric equality and container equality built on it.
print(1 == 1.0 == True, 0 == 0.0 == False == -0.0, 2 == 2.0, 1 != 1.0)
print([1, 2] == [1.0, 2.0], (True, 0) == (1, 0.0), {1: "a"} == {1.0: "a"}, {1: 1} == {True: True})
print("1" == 1, None == False, [] == (), [] == False, 0 == "", "a" == "a")
print(10**15 == 1e15, 2**53 == 2.0**53, 2**53 + 1 == 2.0**53)
print(0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-9, 1/3 == 0.3333333333333333)
class Always:
    def __eq__(self, o):
        return True
print(Always() == 1, 1 == Always(), [Always()] == [5], Always() in [1, 2])
nan = float("nan")
print(nan == nan, [nan] == [nan], nan in [nan])
