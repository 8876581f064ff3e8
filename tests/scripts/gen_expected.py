#!/usr/bin/env python3
"""Regenerate (or, with --check, verify) the expectations of tests/scripts.

Aster must behave like Python 3.11, so python3 itself is the oracle: for every
test DIR/NAME.as this runs `python3 NAME.as [ARGS]` in DIR (arguments from
NAME.args, stdin from NAME.stdin or /dev/null) and writes
    NAME.out   its stdout, exactly;
    NAME.err   only if the exit status is not 0: `rc=N` and the last line of
               stderr (for an uncaught exception, `Type: message`).
A stale NAME.err is removed when python3 exits 0. A test with NAME.opts
(interpreter options such as --dis) cannot come from python3: it must be
hand-written.

Which files are generated:
  * every .as file under tests/scripts, except
  * files under a directory named aster_only/ and files containing a comment
    `# aster-only: <why python3 cannot produce it>`: their .out/.err are
    written by hand (the Aster syntax-error format, 64-bit overflow, --dis...);
  * helper modules: an .as file without .out that is imported by an .as file
    of the same directory, or that contains the comment `# aster-test: helper`.

Python prelude: some tests need a line of Python executed first in the
script's globals (the bare async built-ins come from `from asyncio import *`).
The prelude of a test is, first match wins:
    NAME.python_prelude.py             next to the test;
    python_prelude.py                  in its directory or any parent up to
                                       tests/scripts;
    `from asyncio import *`            for tests under a directory named async.
The prelude runs in the script's own namespace before the script; it does not
shift the script's line numbers.

`import m` of another .as file works under python3 too: the bootstrap adds a
path hook that loads `m.as` as Python source from the script's directory.

A test whose output changed within 3.11's bug-fix releases says which one it
was generated with: `# oracle: python >= 3.11.7`. An older python3 (Debian 12
has 3.11.2) cannot write it, and --check reports it as not checkable there
instead of failing.

When writing, each script runs twice, with PYTHONHASHSEED 1 and 2; a test
whose output depends on the hash seed (e.g. printing a set of strings) is an
error, since Aster's order could never match both. --check runs each once.

usage: gen_expected.py [--check] [-j N] [-v] [PATH...]
PATHs (files or directories) restrict the run; default: all of tests/scripts.
Exit status: 0 ok, 1 stale/unusable expectations (with --check) or errors.
"""
import argparse
import concurrent.futures
import difflib
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
ASTER_ONLY_DIR = 'aster_only'
ASTER_ONLY_MARK = re.compile(r'^\s*#\s*aster-only:', re.M)
HELPER_MARK = 'aster-test: helper'
ORACLE_MARK = re.compile(r'^\s*#\s*oracle:\s*python\s*>=\s*(\d+)\.(\d+)\.(\d+)', re.M)
DIR_PRELUDES = {'async': 'from asyncio import *\n'}
TIMEOUT = 60

# Runs inside python3: `python3 -c BOOTSTRAP SCRIPT ARGS...`, cwd = its dir.
BOOTSTRAP = r'''
import sys, os, builtins, types
import importlib.machinery as _m
sys.path_hooks.insert(0, _m.FileFinder.path_hook(
    (_m.SourceFileLoader, ['.as']),
    (_m.ExtensionFileLoader, _m.EXTENSION_SUFFIXES),
    (_m.SourceFileLoader, _m.SOURCE_SUFFIXES),
    (_m.SourcelessFileLoader, _m.BYTECODE_SUFFIXES)))
sys.path_importer_cache.clear()
sys.argv = sys.argv[1:]
_script = sys.argv[0]
_main = types.ModuleType('__main__')
_main.__file__ = _script
_main.__builtins__ = builtins
sys.modules['__main__'] = _main
_prelude = os.environ.pop('ASTER_GEN_PRELUDE', '')
if _prelude:
    exec(compile(_prelude, '<prelude>', 'exec'), _main.__dict__)
with open(_script, encoding='utf-8') as _f:
    _code = compile(_f.read(), _script, 'exec')
del _m, _f, _prelude, _main
exec(_code, sys.modules['__main__'].__dict__)
'''


def read(path):
    with open(path, encoding='utf-8', newline='') as f:
        return f.read()


