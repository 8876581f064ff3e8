try:
    x
finally:
x
