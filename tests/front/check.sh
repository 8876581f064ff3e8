#!/bin/sh
# check.sh - quick local loop: rebuild the dump tool, regenerate nothing,
# and list the golden cases whose output differs (not used by ctest).
B=${B:-/work/main/build-front}
cmake --build $B --target front_dump >/dev/null || exit 1
cd "$(dirname "$0")"
for f in cases/*.as; do
  n=$(basename $f .as)
  $B/tests/front/front_dump $f > /tmp/front_$n.txt 2>&1
  cmp -s /tmp/front_$n.txt expected/$n.out || echo "DIFF $n"
done
