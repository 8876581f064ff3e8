# open(): text and binary modes, newline handling, errors, OSError attributes.
import os
import sys
p = os.path.join(os.getenv("TMPDIR") or "/tmp", "aster_io_test_%d.txt" % os.getpid())
with open(p, "w") as f:
    print(type(f).__name__, f.name == p, f.mode, f.closed, f.encoding)
    print(f.write("héllo\nworld\r\nthird\rlast"))
    f.writelines(["a\n", "b\n"])
print(f.closed)
with open(p) as f:
    print(repr(f.read()))
with open(p, newline="") as f:
    print(f.readlines())
with open(p) as f:
    for line in f:
        print(repr(line))
f = open(p)
print(repr(f.readline()), repr(f.readline(3)), repr(f.read(4)), f.tell() > 0)
f.seek(0)
print(repr(f.read(2)))
f.close()
with open(p, "rb") as f:
    print(type(f).__name__, f.read(8), f.readline())
with open(p, "a") as f:
    f.write("\nappended")
with open(p) as f:
    print(f.read().splitlines()[-1])
for bad in ["q", "rw", "rbt", "", "rr"]:
    try:
        open(p, bad)
    except ValueError as e:
        print("ValueError", e)
try:
    open("/nonexistent/file")
except FileNotFoundError as e:
    print(e, e.errno, e.filename, e.args)
try:
    open(os.path.dirname(p))
except IsADirectoryError as e:
    print(type(e).__name__, e.errno, e.strerror)
f = open(p)
f.close()
try:
    f.read()
except ValueError as e:
    print(e)
try:
    with open(p) as f:
        f.write("x")
except Exception as e:
    print(type(e).__name__, e)
try:
    open(p, "rb", encoding="utf-8")
except ValueError as e:
    print(e)
with open(p, "wb") as f:
    print(f.write(b"\xff\xfeabc\n"))
try:
    open(p).read()
except UnicodeDecodeError as e:
    print(e)
print(repr(open(p, errors="replace").read()))
print(repr(open(p, encoding="latin-1").read()))
with open(p, "w", newline="\r\n") as f:
    f.write("x\ny\n")
print(open(p, "rb").read())
print(open(p, newline="\r\n").readlines())
e = OSError(2, "No such file", "f")
print(type(e).__name__, e.args, str(e), e.filename)
print(OSError("a").errno, OSError(1, "x").__class__.__name__)
sys.stdout.write("done\n")
print(sys.stdout.name, sys.stdin.readable(), sys.stdout.writable())
os.remove(p)
print(os.path.exists(p))
