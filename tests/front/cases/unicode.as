café = 1
日本 = café + 1
ﬁle = 2
ℌ = 3
x_ǅ = 4
print(日本, "ünïcödé", f"{café}")
