# Run a Python benchmark under uvloop: install uvloop's event loop policy, then run
# the script given as argv[1] as __main__ (so its asyncio.run() uses uvloop).
import asyncio
import runpy
import sys

import uvloop

asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
path = sys.argv[1]
sys.argv = sys.argv[1:]
runpy.run_path(path, run_name="__main__")
