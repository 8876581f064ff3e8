# Module imported by dir_vars.as.
VALUE = 1
_private = 2

def func():
    return VALUE

class Klass:
    pass
