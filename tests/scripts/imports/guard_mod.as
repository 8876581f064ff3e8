# Helper: prints only when run as a script.
NAME = __name__
if __name__ == "__main__":
    print("guard_mod run directly")
else:
    print("guard_mod imported")
