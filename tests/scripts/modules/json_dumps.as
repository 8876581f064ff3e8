# json.dumps/dump: byte-identical to Python for every option.
import json

data = {"name": "Ada", "langs": ["en", "fr"], "age": 36, "ratio": 0.5, "ok": True, "none": None,
        "nested": {"empty_list": [], "empty_dict": {}, "tuple": (1, 2.5, "x")}}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps(data, indent=-1))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, indent=2, separators=(", ", " = ")))
print(json.dumps([[[]], [{}], [[1, [2]]]], indent=3))
print(json.dumps({"b": 1, "a": 2, "c": [3, {"z": 1, "y": 2}]}, sort_keys=True))

print(json.dumps("\x7f\x00\u20ac\U0001F600\"\\/\n\t\b\f\r\x1f é"))
print(json.dumps("\x00\u20ac\U0001F600\"\\/\x1f é", ensure_ascii=False))
print(json.dumps({"é": ["ü"]}), json.dumps({"é": ["ü"]}, ensure_ascii=False))

print(json.dumps({1.5: 1, True: 2, None: 3, 2: 4, False: 5, -7: 6, 1e20: 7, float("nan"): 8, float("-inf"): 9}))
print(json.dumps({(1, 2): 3, "a": 1, 4: [5]}, skipkeys=True))
print(json.dumps([1.0, -0.0, 1e16, 1.5e-7, 123.456, 1e22, 0.1, 1 / 3, float("inf"), float("-inf"), float("nan")]))
print(json.dumps([True, False, None, "x", 0, -1, 9223372036854775807, -9223372036854775807 - 1]))
print(json.dumps("plain"), json.dumps(5), json.dumps(None), json.dumps(2.5), json.dumps([]), json.dumps({}), json.dumps(()))
print(json.dumps(1, ensure_ascii=False, sort_keys=True, check_circular=False, allow_nan=True,
                 skipkeys=False, default=None, cls=None, separators=None, indent=None))

print(json.dumps({3, 1, 2}, default=sorted))
print(json.dumps({"s": {3, 1}, "r": range(3)}, default=sorted, indent=1, sort_keys=True))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def encode_point(p):
    if isinstance(p, Point):
        return {"x": p.x, "y": p.y}
    raise TypeError("cannot encode " + type(p).__name__)


print(json.dumps([Point(1, 2), Point(3, [Point(4, 5)])], default=encode_point))
print(json.dumps({"p": Point(0, 0)}, default=encode_point, indent=2))


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


sink = Sink()
print(json.dump({"k": [1, 2]}, sink, indent=1), "".join(sink.parts))


def fail(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(type(e).__name__ + ":", e)


fail(json.dumps, float("nan"), allow_nan=False)
fail(json.dumps, [float("inf")], allow_nan=False)
fail(json.dumps, {float("inf"): 1}, allow_nan=False)
fail(json.dumps, {(1, 2): 3})
fail(json.dumps, {1: 2, "a": 3}, sort_keys=True)
fail(json.dumps, {1, 2})
fail(json.dumps, [b"bytes"])
fail(json.dumps, Point(1, 2))
fail(json.dumps, [Point(1, 2)], default=lambda o: o)
fail(json.dumps, object(), default=encode_point)
cycle = []
cycle.append(cycle)
fail(json.dumps, cycle)
fail(json.dumps, cycle, indent=2)
d = {}
d["self"] = [d]
fail(json.dumps, d)
fail(json.dumps, 1, indent=2.0)
fail(json.dumps, 1, bogus=2)
fail(json.dumps, [1], separators=(",",))
fail(json.dumps, [1], separators=(",", ":", "!"))
shared = [1]
print(json.dumps([shared, shared, {"a": shared}]))
