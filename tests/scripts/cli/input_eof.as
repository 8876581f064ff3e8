# input() at end of file raises EOFError; a loop reads until then.
lines = []
while True:
    try:
        lines.append(input())
    except EOFError:
        break
print(len(lines), lines)
