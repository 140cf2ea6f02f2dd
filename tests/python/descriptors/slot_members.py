# __slots__ member descriptors used directly, and slots combined with properties.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
member = P.__dict__["x"]
p = P(3)
print(type(member).__name__, member.__name__, member.__objclass__.__name__, member.__get__(p, P))
member.__set__(p, 9)
print(p.x)
member.__delete__(p)
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    member.__get__(1, int)
except TypeError as e:
    print(type(e).__name__, e)
print(member.__get__(None, P) is member)

class Guarded:
    __slots__ = ("_value",)
    @property
    def value(self):
        return self._value
    @value.setter
    def value(self, v):
        if v < 0:
            raise ValueError("negative")
        self._value = v
g = Guarded()
g.value = 5
print(g.value)
try:
    g.value = -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    g.other = 1
except AttributeError as e:
    print(type(e).__name__, e)

class Base:
    __slots__ = ("a",)
class Mid(Base):
    __slots__ = ("b",)
class Leaf(Mid):
    __slots__ = ("c",)
leaf = Leaf()
leaf.a, leaf.b, leaf.c = 1, 2, 3
print(leaf.a, leaf.b, leaf.c, [k for k in Leaf.__dict__ if not k.startswith("__")], hasattr(leaf, "__dict__"))
print(sorted(k for cls in Leaf.__mro__ for k in getattr(cls, "__slots__", ())))

class Shadow:
    __slots__ = ("v",)
    def __init__(self):
        self.v = "slot"
class ShadowSub(Shadow):
    v = "class attribute replaces the slot descriptor"
s = ShadowSub()
print(s.v)
try:
    s.v = 1
except AttributeError as e:
    print(type(e).__name__, e)
class DictSlot:
    __slots__ = ("__dict__", "fixed")
ds = DictSlot()
ds.fixed = 1
ds.free = 2
print(ds.fixed, ds.__dict__)
class NoSlotsSub(Base):
    pass
n = NoSlotsSub()
n.a = 1
n.z = 2
print(n.a, n.__dict__)
