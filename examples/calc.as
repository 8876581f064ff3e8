# calc.as - a calculator: tokenizer, recursive-descent parser, evaluator.
#
# Shows: a custom exception hierarchy carrying position information,
# try/except/else/finally, `raise ... from ...` to chain a low-level error
# to a friendlier one, small classes for tokens and syntax-tree nodes,
# dicts as symbol tables, and reading lines from sys.stdin.
#
#   aster examples/calc.as        evaluate the built-in sample lines
#   aster examples/calc.as -      evaluate lines typed on standard input
#
# The language: numbers (12, 3.5, .5), variables, `name = expr`,
# + - * / // % and ^ (or **) for powers, unary minus, parentheses, and the
# functions sqrt, abs, min, max and round. ^ is right-associative and binds
# tighter than unary minus, so -2 ^ 2 is -4, as -2 ** 2 is in Python.

import math
import sys


# ---------------------------------------------------------------- errors

class CalcError(Exception):
    """Base class of everything the calculator reports to the user.

    pos is the 0-based column the error points at (or None)."""

    def __init__(self, message, pos=None):
        super().__init__(message)
        self.message = message
        self.pos = pos


class ParseError(CalcError):
    """The line is not a valid expression."""


class EvalError(CalcError):
    """The expression is valid but cannot be computed."""


# ---------------------------------------------------------------- tokens

class Token:
    def __init__(self, kind, text, pos):
        self.kind = kind     # "num", "name", "op" or "end"
        self.text = text
        self.pos = pos

    def __repr__(self):
        return f"Token({self.kind!r}, {self.text!r}, {self.pos})"


OPERATORS = ["**", "//", "+", "-", "*", "/", "%", "^", "(", ")", ",", "="]


def tokenize(line):
    """Split a line into a list of Tokens, ending with an "end" token."""
    tokens = []
    i = 0
    while i < len(line):
        ch = line[i]
        if ch.isspace():
            i += 1
        elif ch == "#":                    # a comment runs to the end
            break
        elif ch.isdigit() or ch == ".":
            start = i
            while i < len(line) and (line[i].isdigit() or line[i] == "."):
                i += 1
            text = line[start:i]
            if text.count(".") > 1 or text == ".":
                raise ParseError(f"malformed number {text!r}", start)
            tokens.append(Token("num", text, start))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(line) and (line[i].isalnum() or line[i] == "_"):
                i += 1
            tokens.append(Token("name", line[start:i], start))
        else:
            for op in OPERATORS:           # two-character operators first
                if line.startswith(op, i):
                    tokens.append(Token("op", op, i))
                    i += len(op)
                    break
            else:                          # for/else: no operator matched
                raise ParseError(f"unexpected character {ch!r}", i)
    tokens.append(Token("end", "", len(line)))
    return tokens


# ---------------------------------------------------------------- syntax tree
#
# Each node knows where it came from (pos) and how to compute its value.

class Number:
    def __init__(self, value, pos):
        self.value = value
        self.pos = pos

    def evaluate(self, env):
        return self.value


class Variable:
    def __init__(self, name, pos):
        self.name = name
        self.pos = pos

    def evaluate(self, env):
        try:
            return env[self.name]
        except KeyError:
            # `from None` hides the KeyError: it adds nothing for the user.
            raise EvalError(f"unknown variable {self.name!r}", self.pos) from None


class Negate:
    def __init__(self, operand, pos):
        self.operand = operand
        self.pos = pos

    def evaluate(self, env):
        return -self.operand.evaluate(env)


class BinaryOp:
    # Map each operator to a function of two arguments.
    FUNCTIONS = {
        "+": lambda a, b: a + b,
        "-": lambda a, b: a - b,
        "*": lambda a, b: a * b,
        "/": lambda a, b: a / b,
        "//": lambda a, b: a // b,
        "%": lambda a, b: a % b,
        "^": lambda a, b: a ** b,
    }

    def __init__(self, op, left, right, pos):
        self.op = op
        self.left = left
        self.right = right
        self.pos = pos

    def evaluate(self, env):
        a = self.left.evaluate(env)
        b = self.right.evaluate(env)
        try:
            return BinaryOp.FUNCTIONS[self.op](a, b)
        except ZeroDivisionError as e:
            # `from e` keeps the original error as __cause__.
            raise EvalError("division by zero", self.pos) from e


class Call:
    FUNCTIONS = {
        "sqrt": math.sqrt,
        "abs": abs,
        "min": min,
        "max": max,
        "round": round,
    }

    def __init__(self, name, args, pos):
        self.name = name
        self.args = args
        self.pos = pos

    def evaluate(self, env):
        if self.name not in Call.FUNCTIONS:
            raise EvalError(f"unknown function {self.name!r}", self.pos)
        values = [arg.evaluate(env) for arg in self.args]
        try:
            return Call.FUNCTIONS[self.name](*values)
        except (ValueError, TypeError) as e:
            raise EvalError(f"bad call of {self.name}()", self.pos) from e


class Assign:
    def __init__(self, name, expr, pos):
        self.name = name
        self.expr = expr
        self.pos = pos

    def evaluate(self, env):
        value = self.expr.evaluate(env)
        env[self.name] = value
        return value


