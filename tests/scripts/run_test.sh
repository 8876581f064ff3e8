#!/bin/sh
# run_test.sh - run one script test and compare it with its expectations.
#
#   run_test.sh ASTER TEST.as OUTPREFIX
#
# Runs `ASTER TEST.as [ARGS...]` with the working directory set to the
# directory of TEST.as (so tracebacks and sys.argv[0] show the bare file
# name, as they do under python3), then compares:
#   - stdout with TEST.out, byte for byte;
#   - if TEST.err exists (first line `rc=N`, then the expected LAST line of
#     stderr): the exit status and the last line of stderr. A hand-written
#     TEST.err may give several lines after `rc=N`: they must then be the
#     last lines of stderr (e.g. a syntax error's message, source, caret).
#     Without TEST.err the exit status must be 0.
# Optional inputs next to the test:
#   TEST.args    command-line arguments, one per line (sys.argv[1:])
#   TEST.stdin   fed to the script's stdin (otherwise stdin is /dev/null)
#   TEST.opts    interpreter options put before the file name, one per line
#                (e.g. --dis); only for hand-written tests (aster_only/)
# On a mismatch it prints a unified diff (expected first), keeps the actual
# output in OUTPREFIX.actual and OUTPREFIX.stderr and exits 1.
#
# Environment (so the same tests run under valgrind or another build):
#   ASTER_TEST_BIN      interpreter to use instead of ASTER
#   ASTER_TEST_WRAPPER  command prefix, split on blanks, e.g.
#                       "valgrind -q --error-exitcode=99 --leak-check=full"
#
# Portable POSIX sh plus diff/tail/cmp: CI machines need no python to run it.

if [ $# -ne 3 ]; then
    echo "usage: run_test.sh ASTER TEST.as OUTPREFIX" >&2
    exit 2
fi
aster=${ASTER_TEST_BIN:-$1}
test_path=$2
prefix=$3

dir=$(dirname -- "$test_path")
file=$(basename -- "$test_path")
name=${file%.as}
base=$dir/$name

mkdir -p -- "$(dirname -- "$prefix")" || exit 2
out=$prefix.actual
err=$prefix.stderr

if [ ! -f "$base.out" ]; then
    echo "FAIL: $base.out is missing (run tests/scripts/gen_expected.py)"
    exit 1
fi
case $aster in
    /*) ;;
    *) aster=$(pwd)/$aster ;;
esac

# Build the command line: TEST.opts, the file, TEST.args (one per line).
set --
if [ -f "$base.opts" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
        set -- "$@" "$line"
    done < "$base.opts"
fi
set -- "$@" "$file"
if [ -f "$base.args" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
        set -- "$@" "$line"
    done < "$base.args"
fi
stdin=/dev/null
[ -f "$base.stdin" ] && stdin=$base.stdin

# shellcheck disable=SC2086  # the wrapper is meant to be word-split
(cd "$dir" && exec ${ASTER_TEST_WRAPPER:-} "$aster" "$@") \
    < "$stdin" > "$out" 2> "$err"
rc=$?

fail=0
show_diff() {   # show_diff EXPECTED ACTUAL
    if command -v diff >/dev/null 2>&1; then
        diff -u "$1" "$2"
    else
        echo "--- expected ($1)"; cat "$1"
        echo "+++ actual ($2)"; cat "$2"
    fi
}

if ! cmp -s "$base.out" "$out"; then
    echo "FAIL: stdout differs from $base.out"
    show_diff "$base.out" "$out"
    fail=1
fi

if [ -f "$base.err" ]; then
    # Normalise the expectation (final newline) and build the actual
    # counterpart: rc=N plus as many trailing stderr lines.
    { cat "$base.err"; [ -n "$(tail -c 1 "$base.err")" ] && echo; } > "$err.want"
    nlines=$(($(wc -l < "$err.want") - 1))
    { echo "rc=$rc"; [ "$nlines" -gt 0 ] && tail -n "$nlines" "$err"; } > "$err.last"
    # The last line of an empty stderr is the empty string.
    [ "$nlines" -gt 0 ] && [ ! -s "$err" ] && echo >> "$err.last"
    if [ "$nlines" -gt 0 ] && [ -s "$err" ] && [ -n "$(tail -c 1 "$err")" ]; then
        echo >> "$err.last"
    fi
    if ! cmp -s "$err.want" "$err.last"; then
        echo "FAIL: exit status / last stderr lines differ from $base.err"
        show_diff "$base.err" "$err.last"
        fail=1
    fi
elif [ "$rc" -ne 0 ]; then
    echo "FAIL: exit status $rc, expected 0"
    fail=1
fi

if [ $fail -ne 0 ]; then
    if [ -s "$err" ]; then
        echo "---- stderr of: $aster $*"
        tail -n 20 "$err"
    fi
    exit 1
fi
rm -f -- "$out" "$err" "$err.last" "$err.want"
exit 0
