# Evaluation order: left to right for operands, arguments, displays,
# subscripts; right-hand side before targets; augmented targets once.
log = []
def t(name, value=None):
    log.append(name)
    return name if value is None else value
def show(label):
    print(label, log)
    log.clear()
t("a") + t("b") * t("c", 1)
show("binary:")
print(t("f", max)(t("x", 1), t("y", 2), key=t("k", abs)))
show("call:")
[t("l1"), t("l2")], (t("t1"), t("t2")), {t("k1"): t("v1"), t("k2"): t("v2")}
show("displays:")
d = {}
d[t("key")] = t("value")
show("assignment:")
lst = [0, 0]
lst[t("idx", 0)] += t("inc", 5)
show("augmented:")
print(lst)
t("cond", True) and t("rhs")
show("and:")
x = t("then") if t("test", False) else t("else")
show("conditional:")
t("c1", 1) < t("c2", 2) < t("c3", 3)
show("chain:")
a, b = t("r1"), t("r2")
show("tuple rhs:")
def args(*a, **k):
    return a, k
args(t("p1"), *[t("s1"), t("s2")], kw=t("kw"), **{t("dk"): t("dv")})
show("star args:")
t("obj", [[1, 2]])[t("i", 0)][t("j", 1)]
show("subscripts:")
