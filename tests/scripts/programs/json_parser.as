# A recursive-descent parser for a JSON subset, round-tripped through a
# serializer; errors carry positions.
class JSONError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos
class Parser:
    def __init__(self, text):
        self.s = text
        self.i = 0
    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \n\t":
            self.i += 1
    def peek(self):
        self.ws()
        return self.s[self.i] if self.i < len(self.s) else ""
    def expect(self, ch):
        if self.peek() != ch:
            raise JSONError(f"expected {ch!r}", self.i)
        self.i += 1
    def value(self):
        c = self.peek()
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        if c == "-" or "0" <= c <= "9":
            return self.number()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.s[self.i:self.i + len(word)] == word:
                self.i += len(word)
                return val
        raise JSONError(f"unexpected {c!r}" if c else "unexpected end", self.i)
    def obj(self):
        self.expect("{")
        out = {}
        if self.peek() == "}":
            self.i += 1
            return out
        while True:
            k = self.string()
            self.expect(":")
            out[k] = self.value()
            if self.peek() == ",":
                self.i += 1
                continue
            self.expect("}")
            return out
    def arr(self):
        self.expect("[")
        out = []
        if self.peek() == "]":
            self.i += 1
            return out
        while True:
            out.append(self.value())
            if self.peek() == ",":
                self.i += 1
                continue
            self.expect("]")
            return out
    def string(self):
        self.expect('"')
        out = ""
        while True:
            if self.i >= len(self.s):
                raise JSONError("unterminated string", self.i)
            c = self.s[self.i]
            self.i += 1
            if c == '"':
                return out
            if c == "\\":
                esc = self.s[self.i]
                self.i += 1
                out += {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}[esc]
            else:
                out += c
    def number(self):
        start = self.i
        if self.s[self.i] == "-":
            self.i += 1
        while self.i < len(self.s) and self.s[self.i] in "0123456789.eE+-":
            self.i += 1
        text = self.s[start:self.i]
        return float(text) if any(ch in text for ch in ".eE") else int(text)
def parse(text):
    p = Parser(text)
    v = p.value()
    if p.peek():
        raise JSONError("trailing data", p.i)
    return v
doc = parse('{"a": [1, 2.5, -3, 1e3], "b": {"c": null, "d": true, "e": false}, "s": "x\\ny \\"q\\""}')
print(doc)
print(doc["a"][3], repr(doc["s"]), doc["b"]["c"] is None)
for bad in ['[1, 2', '{"a" 1}', '[1,, 2]', '"open', '[1] x', '']:
    try:
        parse(bad)
    except JSONError as e:
        print(f"{bad!r:12} -> {e} (pos {e.pos})")
