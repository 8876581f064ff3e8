# A tiny stack machine interpreter with labels, jumps and a call stack.
PROGRAM = """
    push 1
    store i
    push 1
    store acc
loop:
    load i
    push 10
    gt
    jmpif done
    load acc
    load i
    mul
    store acc
    load i
    push 1
    add
    store i
    jmp loop
done:
    load acc
    print
    push 7
    call square
    print
    halt
square:
    dup
    mul
    ret
"""
class VMError(Exception):
    pass
def assemble(text):
    code, labels = [], {}
    for line in text.strip().splitlines():
        line = line.strip()
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
        elif line:
            parts = line.split()
            code.append((parts[0], parts[1] if len(parts) > 1 else None))
    return code, labels
def run(code, labels):
    stack, env, calls, pc, steps = [], {}, [], 0, 0
    while True:
        steps += 1
        op, arg = code[pc]
        pc += 1
        if op == "push": stack.append(int(arg))
        elif op == "store": env[arg] = stack.pop()
        elif op == "load": stack.append(env[arg])
        elif op == "dup": stack.append(stack[-1])
        elif op in ("add", "mul", "gt"):
            b, a = stack.pop(), stack.pop()
            stack.append(a + b if op == "add" else a * b if op == "mul" else int(a > b))
        elif op == "jmp": pc = labels[arg]
        elif op == "jmpif":
            if stack.pop():
                pc = labels[arg]
        elif op == "call":
            calls.append(pc)
            pc = labels[arg]
        elif op == "ret": pc = calls.pop()
        elif op == "print": print("out:", stack.pop())
        elif op == "halt": return steps
        else:
            raise VMError(f"bad op {op}")
code, labels = assemble(PROGRAM)
print(len(code), labels)
print("steps:", run(code, labels))
try:
    run([("bogus", None)], {})
except VMError as e:
    print("VMError:", e)
