# Helper that imports counter_mod too.
import counter_mod
def bump_twice():
    counter_mod.bump()
    return counter_mod.bump()
