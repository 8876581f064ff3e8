# Output printed before an uncaught exception is flushed, including a
# partial line without a newline.
for i in range(3):
    print("line", i)
print("partial", end="")
1 // 0
