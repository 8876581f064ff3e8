# Uncaught UnboundLocalError.
counter = 0
def inc():
    counter += 1
print("calling")
inc()
