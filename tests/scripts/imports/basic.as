# import m, import m as n, from m import a, b as c; module attributes.
import mathutil
print(mathutil.square(4), mathutil.PI, mathutil.__name__)
import mathutil as mu
print(mu is mathutil, mu.area(1))
from mathutil import square, PI as pi, Shape
print(square(5), pi, Shape("sq"))
print(mathutil.calls)
mathutil.PI = 3
print(mu.area(2), pi)
print(type(mathutil).__name__)
