# Imports inside if/try, falling back when a module is missing.
try:
    import not_installed_fast_lib as impl
    print("using the fast lib")
except ImportError:
    import mathutil as impl
    print("fell back to", impl.__name__)
if impl.PI > 3:
    from mathutil import Shape
    print(Shape("circle"))
