# Private names: __name inside a class means _Class__name (attributes, class
# variables, methods), so a subclass or outside code does not see it.
class Account:
    __count = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.__balance = balance
        Account.__count += 1

    def __validate(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")

    def deposit(self, amount):
        self.__validate(amount)
        self.__balance += amount
        return self.__balance

    def count(cls):
        return cls.__count

    def __repr__(self):
        return f"Account({self.owner!r}, {self.__balance})"


class Savings(Account):
    def peek(self):
        return self.__balance


a = Account("ann", 10)
print(a.deposit(5), a, Account.count(Account))
try:
    print(a.__balance)
except AttributeError as e:
    print("AttributeError:", e)
print(a._Account__balance, sorted(k for k in vars(a)))
try:
    Savings("bob").peek()
except AttributeError as e:
    print("AttributeError:", e)
try:
    a.deposit(-1)
except ValueError as e:
    print(e)
print(Account.__init__.__name__, Account._Account__validate.__name__)
