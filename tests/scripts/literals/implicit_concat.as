# Adjacent string literals are concatenated at compile time.
s = "abc" 'def' """ghi"""
print(s)
t = ("first part, "
     "second part, "
     'third part')
print(t)
print("a" r"\n" "b")
print(len("x" "y" "z"))
n = 3
print("value: " f"{n}" " end")
print(("x"
       "y") * 2)
