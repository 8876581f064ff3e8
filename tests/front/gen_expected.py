#!/usr/bin/env python3
"""gen_expected.py - expected front_dump output for tests/front/cases/*.as,
computed by CPython 3.11 itself.

For a program CPython accepts, its `ast` tree is converted to the format of
ast_dump() (parser/ast_dump.c): one node per line, `field: KIND details
@line:col-end_line:end_col`, columns in code points and 1-based. For a
program CPython rejects, the expected output is `error: LINE:COL: MESSAGE`
with CPython's message and position.

Directives in a case's first lines record where Aster deliberately differs:
  # aster-error: L:C: MESSAGE   Aster reports this error (Python may accept)
  # aster-pos: L:C              CPython's message, at this position instead
                                (CPython's tokenizer errors point oddly)

Usage: gen_expected.py [--check] [CASE.as ...]
Without --check, writes expected/NAME.out; with it, only compares and
exits 1 on a difference (used by the ctest `front.gen_expected_current`).
"""
import ast
import os
import re
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
EXPECTED = os.path.join(HERE, "expected")

BINOPS = {ast.Add: "Add", ast.Sub: "Sub", ast.Mult: "Mult", ast.Div: "Div", ast.FloorDiv: "FloorDiv",
          ast.Mod: "Mod", ast.Pow: "Pow", ast.LShift: "LShift", ast.RShift: "RShift",
          ast.BitAnd: "BitAnd", ast.BitOr: "BitOr", ast.BitXor: "BitXor", ast.MatMult: "MatMult"}
UNARYOPS = {ast.USub: "USub", ast.UAdd: "UAdd", ast.Invert: "Invert", ast.Not: "Not"}
CMPOPS = {ast.Eq: "Eq", ast.NotEq: "NotEq", ast.Lt: "Lt", ast.LtE: "LtE", ast.Gt: "Gt", ast.GtE: "GtE",
          ast.Is: "Is", ast.IsNot: "IsNot", ast.In: "In", ast.NotIn: "NotIn"}
SEQS = {ast.List: "E_LIST", ast.Tuple: "E_TUPLE", ast.Set: "E_SET"}
COMPS = {ast.ListComp: "E_LISTCOMP", ast.SetComp: "E_SETCOMP", ast.GeneratorExp: "E_GENEXP"}


def quote(data, is_bytes):
    out = ['b"' if is_bytes else '"']
    for c in data:
        if (0x20 <= c < 0x7F and c not in (0x22, 0x5C)) or (c >= 0x80 and not is_bytes):
            out.append(chr(c))
        elif c == 0x22:
            out.append('\\"')
        elif c == 0x5C:
            out.append("\\\\")
        elif c == 0x0A:
            out.append("\\n")
        elif c == 0x0D:
            out.append("\\r")
        elif c == 0x09:
            out.append("\\t")
        else:
            out.append("\\x%02x" % c)
    out.append('"')
    # raw UTF-8 bytes of str literals pass through unchanged
    return "".join(out).encode("latin-1").decode("utf-8") if not is_bytes else "".join(out)


