# Special methods are looked up on the type, not the instance.
class C:
    def __len__(self):
        return 1
    def __repr__(self):
        return "C()"
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance repr"
print(len(c), repr(c), c.__len__(), str(c))
c.__iter__ = lambda: iter([1])
try:
    iter(c)
except TypeError as e:
    print(type(e).__name__, e)
c.__call__ = lambda: "called"
try:
    c()
except TypeError as e:
    print(type(e).__name__, e)
c.__eq__ = lambda other: True
print(c == C(), c == c)
c.__add__ = lambda other: "added"
try:
    c + 1
except TypeError as e:
    print(type(e).__name__, e)
c.__enter__ = lambda: None
try:
    with c:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

# assigning to the class takes effect at once
C.__len__ = lambda self: 7
print(len(c))
C.__add__ = lambda self, other: f"class add {other}"
print(c + 1)
del C.__len__
try:
    len(c)
except TypeError as e:
    print(type(e).__name__, e)
C.__bool__ = lambda self: False
print(bool(c), "falsy" if not c else "truthy")
C.__iter__ = lambda self: iter("ab")
print(list(c))
C.__getitem__ = lambda self, k: k * 2
print(c[21], c["x"])
C.__hash__ = lambda self: 12345
print(hash(c))
C.__hash__ = None
try:
    hash(c)
except TypeError as e:
    print(type(e).__name__, e)
C.__contains__ = lambda self, x: x == "magic"
print("magic" in c, "other" in c)
C.__neg__ = lambda self: "negated"
print(-c)
C.__format__ = lambda self, spec: f"formatted {spec}"
print(f"{c:spec}")

class Base:
    def __str__(self):
        return "base str"
class Derived(Base):
    pass
d = Derived()
print(str(d))
Base.__str__ = lambda self: "patched base str"
print(str(d))
Derived.__str__ = lambda self: "derived str"
print(str(d), str(Base()))
del Derived.__str__
print(str(d))

class Meta(type):
    def __len__(cls):
        return 3
    def __getitem__(cls, k):
        return f"Meta[{k}]"
    def __iter__(cls):
        return iter([1, 2])
class UsesMeta(metaclass=Meta):
    pass
print(len(UsesMeta), UsesMeta[0], list(UsesMeta))
try:
    len(UsesMeta())
except TypeError as e:
    print(type(e).__name__, e)
