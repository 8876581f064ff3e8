# Uncaught user exception whose __str__ is overridden.
class ParseError(ValueError):
    def __init__(self, line, col):
        self.line = line
        self.col = col
    def __str__(self):
        return f"bad token at {self.line}:{self.col}"
raise ParseError(3, 14)
