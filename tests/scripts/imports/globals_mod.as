# Helper for module_globals.as.
value = "module's value"
def read_value():
    return value
def set_value(v):
    global value
    value = v
