# A linked list and a binary search tree built from classes.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for it in reversed(list(items)):
            self.push(it)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __iter__(self):
        return ListIter(self.head)
    def __len__(self):
        return self.size
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __repr__(self):
        return " -> ".join(repr(v) for v in self) or "empty"
class ListIter:
    def __init__(self, node):
        self.node = node
    def __iter__(self):
        return self
    def __next__(self):
        if self.node is None:
            raise StopIteration
        v = self.node.value
        self.node = self.node.next
        return v
ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll))
ll.reverse()
print(ll, list(ll), sum(ll), LinkedList())

class BST:
    def __init__(self):
        self.root = None
    def insert(self, k):
        if self.root is None:
            self.root = [k, None, None]
            return
        n = self.root
        while True:
            idx = 1 if k < n[0] else 2
            if n[idx] is None:
                n[idx] = [k, None, None]
                return
            n = n[idx]
    def inorder(self, n="start", out=None):
        if n == "start":
            n, out = self.root, []
        if n is not None:
            self.inorder(n[1], out)
            out.append(n[0])
            self.inorder(n[2], out)
        return out
    def height(self, n="start"):
        if n == "start":
            n = self.root
        return 0 if n is None else 1 + max(self.height(n[1]), self.height(n[2]))
    def __contains__(self, k):
        n = self.root
        while n is not None:
            if k == n[0]:
                return True
            n = n[1] if k < n[0] else n[2]
        return False
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k)
print(t.inorder(), t.height(), 45 in t, 55 in t)
