# Uncaught TypeError: calling a non-callable.
handlers = {"a": 1}
handlers["a"]()
