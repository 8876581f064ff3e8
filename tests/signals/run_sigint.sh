#!/bin/sh
# run_sigint.sh ASTER NAME [N [burst]]: run NAME.as, wait until it prints
# "ready", send it N SIGINTs (default 1), each after the next "ready" line
# (with `burst`, 0.2 s apart without waiting), then compare stdout with
# NAME.out and the exit status and last stderr line with NAME.err
# (`rc=N` then the line). Run from the test's directory.
set -u
aster=$1 name=$2 count=${3:-1} burst=${4:-}
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
# background jobs of a non-interactive shell start with SIGINT ignored: undo that
env --default-signal=INT "$aster" "$name.as" >"$out" 2>"$err" &
pid=$!
# wait_ready K: until stdout has K "ready" lines (or 10 s, or the program ended)
wait_ready() {
    i=0
    until [ "$(grep -c '^ready$' "$out")" -ge "$1" ]; do
        i=$((i + 1))
        if [ $i -gt 200 ] || ! kill -0 $pid 2>/dev/null; then return 1; fi
        sleep 0.05
    done
    sleep 0.1
}
if ! wait_ready 1; then
    echo "$name: never printed ready"; cat "$err"; kill -9 $pid 2>/dev/null; exit 1
fi
n=0
while [ $n -lt "$count" ]; do
    if [ $n -gt 0 ]; then
        if [ -n "$burst" ]; then sleep 0.2; else wait_ready $((n + 1)); fi
    fi
    kill -INT $pid 2>/dev/null
    n=$((n + 1))
done
wait $pid
rc=$?
status=0
if ! diff -u "$name.out" "$out"; then status=1; fi
want_rc=$(sed -n 's/^rc=//p' "$name.err")
want_last=$(sed -n 2p "$name.err")
if [ "$rc" != "$want_rc" ]; then echo "$name: exit status $rc, expected $want_rc"; status=1; fi
got_last=$(tail -n 1 "$err")
if [ "$got_last" != "$want_last" ]; then
    echo "$name: last stderr line: '$got_last', expected '$want_last'"; cat "$err"; status=1
fi
exit $status
