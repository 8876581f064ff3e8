try:
    a()
except:
    pass
try:
    a()
except ValueError:
    b()
except (TypeError, KeyError) as e:
    c(e)
except Exception as e:
    raise
else:
    d()
finally:
    e()
try:
    pass
finally:
    pass
try:
    pass
except A:
    pass
else:
    pass
try:
    pass
except A:
    pass
finally:
    pass
raise
raise ValueError
raise ValueError("x") from None
raise E from e
assert x
assert x, "message"
assert (x, y)
