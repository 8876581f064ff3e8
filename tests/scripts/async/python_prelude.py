from asyncio import *
# Python 3.11's asyncio.__all__ leaves out TaskGroup (fixed in 3.12); in Aster it is a built-in like the rest.
from asyncio import TaskGroup
