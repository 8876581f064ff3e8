# A bank-account class hierarchy with custom exceptions and a ledger.
class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner}: cannot withdraw {amount:.2f}, balance {account.balance:.2f}")
        self.amount = amount

class AccountFrozen(BankError):
    pass

class Account:
    next_number = 1000
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.number = Account.next_number
        Account.next_number += 1
        self.history = []
        self.frozen = False
    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")
    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        self._check()
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def available(self):
        return self.balance
    def month_end(self):
        pass
    def __str__(self):
        return f"{type(self).__name__}#{self.number}({self.owner}, {self.balance:.2f})"

class Savings(Account):
    rate = 0.02
    def month_end(self):
        interest = round(self.balance * self.rate / 12, 2)
        self.deposit(interest)

class Checking(Account):
    def __init__(self, owner, balance=0.0, overdraft=100.0):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def available(self):
        return self.balance + self.overdraft
    def month_end(self):
        if self.balance < 0:
            self.balance -= 5.0
            self.history.append(("fee", 5.0))

def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except BankError as e:
        print("transfer failed:", e)
        return False
    try:
        dst.deposit(amount)
    except BankError as e:
        src.balance += amount
        src.history.append(("refund", amount))
        print("transfer reverted:", e)
        return False
    return True

accounts = [Savings("ann", 1200.0), Checking("bob", 50.0), Account("cy")]
for a in accounts:
    print(a)
print(transfer(accounts[0], accounts[1], 200))
print(transfer(accounts[1], accounts[2], 320))
print(transfer(accounts[1], accounts[2], 100))
accounts[2].frozen = True
print(transfer(accounts[0], accounts[2], 10))
try:
    accounts[0].deposit(-5)
except ValueError as e:
    print("ValueError:", e)
for a in accounts:
    a.month_end()
    print(a, a.history)
total = sum(a.balance for a in accounts)
print(f"total {total:.2f}", isinstance(accounts[0], Account), issubclass(Checking, Savings))
