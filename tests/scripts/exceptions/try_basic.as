# try/except/else/finally: which clauses run in which order.
def run(fail):
    try:
        print("  try")
        if fail:
            raise ValueError("boom")
    except ValueError as e:
        print("  except", e)
    else:
        print("  else")
    finally:
        print("  finally")
    print("  after")
print("no error:")
run(False)
print("error:")
run(True)
try:
    print("try/finally only")
finally:
    print("finally only")
try:
    x = 1 / 0
except ZeroDivisionError:
    print("bare-name except")
try:
    [][1]
except:
    print("bare except")
try:
    {}['k']
except LookupError as e:
    print("caught via base class:", type(e).__name__, e)
