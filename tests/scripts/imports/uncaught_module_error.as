# An uncaught exception whose class lives in another module is reported
# with the module name, as python does: "errmod.BadThing: ...".
import errmod
try:
    errmod.fail("caught once")
except errmod.BadThing as e:
    print("caught:", e, type(e).__name__)
errmod.fail("not caught")
