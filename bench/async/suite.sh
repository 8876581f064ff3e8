# The async suite: Aster's event loop against CPython's asyncio with its default
# loop, CPython with uvloop, and Node. Sourced by bench/run.sh; not part of the
# default (sync) run: use `bench/run.sh async`.
#
# Each benchmark NAME is NAME.as, NAME.py and NAME.js here, printing the same lines.
# The same NAME.py serves both Python columns, run by the same interpreter
# (UVLOOP_PYTHON, default /usr/bin/python3): `asyncio` runs it as is, `uvloop` runs
# it through bench/lib/uvloop_run.py, which installs uvloop's event loop policy
# first, so NAME.py starts its work with asyncio.run(main()).
# NAME:rss/N is a memory row: peak RSS of `NAME N` minus that of `NAME 0`, over N
# (bytes per sleeping task for idle_memory), measured with GNU time.
SUITE_RUNTIMES=(aster asyncio uvloop node)
SUITE_RATIOS=(asyncio uvloop node)
SUITE_BENCHMARKS=(spawn chain timers pingpong idle_memory:rss/1000000)
