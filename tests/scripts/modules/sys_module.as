# sys: argv, the standard streams, platform facts, modules, the recursion
# limit, exc_info/exception and exit (caught here; see sys_exit for the
# process exit status).
import sys

print(sys.argv)
n = sys.stdout.write("hello\n")
print(n, sys.stdout.write("héllo wörld\n"), sys.stdout.write(""))
print(sys.stderr.write("to stderr\n"))
print("via print", file=sys.stdout)
print("err via print", file=sys.stderr)
sys.stdout.writelines(["a", "b\n"])
sys.stdout.flush()
sys.stderr.flush()
for bad in [5, None, b"x"]:
    try:
        sys.stdout.write(bad)
    except TypeError as e:
        print("TypeError:", e)
print(sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.encoding, repr(sys.stdout))
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno(), sys.__stdout__ is sys.stdout)
print(sys.platform, sys.maxsize, sys.maxsize == 9223372036854775807, sys.byteorder, type(sys.version).__name__)
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path), type(sys.executable).__name__)
print("sys" in sys.modules, sys.modules["sys"] is sys, "json" in sys.modules)
import json
print("json" in sys.modules, sys.modules["json"] is json, sys.getdefaultencoding(), sys.intern("ab") == "ab")

limit = sys.getrecursionlimit()
print(limit)
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


try:
    depth(1000)
except RecursionError:
    print("RecursionError at limit 500")
sys.setrecursionlimit(limit)
print(depth(400))
for bad in [0, -5, 1.5, "x"]:
    try:
        sys.setrecursionlimit(bad)
    except Exception as e:
        print(type(e).__name__ + ":", e)

for args in [(3,), (), ("message",), (None,), (0,)]:
    try:
        sys.exit(*args)
    except SystemExit as e:
        print("SystemExit", e.args, e.code)

print(sys.exc_info(), sys.exception())
try:
    raise KeyError("k")
except KeyError:
    info = sys.exc_info()
    print(info[0].__name__, repr(info[1]), info[2] is None or True, sys.exception() is info[1])
print(sys.exc_info(), sys.exception())
