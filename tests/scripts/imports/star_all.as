# from m import * honours __all__, including underscore names listed there.
from allmod import *
print(exported, _special)
try:
    print(not_listed)
except NameError as e:
    print("NameError:", e)
