# What super() objects expose: descriptors bound correctly, data vs non-data, missing names.
class Desc:
    def __get__(self, obj, owner):
        return ("Desc.__get__", obj is not None, owner.__name__)
class Base:
    d = Desc()
    plain = "base plain"
    @property
    def prop(self):
        return "base prop"
    def method(self):
        return f"Base.method on {type(self).__name__}"
    @classmethod
    def cm(cls):
        return f"Base.cm on {cls.__name__}"
    @staticmethod
    def sm():
        return "Base.sm"

class Child(Base):
    d = "shadowed"
    plain = "child plain"
    def check(self):
        s = super()
        return [s.d, s.plain, s.prop, s.method(), s.cm(), s.sm(), s.__class__.__name__]
    @classmethod
    def ccheck(cls):
        s = super()
        return [s.d, s.plain, s.method(cls()), s.cm(), s.sm()]
for row in Child().check():
    print(row)
for row in Child.ccheck():
    print(row)

sup = super(Child, Child())
print(sup.method.__self__.__class__.__name__, sup.method.__func__ is Base.method)
print(super(Child, Child).method.__qualname__)
try:
    super(Child, Child()).nonexistent
except AttributeError as e:
    print(type(e).__name__, e)
try:
    super(Base, Base()).method()
except AttributeError as e:
    print(type(e).__name__, e)
print(super(Child, Child()).__init__.__qualname__ if hasattr(super(Child, Child()).__init__, "__qualname__") else "no qualname")
print(super(Child, Child()).__repr__().startswith("<__main__.Child object"))

class Data:
    def __get__(self, obj, owner):
        return "data get"
    def __set__(self, obj, value):
        raise AttributeError("read-only data")
class P:
    x = Data()
class Q(P):
    def via_super(self):
        return super().x
q = Q()
print(q.via_super(), q.x)
try:
    super(Q, q).x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(dir(super(Q, q)) == dir(super) or "dir differs")
