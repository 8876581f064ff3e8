# import a, b in one statement; parenthesised from-import lists; aliases.
import mathutil, counter_mod as cm
from mathutil import (
    square,
    area as circle_area,
    PI,
)
print(mathutil.square(2), cm.bump(), square(3), circle_area(1) == PI, cm.count)
