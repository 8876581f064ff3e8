"""Module docstring: an expression statement that does nothing."""
def f():
    """Function docstring."""
    return "f ran"
class C:
    """Class docstring."""
    def m(self):
        '''Method docstring with 'quotes'.'''
        return "m ran"
print(f(), C().m())
"a bare string statement"
42
[1, 2, 3]
print("expression statements are evaluated and discarded")
