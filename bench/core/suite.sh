# The core suite: four micro-benchmarks of the interpreter's basic paths.
# Sourced by bench/run.sh. Each benchmark NAME is a set of files NAME.as, NAME.py,
# NAME.lua, NAME.js in this directory that print the same lines.
SUITE_RUNTIMES=(aster python3 lua node)   # table columns, in order
SUITE_RATIOS=(python3 lua)                # "aster vs X" columns
SUITE_BENCHMARKS=(fib loop strings dict)
