# Uncaught NameError for an undefined global.
print("start")
print(undefined_thing)
