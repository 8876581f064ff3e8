#!/usr/bin/env python3
"""diff_cpython.py - differential check of the front end against CPython 3.11.

Runs front_dump on every file given (or every file of the directories
given, e.g. a fuzzing corpus) and compares with what gen_expected.py
derives from CPython. Reports, per file, an AST or position mismatch when
both accept the program, and a summary of accept/reject disagreements
(many are deliberate: 64-bit ints, complex literals, yield, decorators,
PEP 701 f-strings, surrogates...). Not part of ctest.

Usage: diff_cpython.py FRONT_DUMP PATH... [--show N]
"""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_expected  # noqa: E402


def files(paths):
    for p in paths:
        if os.path.isdir(p):
            for n in sorted(os.listdir(p)):
                yield os.path.join(p, n)
        else:
            yield p


def main(argv):
    show = 10
    if "--show" in argv:
        i = argv.index("--show")
        show = int(argv[i + 1])
        del argv[i:i + 2]
    tool, paths = argv[0], argv[1:]
    counts = {"same": 0, "ast-differs": 0, "both-reject": 0, "we-reject": 0, "we-accept": 0, "py-crash": 0}
    shown = 0
    for path in files(paths):
        try:
            want = gen_expected.expected_for(path)
        except (SystemExit, Exception) as e:   # conversion impossible (complex, decorators...)
            counts["py-crash"] += 1
            continue
        got = subprocess.run([tool, path], capture_output=True, timeout=60).stdout.decode("utf-8", "replace")
        py_err, our_err = want.startswith("error:"), got.startswith("error:")
        if py_err and our_err:
            counts["both-reject"] += 1
        elif our_err:
            counts["we-reject"] += 1
        elif py_err:
            counts["we-accept"] += 1
        elif want == got:
            counts["same"] += 1
        else:
            counts["ast-differs"] += 1
            if shown < show:
                shown += 1
                print("AST DIFFERS:", path)
        if (our_err != py_err) and shown < show:
            shown += 1
            first = lambda text: (text.splitlines() or ["(empty module)"])[0]
            print("%s: %s\n    python: %s\n    aster:  %s" % ("we-reject" if our_err else "we-accept", path,
                                                            first(want), first(got)))
    print(counts)
    return 1 if counts["ast-differs"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
