# Render rows as an aligned text table with computed column widths,
# numeric right-alignment, totals and a separator line.
rows = [
    ("Widget", 4, 2.5),
    ("Gadget with a long name", 1, 129.99),
    ("Doohickey", 12, 0.35),
    ("Thingamajig", 3, 17.0),
]
headers = ("Item", "Qty", "Unit", "Total")
table = [(name, str(q), f"{p:.2f}", f"{q * p:,.2f}") for name, q, p in rows]
grand = sum(q * p for _, q, p in rows)
footer = ("TOTAL", str(sum(q for _, q, _ in rows)), "", f"{grand:,.2f}")
widths = [max(len(r[i]) for r in [headers] + table + [footer]) for i in range(4)]
def fmt(cells):
    out = []
    for i, c in enumerate(cells):
        out.append(c.ljust(widths[i]) if i == 0 else c.rjust(widths[i]))
    return "| " + " | ".join(out) + " |"
sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
print(sep)
print(fmt(headers))
print(sep)
for r in table:
    print(fmt(r))
print(sep)
print(fmt(footer))
print(sep)
