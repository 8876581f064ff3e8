# os: getenv/environ, getcwd, listdir, getpid, the constants and OSError
# subclasses with errno/strerror/filename (runs in this test's directory).
import os

print(os.name, repr(os.sep), repr(os.linesep), os.curdir, os.pardir, os.pathsep, os.extsep, os.devnull)
print(os.getenv("ASTER_SURELY_UNSET_VAR"), os.getenv("ASTER_SURELY_UNSET_VAR", "dflt"), os.getenv("ASTER_SURELY_UNSET_VAR", default=5))
print(os.getenv("PATH") == os.environ.get("PATH"), isinstance(os.environ["PATH"], str), "PATH" in os.environ)
print(all(isinstance(k, str) and isinstance(v, str) for k, v in os.environ.items()))
try:
    os.getenv(5)
except TypeError as e:
    print("TypeError:", e)
print(type(os.getpid()).__name__, os.getpid() > 0, os.getpid() == os.getpid())
cwd = os.getcwd()
print(os.path.isabs(cwd), os.path.basename(cwd), os.path.isdir(cwd), cwd == os.path.abspath("."))
print(sorted(os.listdir("os_fixture")), os.listdir("os_fixture/sub"), "os_module.as" in os.listdir(), "os_module.as" in os.listdir("."))
for bad in ["os_fixture/nope", "os_fixture/a.txt"]:
    try:
        os.listdir(bad)
    except OSError as e:
        print(type(e).__name__ + ":", e, "|", e.errno, e.strerror, e.filename, isinstance(e, OSError))
for bad in [1.5, [1]]:
    try:
        os.listdir(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    os.path.getsize("os_fixture/missing")
except FileNotFoundError as e:
    print("FileNotFoundError:", e, e.errno, e.filename)
print(os.path.getsize("os_fixture/a.txt"), os.path.getsize("os_fixture/sub/b.dat"), type(os.path.getmtime("os_fixture/a.txt")).__name__)
print(os.path.getmtime("os_fixture/a.txt") > 1e9)
