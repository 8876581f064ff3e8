# bool() and truthiness of every built-in value kind.
values = [0, 1, -1, 0.0, 0.1, -0.0, "", "0", " ", [], [0], (), (None,), {}, {0: 0},
          None, True, False, range(0), range(1), float("nan")]
for v in values:
    print(repr(v), bool(v))
print(bool(), bool(bool), type(bool(1)).__name__)
