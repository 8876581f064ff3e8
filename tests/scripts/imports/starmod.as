# Helper for from-import-star: no __all__, so underscore names are private.
visible = "visible"
_hidden = "hidden"
def helper():
    return "helper called"
