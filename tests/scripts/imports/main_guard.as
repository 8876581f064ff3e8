# __name__ is "__main__" in the script and the module name in an import.
import guard_mod
print("script __name__ =", __name__)
if __name__ == "__main__":
    print("running as main")
print(guard_mod.NAME)
