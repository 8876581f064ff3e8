# Async suite (extension point): Aster's event loop against CPython asyncio (default
# loop), CPython with uvloop, and Node. Sourced by bench/run.sh; not part of the
# default (sync) run: use `./bench/run.sh async`.
#
# To add a benchmark NAME, drop NAME.as, NAME.py and NAME.js here and append NAME to
# SUITE_BENCHMARKS. The same NAME.py serves both Python columns: the `uvloop` runtime
# runs it through bench/lib/uvloop_run.py, which installs uvloop's event loop policy
# first, so NAME.py should start its work with asyncio.run(main()).
# A benchmark written NAME:rss is measured by peak resident memory (KiB, via GNU time)
# instead of wall time, e.g. idle_memory:rss.
SUITE_RUNTIMES=(aster python3 uvloop node)
SUITE_RATIOS=(python3 uvloop node)
SUITE_BENCHMARKS=()   # planned: spawn chain timers pingpong idle_memory:rss
