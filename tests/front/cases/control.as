if a:
    pass
if a:
    b
elif c:
    d
elif e:
    f
else:
    g
if a: b = 1; c = 2
else: d = 3
while x:
    x -= 1
    if x: break
    else: continue
else:
    done()
for i in range(10):
    pass
for k, v in d.items():
    print(k, v)
else:
    pass
for (a, b), c in z: pass
for x, in y: pass
if x:
    if y:
        if z:
            pass
    elif w:
        pass
while (n := n - 1) > 0: pass
if x:
    pass
else:
    if y:
        pass
