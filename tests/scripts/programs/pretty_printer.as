# A JSON-like pretty printer and a small serializer with escaping.
def escape(s):
    out = '"'
    for ch in s:
        if ch == '"':
            out += '\\"'
        elif ch == "\\":
            out += "\\\\"
        elif ch == "\n":
            out += "\\n"
        elif ord(ch) < 32:
            out += "\\u" + format(ord(ch), "04x")
        else:
            out += ch
    return out + '"'

def dump(value, indent=0, step=2):
    pad = " " * indent
    inner = " " * (indent + step)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [inner + dump(v, indent + step, step) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [inner + escape(str(k)) + ": " + dump(v, indent + step, step) for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    raise TypeError(f"cannot serialize {type(value).__name__}")

doc = {
    "name": "aster",
    "version": [0, 1, 0],
    "stable": False,
    "ratio": 0.75,
    "owner": None,
    "tags": ["lang", "async", 'quote"d', "new\nline"],
    "deps": {"libuv": {"min": "1.44", "optional": False}, "empty": {}, "none": []},
    "nested": [[1, [2, [3]]], {"k": (4, 5)}],
}
print(dump(doc))
print(dump([]), dump({}), dump("tab\there"), dump(1e16))
try:
    dump({"bad": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