def is_aster_only(path):
    rel = os.path.relpath(path, ROOT).split(os.sep)
    return ASTER_ONLY_DIR in rel[:-1] or bool(ASTER_ONLY_MARK.search(read(path)))


def imported_in_dir(path):
    d, name = os.path.split(path)
    name = name[:-3]
    pat = re.compile(r'^[ \t]*(import|from)[ \t](.*[ \t,])?%s([ \t,.]|$)' % re.escape(name), re.M)
    for f in os.listdir(d):
        if f.endswith('.as') and pat.search(read(os.path.join(d, f))):
            return True
    return False


def is_helper(path):
    if os.path.exists(path[:-3] + '.out'):
        return False
    return HELPER_MARK in read(path) or imported_in_dir(path)


def prelude_for(path):
    base = path[:-3]
    if os.path.exists(base + '.python_prelude.py'):
        return read(base + '.python_prelude.py')
    d = os.path.dirname(path)
    while True:
        p = os.path.join(d, 'python_prelude.py')
        if os.path.exists(p):
            return read(p)
        if os.path.samefile(d, ROOT) or d == os.path.dirname(d):
            break
        d = os.path.dirname(d)
    rel = os.path.relpath(path, ROOT).split(os.sep)[:-1]
    for part in rel:
        if part in DIR_PRELUDES:
            return DIR_PRELUDES[part]
    return ''


def run_python(path, seed):
    base = path[:-3]
    d, file = os.path.split(path)
    args = []
    if os.path.exists(base + '.args'):
        args = read(base + '.args').splitlines()
    env = dict(os.environ)
    env.update(PYTHONHASHSEED=str(seed), PYTHONDONTWRITEBYTECODE='1',
               PYTHONIOENCODING='utf-8', PYTHONUTF8='1', LC_ALL='C.UTF-8',
               ASTER_GEN_PRELUDE=prelude_for(path))
    for k in ('PYTHONPATH', 'PYTHONSTARTUP', 'PYTHONWARNINGS', 'PYTHONINSPECT'):
        env.pop(k, None)
    stdin = open(base + '.stdin', 'rb') if os.path.exists(base + '.stdin') else subprocess.DEVNULL
    try:
        p = subprocess.run([sys.executable, '-S', '-X', 'utf8', '-c', BOOTSTRAP, file] + args,
                           cwd=d, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           env=env, timeout=TIMEOUT)
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()
    out = p.stdout.decode('utf-8')
    err_lines = p.stderr.decode('utf-8').splitlines()
    last = err_lines[-1] if err_lines else ''
    return out, p.returncode, last, p.stderr.decode('utf-8')


def expected_for(path, twice):
    """Returns (out, err or None, problem or None)."""
    out, rc, last, stderr = run_python(path, 1)
    if twice and (out, rc, last) != run_python(path, 2)[:3]:
        return out, None, 'output depends on PYTHONHASHSEED (set/dict-of-str order?)'
    if rc != 0 and re.match(r'(SyntaxError|IndentationError|TabError)\b', last):
        return out, None, 'python3 cannot compile it:\n' + stderr
    if rc < 0:
        return out, None, 'python3 died of signal %d' % -rc
    if ROOT in out or (rc != 0 and ROOT in last):
        return out, None, 'output contains the absolute path %s: not portable' % ROOT
    err = 'rc=%d\n%s\n' % (rc, last) if rc != 0 else None
    return out, err, None


def diff(old, new, name):
    return ''.join(difflib.unified_diff(old.splitlines(True), new.splitlines(True),
                                        name + ' (stored)', name + ' (python3)'))


