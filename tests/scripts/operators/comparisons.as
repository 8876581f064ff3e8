# Comparison operators, chains (evaluated once), mixed types.
print(1 < 2, 2 <= 2, 3 > 4, 4 >= 5, 5 == 5, 5 != 5)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1.0 == True)
x = 5
print(0 < x <= 5, 0 < x < 5, x == 5 != 4)
def side(v, tag):
    print("eval", tag)
    return v
print(side(1, "a") < side(2, "b") < side(3, "c"))
print(side(3, "a") < side(2, "b") < side(5, "c"))
print("abc" < "abd", "a" < "ab", "B" < "a", "" < "a", "Z" > "A")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (2,) > (1, 9), [] < [0])
print((1, 'a') < (1, 'b'), (1, 2) == (1, 2), [1, 2] == [1, 2], [1] != [1])
print(1 < 1.5 < 2, 2.0 >= 2, float('nan') == float('nan'), float('nan') != float('nan'))
print(None == None, None == 0, 1 == '1', {} == {}, {'a': 1} == {'a': 1.0})
print(1 in [1, 2], 3 not in [1, 2], 'b' in 'abc', 'x' not in 'abc', 'a' in {'a': 1})
print(1 < 2 in [True], (1 < 2) in [True])
a = [1]
b = [1]
print(a == b, a is b, a is not b, a is a)
