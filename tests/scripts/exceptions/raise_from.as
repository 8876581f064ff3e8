# raise X from Y sets __cause__; from None suppresses the context.
def show(e):
    print(type(e).__name__, e, "| cause:", repr(e.__cause__),
          "| context:", repr(e.__context__), "| suppress:", e.__suppress_context__)
try:
    try:
        int("x")
    except ValueError as err:
        raise RuntimeError("conversion failed") from err
except RuntimeError as e:
    show(e)
try:
    try:
        {}["k"]
    except KeyError:
        raise LookupError("missing") from None
except LookupError as e:
    show(e)
try:
    raise TypeError("t") from ValueError("v")
except TypeError as e:
    show(e)
try:
    raise RuntimeError("cls cause") from KeyError
except RuntimeError as e:
    show(e)
class ConfigError(Exception):
    pass
def load(cfg):
    try:
        return cfg["port"]
    except KeyError as e:
        raise ConfigError("no port") from e
try:
    load({})
except ConfigError as e:
    show(e)