def process(path, check):
    """Returns (status, message); status in ok/changed/error."""
    base = path[:-3]
    rel = os.path.relpath(base, ROOT)
    if os.path.exists(base + '.opts'):
        return 'error', '%s.as: has interpreter options (.opts): python3 cannot produce ' \
                        'it, so it belongs in aster_only/' % rel
    need = ORACLE_MARK.search(read(path))
    if need and sys.version_info[:3] < tuple(int(x) for x in need.groups()):
        version = '.'.join(need.groups())
        if check:
            return 'old', '%s.as: needs python >= %s to check' % (rel, version)
        return 'error', '%s.as: needs python >= %s to generate' % (rel, version)
    try:
        out, err, problem = expected_for(path, twice=not check)
    except subprocess.TimeoutExpired:
        return 'error', '%s.as: python3 timed out after %ds' % (rel, TIMEOUT)
    if problem:
        return 'error', '%s.as: %s' % (rel, problem)
    msgs = []
    old_out = read(base + '.out') if os.path.exists(base + '.out') else None
    old_err = read(base + '.err') if os.path.exists(base + '.err') else None
    if check and (old_out, old_err) != (out, err):
        # a timing-sensitive async script can lose a race on a loaded machine
        # (ctest runs this next to everything else): ask python3 once more
        try:
            out, err, problem = expected_for(path, twice=False)
        except subprocess.TimeoutExpired:
            return 'error', '%s.as: python3 timed out after %ds' % (rel, TIMEOUT)
        if problem:
            return 'error', '%s.as: %s' % (rel, problem)
    if old_out != out:
        msgs.append(diff(old_out or '', out, rel + '.out') if old_out is not None
                    else rel + '.out: missing')
        if not check:
            with open(base + '.out', 'w', encoding='utf-8', newline='') as f:
                f.write(out)
    if old_err != err:
        if err is None:
            msgs.append(rel + '.err: should not exist (python3 exits 0)')
            if not check:
                os.remove(base + '.err')
        else:
            msgs.append(diff(old_err or '', err, rel + '.err') if old_err is not None
                        else rel + '.err: missing')
            if not check:
                with open(base + '.err', 'w', encoding='utf-8', newline='') as f:
                    f.write(err)
    if msgs:
        return 'changed', '\n'.join(msgs)
    return 'ok', ''


def check_aster_only(path):
    """Hand-written tests: they need an explanation and expectations."""
    base = path[:-3]
    rel = os.path.relpath(path, ROOT)
    problems = []
    if not ASTER_ONLY_MARK.search(read(path)):
        problems.append('%s: no `# aster-only: why` comment' % rel)
    if not os.path.exists(base + '.out'):
        problems.append('%s: no .out' % rel)
    if os.path.exists(base + '.err') and not re.match(r'rc=\d+\n(.*\n?)+$', read(base + '.err')):
        problems.append('%s: .err is not `rc=N` + the expected last stderr lines' % rel)
    return problems


def collect(paths):
    files = []
    for p in paths or [ROOT]:
        p = os.path.abspath(p)
        if os.path.isdir(p):
            for d, dirs, names in os.walk(p):
                dirs.sort()
                files += [os.path.join(d, n) for n in sorted(names) if n.endswith('.as')]
        elif p.endswith('.as'):
            files.append(p)
        else:
            sys.exit('not an .as file or directory: ' + p)
    return files


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--check', action='store_true', help='verify, write nothing')
    ap.add_argument('-j', type=int, default=os.cpu_count() or 2, help='parallel jobs')
    ap.add_argument('-v', action='store_true', help='list every file')
    ap.add_argument('paths', nargs='*')
    opts = ap.parse_args()
    if sys.version_info[:2] != (3, 11):
        sys.exit('gen_expected.py needs Python 3.11 (the oracle), not %s' % sys.version.split()[0])

    generated, hand, helpers, problems = [], [], [], []
    for f in collect(opts.paths):
        if is_aster_only(f):
            hand.append(f)
        elif is_helper(f):
            helpers.append(f)
        else:
            generated.append(f)
    for f in hand:
        problems += check_aster_only(f)

    counts = {'ok': 0, 'changed': 0, 'error': 0, 'old': 0}
    with concurrent.futures.ThreadPoolExecutor(max(1, opts.j)) as ex:
        for f, (status, msg) in zip(generated, ex.map(lambda f: process(f, opts.check), generated)):
            counts[status] += 1
            if msg:
                print(msg)
            elif opts.v:
                print('ok', os.path.relpath(f, ROOT))
    for p in problems:
        print(p)
    verb = 'stale' if opts.check else 'updated'
    print('%d generated tests: %d ok, %d %s, %d errors, %d need a newer python3 (%s); '
          '%d hand-written (aster_only), %d helper modules; %d problems'
          % (len(generated), counts['ok'], counts['changed'], verb, counts['error'], counts['old'],
             '.'.join(map(str, sys.version_info[:3])), len(hand), len(helpers), len(problems)))
    bad = counts['error'] + len(problems) + (counts['changed'] if opts.check else 0)
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
