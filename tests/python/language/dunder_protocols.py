class Lazy:
    def __init__(self):
        self.loaded = {}
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        value = name.upper()
        self.loaded[name] = value
        return value
l = Lazy()
print(l.foo, l.bar, l.loaded, hasattr(l, "_x"))

class Strict:
    __slots_like__ = ("a",)
    def __setattr__(self, name, value):
        if name not in self.__slots_like__:
            raise AttributeError(f"cannot set {name}")
        super().__setattr__(name, value)
s = Strict()
s.a = 1
try:
    s.b = 2
except AttributeError as e:
    print(e, s.a)

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __lt__(self, other):
        return self.cents < other.cents
    def __repr__(self):
        return f"${self.cents / 100:.2f}"
    def __str__(self):
        return f"{self.cents} cents"
    def __bool__(self):
        return self.cents != 0
    def __call__(self, factor):
        return Money(self.cents * factor)
    def __contains__(self, x):
        return x <= self.cents
wallet = [Money(250), Money(99), Money(1000)]
print(sorted(wallet), min(wallet), max(wallet), str(wallet[0]), f"{wallet[1]!r} {wallet[1]}")
print(bool(Money(0)), Money(5)(3), 3 in Money(5), 9 in Money(5))

class Node:
    count = 0
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
        Node.count += 1
    def walk(self, depth=0):
        yield depth, self.value
        for child in self.children:
            yield from child.walk(depth + 1)
tree = Node(1, [Node(2, [Node(4)]), Node(3)])
for depth, value in tree.walk():
    print("  " * depth + str(value))
print(Node.count, tree.count)

class Shape:
    sides = 0
    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides"
class Triangle(Shape):
    sides = 3
class Square(Shape):
    sides = 4
    def describe(self):
        return "square: " + super().describe()
print([s.describe() for s in (Triangle(), Square(), Shape())])

class P:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.deleter
    def x(self):
        print("deleting")
        self._x = None
p = P()
del p.x
print(p.x, P.x.__doc__)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
class Bad:
    def __repr__(self):
        raise RuntimeError("no repr")
try:
    repr(Bad())
except RuntimeError as e:
    print("RuntimeError:", e)
print("%s and %r" % ("s", "r"), "{0}{1}{0}".format("a", "b"), "{:>{w}}".format("x", w=4))
print(f"{3.14159:.3} {1e20:g} {12345678:,} {0.5:%} {-3:+d} {'x':*^5}")
