# __slots__: storage, errors, __dict__ and __weakref__ slots, inheritance.
class P:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1
p = P()
print(p.x, hasattr(p, "__dict__"), hasattr(p, "__weakref__"))
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
del p.x
try:
    del p.x
except AttributeError as e:
    print(type(e).__name__, e)
print(type(P.x).__name__, P.x.__name__, P.x.__objclass__ is P)

class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.__dict__, w.a)

class WithWeak:
    __slots__ = ("__weakref__",)
import weakref
ww = WithWeak()
print(weakref.ref(ww)() is ww)
try:
    weakref.ref(p)
except TypeError as e:
    print(type(e).__name__, e)

def show(thunk):
    try:
        thunk()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

show(lambda: type("S1", (), {"__slots__": ("a", "a")}))
show(lambda: type("S2", (), {"__slots__": ("a",), "a": 1}))
show(lambda: type("S3", (), {"__slots__": (1,)}))
show(lambda: type("S4", (), {"__slots__": ("not valid",)}))
show(lambda: type("S5", (), {"__slots__": ("__dict__", "__dict__")}))
show(lambda: type("S6", (WithDict,), {"__slots__": ("__dict__",)}))
show(lambda: type("S7", (int,), {"__slots__": ("x",)}))
show(lambda: type("S8", (), {"__slots__": 3}))
print(type("S9", (), {"__slots__": "single"})().__class__.__slots__)

class Child(P):
    pass
c = Child()
c.z = 5
print(c.z, c.__dict__, c.x)

class Child2(P):
    __slots__ = ("w",)
c2 = Child2()
c2.w = 1
c2.x = 2
print(c2.w, c2.x, hasattr(c2, "__dict__"))

class Private:
    __slots__ = ("__secret",)
    def __init__(self):
        self.__secret = 42
    def get(self):
        return self.__secret
print(Private().get(), [k for k in Private.__dict__ if "secret" in k])

class Mixed:
    __slots__ = ["a", "b"]
print(Mixed.__slots__, sorted(k for k in Mixed.__dict__ if not k.startswith("__")))
print(P.__slots__)

class A:
    __slots__ = ("x",)
class B:
    __slots__ = ("y",)
try:
    class AB(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)
class Empty1:
    __slots__ = ()
class Empty2:
    __slots__ = ()
class Both(Empty1, Empty2): pass
print(Both().__dict__)
