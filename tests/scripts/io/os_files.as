# os.mkdir, os.rename, os.remove, os.rmdir and the OSError subclasses they raise.
import os
base = os.path.join(os.getenv("TMPDIR") or "/tmp", "aster_os_test_%d" % os.getpid())
os.mkdir(base)
print(os.path.isdir(base))
try:
    os.mkdir(base)
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.filename == base)
a = os.path.join(base, "a.txt")
b = os.path.join(base, "b.txt")
with open(a, "w") as f:
    f.write("data")
os.rename(a, b)
print(os.path.exists(a), os.path.exists(b), os.listdir(base))
try:
    os.rename(a, b)
except FileNotFoundError as e:
    print(type(e).__name__, e.filename == a, e.filename2 == b, str(e) == "[Errno 2] No such file or directory: %r -> %r" % (a, b))
try:
    os.rmdir(base)
except OSError as e:
    print(type(e).__name__, e.strerror)
os.remove(b)
try:
    os.unlink(b)
except FileNotFoundError as e:
    print(type(e).__name__, e.args)
os.rmdir(base)
print(os.path.exists(base))
