# Helper with module-level state shared by all importers.
count = 0
def bump():
    global count
    count += 1
    return count
