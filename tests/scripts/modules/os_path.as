# os.path: Python's posixpath algorithms on many paths, and the stat
# predicates on this test's fixture directory.
import os
import os.path
from os.path import join as j

paths = ["", "/", "//", "///", "a", "a/", "a/b", "/a/b/", "a//b", "//a//b//", "./a/../b", "../../x", "/../x",
         "a/./b/.", "a/b/../../..", ".bashrc", "a/.b", "a.b.c", "a/b.c/d", "..", "x/..", "foo.", "a/b.tar.gz",
         "...", "a/..b", "/a/./b/../c/", "~", "~/x", "x~", "é/ü.txt"]
for p in paths:
    print(repr(p), os.path.split(p), repr(os.path.basename(p)), repr(os.path.dirname(p)), os.path.splitext(p),
          repr(os.path.normpath(p)), os.path.isabs(p))
print(os.path.join("a", "b", "c"), os.path.join("a/", "b"), os.path.join("a", "/b", "c"), repr(os.path.join("", "x")),
      repr(os.path.join("a", "")), os.path.join("/"), j("x", "y"), os.path.join("a", "", "b"))
print(os.path.abspath("/a/../b"), os.path.abspath("x") == os.path.join(os.getcwd(), "x"), os.path.abspath("") == os.getcwd())
print(os.path.expanduser("~") == os.environ.get("HOME", os.path.expanduser("~")), os.path.expanduser("x~"),
      os.path.expanduser("~nosuchuser_zz/q"), os.path.expanduser("~/a").endswith("/a"))
for p in ["os_fixture", "os_fixture/a.txt", "os_fixture/sub/", "os_fixture/nope", "", ".", "os_path.as"]:
    print(repr(p), os.path.exists(p), os.path.isfile(p), os.path.isdir(p), os.path.islink(p), os.path.lexists(p))
for f, args in [(os.path.join, (1,)), (os.path.join, ("a", None)), (os.path.basename, (None,)), (os.path.split, (5,)),
                (os.path.exists, (1.5,)), (os.path.isdir, ([],))]:
    try:
        print(f(*args))
    except TypeError as e:
        print("TypeError:", e)
print(os.path.sep, os.path.curdir, os.path.pardir, os.path.extsep, os.path is os.path)
