# from m import * imports public names only.
from starmod import *
print(visible, helper())
try:
    print(_hidden)
except NameError as e:
    print("NameError:", e)
