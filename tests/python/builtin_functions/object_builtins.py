class Base:
    cls_attr = 1
    def method(self):
        pass
class Child(Base):
    def __init__(self):
        self.x = 1
        self._y = 2
c = Child()
print(vars(c), sorted(vars(Child)), "method" in vars(Base), [n for n in dir(c) if not n.startswith("__")], dir(Child) == sorted(dir(Child)))
print(getattr(c, "x"), getattr(c, "nope", "dflt"), getattr(c, "cls_attr"), hasattr(c, "x"), hasattr(c, "zz"), getattr(Base, "method").__name__)
setattr(c, "z", 3)
delattr(c, "x")
print(vars(c), hasattr(c, "x"))
for bad in ["getattr(c, 'nope')", "getattr(c, 1)", "getattr(c)", "setattr(c, 1, 2)", "delattr(c, 'nope')", "vars(1)", "vars(c, c)",
            "hasattr(c, None)", "getattr(1, 'x')", "delattr(1, 'real')", "setattr(1, 'real', 2)", "setattr(object(), 'a', 1)"]:
    try:
        print(eval(bad))
    except (TypeError, AttributeError) as e:
        print(bad, type(e).__name__, e)
class Slotted:
    __slots__ = ("a",)
try:
    vars(Slotted())
except TypeError as e:
    print(type(e).__name__, e)
class CustomDir:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(CustomDir()), sorted(dir(5))[:4], "append" in dir([]), dir(None)[:3])
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)
print(callable(len), callable(1), callable(Child), callable(c), callable(lambda: 0), callable(c.method), callable(None))
class CallMe:
    def __call__(self):
        return "called"
print(callable(CallMe()), CallMe()())
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, (float, int))), isinstance(1, int | str), isinstance(None, type(None) | int),
      isinstance(c, Base), isinstance(Child, type), isinstance([], (list,)), isinstance(1, ()), issubclass(bool, (str, int)), issubclass(Child, Base | int))
for bad in ["isinstance(1, 1)", "isinstance(1, (int, 1))", "issubclass(1, int)", "issubclass(int, 1)", "isinstance(1, list[int])", "isinstance()",
            "issubclass(int, list[int])"]:
    try:
        print(eval(bad))
    except TypeError as e:
        print(bad, type(e).__name__, e)
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta):
    pass
print(isinstance("magic", Magic), isinstance(1, Magic), issubclass(int, Magic), issubclass(str, Magic), isinstance("magic", (int, Magic)))
a = object()
print(id(a) == id(a), id(a) != id(object()), hash(a) == hash(a), type(id(a)).__name__, id(1) == id(1), hash(c) == hash(c))
x = [1]
ids = id(x)
x.append(2)
print(id(x) == ids, hash("abc") == hash("ab" + "c"), hash(1.0) == hash(1), hash((1, "a")) == hash((1, "a")), hash(None) == hash(None))
for bad in ["hash([])", "hash({})", "hash(set())", "hash(([],))"]:
    try:
        print(eval(bad))
    except TypeError as e:
        print(bad, type(e).__name__, e)
class HashRet:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
for v in [2**64, -1, 1.5, "x", True]:
    try:
        print(hash(HashRet(v)))
    except TypeError as e:
        print(type(e).__name__, e)
class EqOnly:
    def __eq__(self, other):
        return True
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
print(type(5), type("a"), type(type), type(None), type(c).__name__, type.__name__)
T = type("T", (Base,), {"k": 9})
print(T.__name__, T.k, T.cls_attr, T.__bases__, T().method() is None)
for bad in ["type()", "type(1, 2)", "type('X', 1, {})", "type('X', (), 1)", "type(1, (), {})"]:
    try:
        print(eval(bad))
    except TypeError as e:
        print(bad, type(e).__name__, e)
