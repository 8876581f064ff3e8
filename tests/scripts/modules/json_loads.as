# json.loads/load: values and the exact JSONDecodeError messages and
# attributes of Python's decoder.
import json

docs = ['{ "a" : [ 1 , 2 ] , "b" : { } }', ' [ ] ', '"\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\u20AC"',
        '123456789012', '-9223372036854775808', '3.14159', '1e-5', '2.5E3', '1E+2', '-0', '-0.0',
        '{"a":1,"a":2}', '[true,false,null]', '"\\t"', '\t\r\n 5 \t\r\n', '"é€😀"', '0.1', '1e309', '-1e400',
        '[1e400, -1e400]', 'NaN', 'Infinity', '-Infinity', '"\\ud83d\\ude00"', '{"x": {"y": {"z": [[], [{}]]}}}',
        '[1, 2.0, "three", [4], {"five": 5}]', '""', '"a\\u0000b"']
for doc in docs:
    v = json.loads(doc)
    print(repr(doc), "->", repr(v), type(v).__name__)

bad = ['', '   ', '[', '[1', '[1,', '[1,]', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}',
       '{a:1}', '{"a" 1}', '{"a":1, }', '"abc', '"a\\', '"a\\x"', '"\\u12"', '"\\u12g4"', '"a\nb"',
       '[1 2]', '01', '-', '1.', '1.5e', '1e5x', 'nul', 'tru', '[-]', '\n\n  [1,\n  2 3]', '"é" x',
       '[1,2]]', '{"a":1}}', '"\\', '"\\u', '"\\u00', 'trUe', '-x', '\ufeff1', '{"a":[1,{"b":nul}]}',
       'true false', '{"é": "ü"} x', '[1, 2', ' {"a": [1, 2, }']
for doc in bad:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == doc)

for arg in [5, None, [1]]:
    try:
        json.loads(arg)
    except TypeError as e:
        print("TypeError:", e)

print(json.loads(b'{"bytes": [1]}'), json.loads(b'\xef\xbb\xbf[2]'))
print(json.JSONDecodeError.__name__, json.JSONDecodeError.__module__, issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads("[1, 2")
except ValueError as e:
    print("caught as ValueError:", type(e).__name__, e.args)

x = json.loads('{"a": {"b": [1, 2, {"c": "d"}]}, "e": 1.5}')
print(x, x["a"]["b"][2]["c"], list(x))
original = {"k": [1, 2.5, "s", None, True, False], "u": "é\n", "n": {"m": []}}
print(json.loads(json.dumps(original)) == original, json.loads(json.dumps(original, indent=4)) == original)
print(json.dumps(json.loads('"\\ud83d\\ude00"')))


class Source:
    def read(self):
        return '{"from": "load"}'


print(json.load(Source()))
