# A tokenizer and recursive-descent evaluator for arithmetic with variables,
# unary minus, powers, function calls and custom error classes.
class CalcError(Exception):
    pass
class TokenError(CalcError):
    def __init__(self, pos, ch):
        super().__init__(f"unexpected character {ch!r} at {pos}")
class ParseError(CalcError):
    pass
class EvalError(CalcError):
    pass

def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        c = src[i]
        if c == " ":
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("name", src[i:j]))
            i = j
        elif c in "+-*/%^(),":
            tokens.append(("op", c))
            i += 1
        else:
            raise TokenError(i, c)
    tokens.append(("end", None))
    return tokens

class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0
    def peek(self):
        return self.tokens[self.pos]
    def take(self, kind=None, value=None):
        tok = self.tokens[self.pos]
        if kind and tok[0] != kind or value and tok[1] != value:
            raise ParseError(f"expected {value or kind}, got {tok[1] if tok[1] is not None else 'end'}")
        self.pos += 1
        return tok
    def parse(self):
        node = self.expr()
        self.take("end")
        return node
    def expr(self):
        node = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            node = (op, node, self.term())
        return node
    def term(self):
        node = self.unary()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op = self.take()[1]
            node = (op, node, self.unary())
        return node
    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return ("neg", self.unary())
        return self.power()
    def power(self):
        base = self.atom()
        if self.peek() == ("op", "^"):
            self.take()
            return ("^", base, self.unary())
        return base
    def atom(self):
        kind, val = self.peek()
        if kind == "num":
            self.take()
            return ("num", val)
        if kind == "name":
            self.take()
            if self.peek() == ("op", "("):
                self.take()
                args = []
                if self.peek() != ("op", ")"):
                    args.append(self.expr())
                    while self.peek() == ("op", ","):
                        self.take()
                        args.append(self.expr())
                self.take("op", ")")
                return ("call", val, args)
            return ("var", val)
        if (kind, val) == ("op", "("):
            self.take()
            node = self.expr()
            self.take("op", ")")
            return node
        raise ParseError(f"unexpected {val if val is not None else 'end'}")

FUNCS = {"max": max, "min": min, "abs": abs, "sq": lambda x: x * x}

def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        if node[1] not in env:
            raise EvalError(f"unknown variable {node[1]}")
        return env[node[1]]
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "call":
        if node[1] not in FUNCS:
            raise EvalError(f"unknown function {node[1]}")
        return FUNCS[node[1]](*[evaluate(a, env) for a in node[2]])
    a, b = evaluate(node[1], env), evaluate(node[2], env)
    try:
        if kind == "+": return a + b
        if kind == "-": return a - b
        if kind == "*": return a * b
        if kind == "/": return a / b
        if kind == "%": return a % b
        if kind == "^": return a ** b
    except ZeroDivisionError as e:
        raise EvalError("division by zero") from e
    raise EvalError("bad node " + kind)

env = {"x": 3, "y": 4.5, "big": 1000}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "-2 ^ 2", "2 ^ 3 ^ 2", "x * y - 1", "10 / 4", "10 % 4",
            "max(x, y, 2) + min(1, 2)", "sq(abs(-3)) + big", "1 / (x - 3)", "2 * z", "foo(1)",
            "3 +", "(1 + 2", "4 $ 4", "1.5 * 4", "- - 3", "max()"]:
    try:
        tree = Parser(tokenize(src)).parse()
        print(f"{src:28} = {evaluate(tree, env)!r}")
    except CalcError as e:
        cause = f" (cause: {type(e.__cause__).__name__})" if e.__cause__ else ""
        print(f"{src:28} ! {type(e).__name__}: {e}{cause}")
    except Exception as e:
        print(f"{src:28} ! other {type(e).__name__}: {e}")
