import a
import a.b.c
import a.b as c, d
import a as b
from m import a
from m import a, b as c
from m import (a, b,)
from m import (a)
from m.n import *
from . import x
from .. import y
from .m import z
from ...pkg.mod import w
from .... import v
from . import (a as b, c)
