# Importing a module that does not exist raises ModuleNotFoundError.
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, "| name:", e.name)
try:
    import no_such_module_here as alias
except ImportError as e:
    print("caught as ImportError:", type(e).__name__)
try:
    from no_such_module_here import x
except ImportError as e:
    print(type(e).__name__ + ":", e)