class Dumper:
    def __init__(self, source_bytes):
        if source_bytes.startswith(b"\xef\xbb\xbf"):
            source_bytes = source_bytes[3:]
        self.lines = re.split(rb"\r\n|\r|\n", source_bytes)
        self.out = []
        self.depth = 0

    def col(self, line, byte_offset):
        return len(self.lines[line - 1][:byte_offset].decode("utf-8", "replace")) + 1

    def pos(self, node):
        return " @%d:%d-%d:%d" % (node.lineno, self.col(node.lineno, node.col_offset),
                                  node.end_lineno, self.col(node.end_lineno, node.end_col_offset))

    def line(self, field, index, head, children=(), node=None, positioned=True):
        label = field if index is None else "%s[%d]" % (field, index)
        text = "  " * self.depth + label + ": " + head
        if positioned and node is not None:
            text += self.pos(node)
        self.out.append(text)
        self.depth += 1
        for child in children:
            child()
        self.depth -= 1

    # children helpers: each returns a list of thunks
    def one(self, field, node, **kw):
        return [lambda: self.node(field, None, node, **kw)] if node is not None else []

    def many(self, field, nodes, **kw):
        return [(lambda i=i, n=n: self.node(field, i, n, **kw)) for i, n in enumerate(nodes or [])]

    def stmts(self, field, nodes):
        return self.many(field, nodes)

    def node(self, field, index, n, positioned=True):
        if n is None:
            self.out.append("  " * self.depth + "%s[%d]: -" % (field, index))
            return
        method = getattr(self, "n_" + type(n).__name__, None)
        if method is None:
            raise SystemExit("gen_expected: no conversion for %s" % type(n).__name__)
        method(field, index, n, positioned)

    # ---- expressions ----
    def n_Name(self, f, i, n, p):
        self.line(f, i, "E_NAME " + n.id, node=n, positioned=p)

    def n_Constant(self, f, i, n, p):
        v = n.value
        if v is None:
            head = "E_NONE"
        elif v is True:
            head = "E_TRUE"
        elif v is False:
            head = "E_FALSE"
        elif v is Ellipsis:
            head = "E_ELLIPSIS"
        elif isinstance(v, int):
            head = "E_INT %d" % v
        elif isinstance(v, float):
            head = "E_FLOAT " + ("%.17g" % v)
        elif isinstance(v, str):
            head = "E_STR " + quote(v.encode("utf-8"), False)
        elif isinstance(v, bytes):
            head = "E_BYTES " + quote(v, True)
        else:
            raise SystemExit("gen_expected: unsupported constant %r" % (v,))
        self.line(f, i, head, node=n, positioned=p)

    def n_JoinedStr(self, f, i, n, p):
        self.line(f, i, "E_FSTRING", self.many("parts", n.values, positioned=False), node=n, positioned=p)

    def n_FormattedValue(self, f, i, n, p):
        head = "E_FORMATTED" + ("" if n.conversion == -1 else " conv=" + chr(n.conversion))
        kids = self.one("value", n.value) + self.one("spec", n.format_spec, positioned=False)
        self.line(f, i, head, kids, node=n, positioned=p)

    def n_seq(self, f, i, n, p):
        self.line(f, i, SEQS[type(n)], self.many("elts", n.elts), node=n, positioned=p)

    n_List = n_Tuple = n_Set = n_seq

    def n_Dict(self, f, i, n, p):
        kids = []
        for k, (key, value) in enumerate(zip(n.keys, n.values)):
            kids.append(lambda k=k, key=key: self.node("keys", k, key))
            kids.append(lambda k=k, value=value: self.node("values", k, value))
        self.line(f, i, "E_DICT", kids, node=n, positioned=p)

    def gens(self, gens):
        return [(lambda k=k, g=g: self.line("gens", k, "E_COMPFOR",
                                            self.one("target", g.target) + self.one("iter", g.iter) +
                                            self.many("ifs", g.ifs), positioned=False))
                for k, g in enumerate(gens)]

    def n_comp(self, f, i, n, p):
        self.line(f, i, COMPS[type(n)], self.one("elt", n.elt) + self.gens(n.generators), node=n, positioned=p)

    n_ListComp = n_SetComp = n_GeneratorExp = n_comp

    def n_DictComp(self, f, i, n, p):
        kids = self.one("key", n.key) + self.one("value", n.value) + self.gens(n.generators)
        self.line(f, i, "E_DICTCOMP", kids, node=n, positioned=p)

    def n_Attribute(self, f, i, n, p):
        self.line(f, i, "E_ATTR " + n.attr, self.one("value", n.value), node=n, positioned=p)

    def n_Subscript(self, f, i, n, p):
        self.line(f, i, "E_SUBSCRIPT", self.one("value", n.value) + self.one("index", n.slice), node=n, positioned=p)

    def n_Slice(self, f, i, n, p):
        kids = self.one("lo", n.lower) + self.one("hi", n.upper) + self.one("step", n.step)
        self.line(f, i, "E_SLICE", kids, node=n, positioned=p)

    def n_Call(self, f, i, n, p):
        kids = self.one("func", n.func) + self.many("args", n.args) + self.many("keywords", n.keywords)
        self.line(f, i, "E_CALL", kids, node=n, positioned=p)

    def n_keyword(self, f, i, n, p):
        self.line(f, i, "E_KEYWORD " + (n.arg or "**"), self.one("value", n.value), node=n, positioned=p)

    def n_BinOp(self, f, i, n, p):
        kids = self.one("left", n.left) + self.one("right", n.right)
        self.line(f, i, "E_BINOP " + BINOPS[type(n.op)], kids, node=n, positioned=p)

    def n_UnaryOp(self, f, i, n, p):
        self.line(f, i, "E_UNARY " + UNARYOPS[type(n.op)], self.one("operand", n.operand), node=n, positioned=p)

    def n_BoolOp(self, f, i, n, p):
        op = "And" if isinstance(n.op, ast.And) else "Or"
        self.line(f, i, "E_BOOLOP " + op, self.many("values", n.values), node=n, positioned=p)

    def n_Compare(self, f, i, n, p):
        head = "E_COMPARE " + " ".join(CMPOPS[type(o)] for o in n.ops)
        self.line(f, i, head, self.one("left", n.left) + self.many("rest", n.comparators), node=n, positioned=p)

    def n_IfExp(self, f, i, n, p):
        kids = self.one("test", n.test) + self.one("body", n.body) + self.one("orelse", n.orelse)
        self.line(f, i, "E_IFEXP", kids, node=n, positioned=p)

    def n_Lambda(self, f, i, n, p):
        self.line(f, i, "E_LAMBDA", self.params(n.args) + self.one("body", n.body), node=n, positioned=p)

    def n_Await(self, f, i, n, p):
        self.line(f, i, "E_AWAIT", self.one("operand", n.value), node=n, positioned=p)

    def n_Starred(self, f, i, n, p):
        self.line(f, i, "E_STARRED", self.one("operand", n.value), node=n, positioned=p)

    def n_NamedExpr(self, f, i, n, p):
        kids = self.one("target", n.target) + self.one("value", n.value)
        self.line(f, i, "E_WALRUS", kids, node=n, positioned=p)

    def params(self, a):
        plist = []
        positional = a.posonlyargs + a.args
        defaults = [None] * (len(positional) - len(a.defaults)) + list(a.defaults)
        for k, arg in enumerate(positional):
            plist.append((arg, "POSONLY" if k < len(a.posonlyargs) else "NORMAL", defaults[k]))
        if a.vararg:
            plist.append((a.vararg, "VARARGS", None))
        for arg, d in zip(a.kwonlyargs, a.kw_defaults):
            plist.append((arg, "KWONLY", d))
        if a.kwarg:
            plist.append((a.kwarg, "VARKW", None))

        def param(k, arg, kind, default):
            kids = self.one("annotation", arg.annotation) + self.one("default", default)
            self.line("params", k, "N_PARAM %s %s" % (arg.arg, kind), kids, node=arg)
        return [(lambda k=k, t=t: param(k, *t)) for k, t in enumerate(plist)]

    # ---- statements ----
    def n_Expr(self, f, i, n, p):
        self.line(f, i, "S_EXPR", self.one("value", n.value), node=n)

    def n_Assign(self, f, i, n, p):
        self.line(f, i, "S_ASSIGN", self.many("targets", n.targets) + self.one("value", n.value), node=n)

    def n_AugAssign(self, f, i, n, p):
        kids = self.one("target", n.target) + self.one("value", n.value)
        self.line(f, i, "S_AUGASSIGN " + BINOPS[type(n.op)], kids, node=n)

    def n_AnnAssign(self, f, i, n, p):
        kids = self.one("target", n.target) + self.one("annotation", n.annotation) + self.one("value", n.value)
        self.line(f, i, "S_ANNASSIGN", kids, node=n)

    def n_If(self, f, i, n, p):
        kids = self.one("test", n.test) + self.stmts("body", n.body) + self.stmts("orelse", n.orelse)
        self.line(f, i, "S_IF", kids, node=n)

    def n_While(self, f, i, n, p):
        kids = self.one("test", n.test) + self.stmts("body", n.body) + self.stmts("orelse", n.orelse)
        self.line(f, i, "S_WHILE", kids, node=n)

    def n_For(self, f, i, n, p):
        kids = (self.one("target", n.target) + self.one("iter", n.iter) + self.stmts("body", n.body) +
                self.stmts("orelse", n.orelse))
        self.line(f, i, "S_FOR", kids, node=n)

    def n_Break(self, f, i, n, p):
        self.line(f, i, "S_BREAK", node=n)

    def n_Continue(self, f, i, n, p):
        self.line(f, i, "S_CONTINUE", node=n)

    def n_Pass(self, f, i, n, p):
        self.line(f, i, "S_PASS", node=n)

    def n_FunctionDef(self, f, i, n, p, is_async=False):
        if n.decorator_list:
            raise SystemExit("gen_expected: decorators are not Aster")
        kids = self.params(n.args) + self.one("returns", n.returns) + self.stmts("body", n.body)
        self.line(f, i, "S_FUNCDEF " + n.name + (" async" if is_async else ""), kids, node=n)

    def n_AsyncFunctionDef(self, f, i, n, p):
        self.n_FunctionDef(f, i, n, p, True)

    def n_ClassDef(self, f, i, n, p):
        kids = self.many("bases", n.bases) + self.many("keywords", n.keywords) + self.stmts("body", n.body)
        self.line(f, i, "S_CLASSDEF " + n.name, kids, node=n)

    def n_Return(self, f, i, n, p):
        self.line(f, i, "S_RETURN", self.one("value", n.value), node=n)

    def n_Global(self, f, i, n, p):
        self.line(f, i, "S_GLOBAL " + " ".join(n.names), node=n)

    def n_Nonlocal(self, f, i, n, p):
        self.line(f, i, "S_NONLOCAL " + " ".join(n.names), node=n)

    def n_Delete(self, f, i, n, p):
        self.line(f, i, "S_DEL", self.many("targets", n.targets), node=n)

    def n_Assert(self, f, i, n, p):
        self.line(f, i, "S_ASSERT", self.one("test", n.test) + self.one("msg", n.msg), node=n)

    def n_Try(self, f, i, n, p):
        kids = (self.stmts("body", n.body) + self.many("handlers", n.handlers) + self.stmts("orelse", n.orelse) +
                self.stmts("finalbody", n.finalbody))
        self.line(f, i, "S_TRY", kids, node=n)

    def n_ExceptHandler(self, f, i, n, p):
        head = "S_HANDLER" + (" as " + n.name if n.name else "")
        self.line(f, i, head, self.one("type", n.type) + self.stmts("body", n.body), node=n)

    def n_Raise(self, f, i, n, p):
        self.line(f, i, "S_RAISE", self.one("exc", n.exc) + self.one("cause", n.cause), node=n)

    def n_alias(self, f, i, n, p):
        self.line(f, i, "S_ALIAS " + n.name + (" as " + n.asname if n.asname else ""), node=n)

    def n_Import(self, f, i, n, p):
        self.line(f, i, "S_IMPORT", self.many("names", n.names), node=n)

    def n_ImportFrom(self, f, i, n, p):
        head = "S_IMPORTFROM module=%s level=%d" % (n.module or "-", n.level)
        self.line(f, i, head, self.many("names", n.names), node=n)

    def n_With(self, f, i, n, p, is_async=False):
        items = [(lambda k=k, w=w: self.line("items", k, "S_WITHITEM",
                                             self.one("context", w.context_expr) + self.one("target", w.optional_vars),
                                             positioned=False))
                 for k, w in enumerate(n.items)]
        self.line(f, i, "S_WITH" + (" async" if is_async else ""), items + self.stmts("body", n.body), node=n)

    def n_AsyncWith(self, f, i, n, p):
        self.n_With(f, i, n, p, True)


