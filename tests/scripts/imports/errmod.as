# Helper raising a module-defined exception.
class BadThing(Exception):
    pass
def fail(msg):
    raise BadThing(msg)
