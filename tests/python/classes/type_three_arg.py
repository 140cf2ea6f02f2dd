# type(name, bases, dict) builds classes like a class statement does.
def init(self, v):
    self.v = v
Point = type("Point", (), {"__init__": init, "kind": "point", "__doc__": "A point."})
p = Point(3)
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__doc__, p.v, p.kind)
print(Point.__bases__, type(Point), repr(p).startswith("<__main__.Point object at"))

Sub = type("Sub", (Point,), {"extra": lambda self: self.v * 2})
print(Sub(4).extra(), Sub.__mro__[1] is Point)
Q = type("Q", (), {"__qualname__": "Outer.Q"})
print(Q.__qualname__, Q)
try:
    type("Q", (), {"__qualname__": 1})
except TypeError as e:
    print(type(e).__name__, e)
print(type("NoBase", (), {}).__bases__)
M = type("M", (), {"__module__": "somewhere"})
print(M, M.__module__)
ns = {"a": 1}
T = type("T", (), ns)
ns["b"] = 2
print(hasattr(T, "b"), "b" in T.__dict__)

# names are not validated beyond type
U = type("has space", (), {})
print(U.__name__)
try:
    type("X\0Y", (), {})
except ValueError as e:
    print(type(e).__name__, e)

# the namespace dict's __classcell__, __slots__, etc.
V = type("V", (), {"__slots__": ("a",)})
v = V()
v.a = 5
print(v.a, hasattr(v, "__dict__"))

# metaclass chosen from bases
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
W = type("W", (WithMeta,), {})
print(type(W).__name__)
W2 = Meta("W2", (), {})
print(type(W2).__name__, W2.__mro__)

# str subclass as name
class Name(str):
    pass
N = type(Name("Named"), (), {})
print(N.__name__)
print(type.__name__, type.__qualname__, type.__module__, int.__module__)
print(vars(type("Empty", (), {})).keys())
