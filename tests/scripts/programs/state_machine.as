# A vending machine as a table-driven state machine with error handling.
class VendingError(Exception):
    pass
class Machine:
    PRICES = {"cola": 150, "chips": 100, "gum": 50}
    def __init__(self):
        self.state = "idle"
        self.credit = 0
        self.stock = {"cola": 1, "chips": 5, "gum": 0}
        self.sales = []
    def handle(self, event, arg=None):
        method = getattr(self, f"on_{self.state}_{event}", None)
        if method is None:
            raise VendingError(f"cannot {event} while {self.state}")
        return method(arg)
    def on_idle_coin(self, amount):
        self.credit += amount
        self.state = "paying"
        return f"credit {self.credit}"
    def on_paying_coin(self, amount):
        self.credit += amount
        return f"credit {self.credit}"
    def on_paying_select(self, item):
        if item not in self.PRICES:
            raise VendingError(f"unknown item {item!r}")
        if self.stock[item] == 0:
            raise VendingError(f"{item} sold out")
        price = self.PRICES[item]
        if self.credit < price:
            return f"need {price - self.credit} more"
        self.stock[item] -= 1
        change = self.credit - price
        self.credit = 0
        self.state = "idle"
        self.sales.append(item)
        return f"vend {item}, change {change}"
    def on_paying_refund(self, _):
        amount, self.credit, self.state = self.credit, 0, "idle"
        return f"refund {amount}"
m = Machine()
script = [("select", "cola"), ("coin", 100), ("select", "cola"), ("coin", 100), ("select", "cola"),
          ("coin", 200), ("select", "cola"), ("select", "gum"), ("select", "tea"), ("refund", None),
          ("refund", None), ("coin", 25), ("coin", 25), ("select", "chips"), ("coin", 50), ("select", "chips")]
for event, arg in script:
    try:
        print(f"{event:>7} {arg!s:>5} -> {m.handle(event, arg)}   [{m.state}]")
    except VendingError as e:
        print(f"{event:>7} {arg!s:>5} !! {e}   [{m.state}]")
print(m.sales, m.stock)
