# A module is executed once and shared; from-import copies the binding.
import counter_mod
import user_of_counter
from counter_mod import count, bump
print(counter_mod.bump(), user_of_counter.bump_twice(), bump())
print(counter_mod.count, count)
counter_mod.count = 100
print(bump(), count)
