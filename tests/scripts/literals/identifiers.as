# Identifier forms: underscores, digits, non-ASCII letters, builtin names
# shadowed by locals, names that look like keywords.
_private = 1
__dunder__ = 2
name_with_digits123 = 3
café = "unicode identifier"
π = 3.14159
Δx = 0.5
print(_private, __dunder__, name_with_digits123, café, π, Δx)
def use_builtin_names():
    list = [1, 2]
    str = "shadow"
    max = lambda *a: "shadowed max"
    return list, str, max(1, 2)
print(use_builtin_names(), max(1, 2))
iff, elsee, classy, None_, true, false = 1, 2, 3, 4, True, False
print(iff, elsee, classy, None_, true, false)
_ = "underscore"
print(_)