# Errors CPython raises in its compiler rather than its parser that Aster's
# parser reports too. Others ('return' outside function, 'await' outside
# async function...) belong to Aster's compiler; such cases still dump.
PARSER_CHECKED_COMPILE_ERRORS = (
    "duplicate argument",
    "starred assignment target must be in a list or tuple",
    "multiple starred expressions in assignment",
    "can't use starred expression here",
    "keyword argument repeated",
)


def directives(text):
    found = {}
    for line in text.splitlines()[:5]:
        m = re.match(r"#\s*aster-(error|pos):\s*(\d+:\d+(?::.*)?)", line)
        if m:
            found[m.group(1)] = m.group(2).strip()
    return found


def expected_for(path):
    with open(path, "rb") as f:
        data = f.read()
    text = data.decode("utf-8", "replace")
    d = directives(text)
    if "error" in d:
        return "error: %s\n" % d["error"]
    name = os.path.basename(path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(data, name)
            try:
                compile(tree, name, "exec")
            except SyntaxError as e:
                if e.msg.startswith(PARSER_CHECKED_COMPILE_ERRORS):
                    raise
    except SyntaxError as e:
        where = d.get("pos") or "%d:%d" % (e.lineno or 0, e.offset or 0)
        return "error: %s: %s\n" % (where, e.msg)
    dumper = Dumper(data)
    for k, stmt in enumerate(tree.body):
        dumper.node("body", k, stmt)
    return "\n".join(dumper.out) + ("\n" if dumper.out else "")


def main(argv):
    check = "--check" in argv
    paths = [a for a in argv if a != "--check"] or sorted(
        os.path.join(CASES, n) for n in os.listdir(CASES) if n.endswith(".as"))
    os.makedirs(EXPECTED, exist_ok=True)
    stale = []
    for path in paths:
        out = os.path.join(EXPECTED, os.path.splitext(os.path.basename(path))[0] + ".out")
        want = expected_for(path)
        have = open(out, encoding="utf-8").read() if os.path.exists(out) else None
        if have != want:
            stale.append(out)
            if not check:
                with open(out, "w", encoding="utf-8") as f:
                    f.write(want)
    for out in stale:
        print(("stale: " if check else "wrote: ") + os.path.relpath(out, HERE))
    return 1 if check and stale else 0


if __name__ == "__main__":
    if sys.version_info[:2] != (3, 11):
        print("gen_expected.py: needs CPython 3.11 (the oracle), not %s" % sys.version.split()[0])
        sys.exit(1)
    sys.exit(main(sys.argv[1:]))