# ---------------------------------------------------------------- parser
#
#   line    := NAME "=" expr | expr
#   expr    := term (("+" | "-") term)*
#   term    := unary (("*" | "/" | "//" | "%") unary)*
#   unary   := "-" unary | "+" unary | power
#   power   := atom (("^" | "**") unary)?
#   atom    := NUMBER | NAME | NAME "(" [expr ("," expr)*] ")" | "(" expr ")"

class Parser:
    def __init__(self, line):
        self.tokens = tokenize(line)
        self.index = 0

    def peek(self):
        return self.tokens[self.index]

    def advance(self):
        token = self.tokens[self.index]
        self.index += 1
        return token

    def at(self, *texts):
        token = self.peek()
        return token.kind == "op" and token.text in texts

    def expect(self, text):
        token = self.peek()
        if not self.at(text):
            raise ParseError(f"expected {text!r}, found {describe(token)}", token.pos)
        return self.advance()

    def parse_line(self):
        first = self.peek()
        if first.kind == "name" and self.tokens[self.index + 1].text == "=":
            self.advance()
            self.advance()
            node = Assign(first.text, self.parse_expr(), first.pos)
        else:
            node = self.parse_expr()
        token = self.peek()
        if token.kind != "end":
            raise ParseError(f"unexpected {describe(token)}", token.pos)
        return node

    def parse_expr(self):
        node = self.parse_term()
        while self.at("+", "-"):
            op = self.advance()
            node = BinaryOp(op.text, node, self.parse_term(), op.pos)
        return node

    def parse_term(self):
        node = self.parse_unary()
        while self.at("*", "/", "//", "%"):
            op = self.advance()
            node = BinaryOp(op.text, node, self.parse_unary(), op.pos)
        return node

    def parse_unary(self):
        if self.at("-"):
            op = self.advance()
            return Negate(self.parse_unary(), op.pos)
        if self.at("+"):
            self.advance()
            return self.parse_unary()
        return self.parse_power()

    def parse_power(self):
        node = self.parse_atom()
        if self.at("^", "**"):
            op = self.advance()
            # The right operand is a unary, so 2 ^ -1 works and 2 ^ 3 ^ 2
            # groups as 2 ^ (3 ^ 2).
            node = BinaryOp("^", node, self.parse_unary(), op.pos)
        return node

    def parse_atom(self):
        token = self.advance()
        if token.kind == "num":
            value = float(token.text) if "." in token.text else int(token.text)
            return Number(value, token.pos)
        if token.kind == "name":
            if self.at("("):
                self.advance()
                args = []
                if not self.at(")"):
                    args.append(self.parse_expr())
                    while self.at(","):
                        self.advance()
                        args.append(self.parse_expr())
                self.expect(")")
                return Call(token.text, args, token.pos)
            return Variable(token.text, token.pos)
        if token.kind == "op" and token.text == "(":
            node = self.parse_expr()
            self.expect(")")
            return node
        raise ParseError(f"expected a number, a name or '(', found {describe(token)}",
                         token.pos)


def describe(token):
    if token.kind == "end":
        return "end of line"
    return repr(token.text)


# ---------------------------------------------------------------- driver

SAMPLES = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ^ 10",
    "2 ^ 3 ^ 2",
    "-2 ^ 2",
    "7 / 2",
    "7 // 2",
    "-7 % 3",
    "0.1 + 0.2",
    "radius = 2.5",
    "area = pi * radius ^ 2",
    "round(area, 2)",
    "ans * 2",
    "max(1, 5, 3) - min(4, 2)",
    "sqrt(2) * sqrt(2)",
    "",
    "# errors found while parsing",
    "2 * (3 + 4",
    "3 $ 4",
    "1 2",
    "1.2.3 + 1",
    "4 + * 5",
    "# errors found while evaluating",
    "x + 1",
    "10 / (radius - 2.5)",
    "sqrt(-1)",
    "foo(1)",
    "round(1, 2, 3)",
]


def point_at(pos):
    """Print a caret under column pos of the echoed line."""
    print("  " + " " * pos + "^")


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "-":
        lines = [line.rstrip("\n") for line in sys.stdin]
    else:
        lines = SAMPLES

    env = {"pi": math.pi, "e": math.e}
    stats = {"lines": 0, "ok": 0, "errors": 0}

    for line in lines:
        if not line.strip() or line.strip().startswith("#"):
            continue
        print("> " + line)
        try:
            value = Parser(line).parse_line().evaluate(env)
        except ParseError as e:
            point_at(e.pos)
            print(f"syntax error: {e.message}")
            stats["errors"] += 1
        except EvalError as e:
            point_at(e.pos)
            print(f"cannot evaluate: {e}")
            if e.__cause__ is not None:
                cause = e.__cause__
                print(f"  (caused by {type(cause).__name__}: {cause})")
            stats["errors"] += 1
        else:
            # Runs only when the try block raised nothing.
            env["ans"] = value          # the last result, usable on later lines
            print(repr(value))
            stats["ok"] += 1
        finally:
            # Runs in every case, error or not.
            stats["lines"] += 1

    print()
    print(f"{stats['lines']} lines: {stats['ok']} ok, {stats['errors']} errors")
    names = sorted(name for name in env if name not in ("pi", "e"))
    print("variables:", ", ".join(f"{name}={env[name]!r}" for name in names))


main()
