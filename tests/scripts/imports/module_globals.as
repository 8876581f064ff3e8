# Functions in a module use that module's globals, not the importer's.
import globals_mod
value = "importer's value"
print(globals_mod.read_value(), value)
globals_mod.set_value("changed via function")
print(globals_mod.value, globals_mod.read_value())
globals_mod.value = "changed via attribute"
print(globals_mod.read_value())
from globals_mod import read_value
value = "rebound in importer"
print(read_value())
