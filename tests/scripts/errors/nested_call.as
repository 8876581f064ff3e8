# An exception raised deep inside nested calls reaches the top.
def parse(s):
    return int(s)
def load(values):
    return [parse(v) for v in values]
def main():
    print(load(["1", "2"]))
    print(load(["3", "four"]))
main()
