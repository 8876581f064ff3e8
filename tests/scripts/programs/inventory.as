# An inventory/order system: classes, dict bookkeeping, exceptions,
# formatted report.
class OutOfStock(Exception):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, only {have} left")
class UnknownItem(KeyError):
    pass
class Item:
    def __init__(self, sku, name, price, qty):
        self.sku, self.name, self.price, self.qty = sku, name, price, qty
    def __repr__(self):
        return f"Item({self.sku!r}, qty={self.qty})"
class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []
    def add(self, item):
        self.items[item.sku] = item
    def get(self, sku):
        try:
            return self.items[sku]
        except KeyError:
            raise UnknownItem(sku) from None
    def order(self, lines):
        reserved = []
        try:
            for sku, n in lines:
                it = self.get(sku)
                if it.qty < n:
                    raise OutOfStock(sku, n, it.qty)
                it.qty -= n
                reserved.append((it, n))
        except (OutOfStock, UnknownItem) as e:
            for it, n in reserved:
                it.qty += n
            self.log.append(("failed", type(e).__name__))
            raise
        total = sum(it.price * n for it, n in reserved)
        self.log.append(("ok", round(total, 2)))
        return total
inv = Inventory()
for args in [("A1", "widget", 2.50, 10), ("B2", "gadget", 12.99, 3), ("C3", "doohickey", 0.99, 100)]:
    inv.add(Item(*args))
orders = [[("A1", 4), ("C3", 10)], [("B2", 2), ("A1", 7)], [("Z9", 1)], [("B2", 3)], [("A1", 6), ("B2", 1)]]
for o in orders:
    try:
        print(f"order {o}: total {inv.order(o):.2f}")
    except OutOfStock as e:
        print("out of stock:", e)
    except KeyError as e:
        print("unknown:", type(e).__name__, e)
print(inv.log)
print(f"{'sku':<5}{'name':<10}{'price':>8}{'qty':>5}")
for it in sorted(inv.items.values(), key=lambda i: -i.price):
    print(f"{it.sku:<5}{it.name:<10}{it.price:>8.2f}{it.qty:>5}")
print(sorted(inv.items.values(), key=lambda i: i.qty))
