#!/usr/bin/env python3
"""Regenerate (or, with --check, verify) the expected output of examples/.

Every example program is valid Python 3.11, and python3 is the oracle: the
expected stdout of a test is what python3 prints for it. Nothing here is
written by hand except the inputs (.args, .stdin).

Tests (the same list tests/examples/CMakeLists.txt builds):
  example.NAME            examples/NAME.as, for every .as file in examples/
  example.NAME.VARIANT    examples/NAME.as again, with other inputs: one for
                          every NAME.VARIANT.args or NAME.VARIANT.stdin here
Files of a test T (NAME or NAME.VARIANT), all in tests/examples/:
  T.args    optional input: command-line arguments, one per line
  T.stdin   optional input: fed to stdin (otherwise /dev/null)
  T.out     written: python3's stdout, exactly
  T.err     written only if python3 exits with a non-zero status:
            `rc=N` and the last line of stderr (see tests/scripts/run_test.sh)

Each program runs in examples/ as `python3 NAME.as ARGS...`, just as the
ctest runs `aster NAME.as ARGS...` there. When writing, every program runs
twice (PYTHONHASHSEED 1 and 2) and must print the same both times, which
also catches output that depends on timing. --check runs each once, and
again if it differs (a loaded machine can delay a timer).

usage: gen_expected.py [--check] [-v] [TEST...]
  TEST   restrict to these tests (NAME or NAME.VARIANT); default: all
Exit status: 0 ok; 1 stale expectations (--check) or a failing program.
"""
import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLES = os.path.normpath(os.path.join(HERE, '..', '..', 'examples'))
INPUTS = ('.args', '.stdin')
TIMEOUT = 60


def discover():
    """Return {test name: example name}, sorted by test name."""
    tests = {}
    for entry in os.listdir(EXAMPLES):
        if entry.endswith('.as'):
            name = entry[:-3]
            tests[name] = name
    for entry in os.listdir(HERE):
        base, ext = os.path.splitext(entry)
        if ext in INPUTS and '.' in base:
            name = base.split('.', 1)[0]
            if name in tests:
                tests[base] = name
    return dict(sorted(tests.items()))


def read_args(test):
    path = os.path.join(HERE, test + '.args')
    if not os.path.exists(path):
        return []
    with open(path, encoding='utf-8') as f:
        return f.read().splitlines()


def run(test, name, seed):
    """Run one test under python3; return (stdout, expected .err or None)."""
    stdin_path = os.path.join(HERE, test + '.stdin')
    if not os.path.exists(stdin_path):
        stdin_path = os.devnull
    env = dict(os.environ, PYTHONHASHSEED=str(seed), PYTHONUTF8='1',
               PYTHONDONTWRITEBYTECODE='1')
    with open(stdin_path, 'rb') as stdin:
        proc = subprocess.run([sys.executable, name + '.as'] + read_args(test),
                              cwd=EXAMPLES, stdin=stdin, capture_output=True,
                              env=env, timeout=TIMEOUT)
    err = None
    if proc.returncode != 0:
        lines = proc.stderr.decode('utf-8', 'replace').splitlines()
        err = f'rc={proc.returncode}\n{lines[-1] if lines else ""}\n'
    return proc.stdout, err, proc.stderr


def read(path, mode='rb'):
    if not os.path.exists(path):
        return None
    with open(path, mode) as f:
        return f.read()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--check', action='store_true',
                    help='verify the expectations instead of writing them')
    ap.add_argument('-v', '--verbose', action='store_true')
    ap.add_argument('tests', nargs='*', metavar='TEST')
    opts = ap.parse_args()

    tests = discover()
    for t in opts.tests:
        if t not in tests:
            sys.exit(f'gen_expected.py: no test {t!r} (have: {", ".join(tests)})')
    if opts.tests:
        tests = {t: n for t, n in tests.items() if t in opts.tests}

    status = 0
    for test, name in tests.items():
        out_path = os.path.join(HERE, test + '.out')
        err_path = os.path.join(HERE, test + '.err')
        out, err, stderr = run(test, name, 1)
        if err is not None and opts.verbose:
            sys.stderr.write(f'{test}: python3 exited with {err.split()[0]}:\n')
            sys.stderr.write(stderr.decode('utf-8', 'replace'))
        if opts.check:
            expected = (read(out_path), read(err_path, 'r'))
            if (out, err) != expected:
                # Timing-dependent programs can lose on a loaded machine:
                # an expectation is stale only if a second run differs too.
                out, err, _ = run(test, name, 1)
            stale = []
            if expected[0] != out:
                stale.append(test + '.out')
            if expected[1] != err:
                stale.append(test + '.err')
            if stale:
                print(f'STALE {test}: {", ".join(stale)} differ from python3')
                status = 1
            elif opts.verbose:
                print(f'ok    {test}')
            continue
        out2, err2, _ = run(test, name, 2)
        if (out2, err2) != (out, err):
            print(f'ERROR {test}: output differs between two runs '
                  '(hash seed or timing dependent); nothing written')
            status = 1
            continue
        with open(out_path, 'wb') as f:
            f.write(out)
        if err is not None:
            with open(err_path, 'w', encoding='utf-8') as f:
                f.write(err)
        elif os.path.exists(err_path):
            os.remove(err_path)
        print(f'wrote {test}.out' + (f' and {test}.err ({err.split()[0]})' if err else ''))
    return status


if __name__ == '__main__':
    sys.exit(main())
