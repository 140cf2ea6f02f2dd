# super() with classmethods, staticmethods, properties, __init_subclass__ and metaclasses.
class Base:
    registry = []
    @classmethod
    def create(cls, *args):
        return ("Base.create", cls.__name__, args)
    @staticmethod
    def util():
        return "Base.util"
    @property
    def kind(self):
        return "base kind"
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append(cls.__name__)

class Child(Base):
    @classmethod
    def create(cls, *args):
        return ("Child.create", super().create(*args))
    @staticmethod
    def util():
        return "Child.util+" + super(Child, Child).util()
    @property
    def kind(self):
        return "child of " + super().kind
    def __init_subclass__(cls, flavour=None, **kw):
        super().__init_subclass__(**kw)
        cls.flavour = flavour

class Grand(Child, flavour="sweet"):
    pass
print(Child.create(1), Grand.create(), Child.util(), Grand().kind, Grand.flavour, Base.registry)

class Meta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls.made_by = mcls.__name__
        return cls
    def __call__(cls, *args):
        inst = super().__call__(*args)
        inst.via_meta = True
        return inst
class SubMeta(Meta):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls.sub = True
        return cls
class WithMeta(metaclass=SubMeta):
    def __init__(self, v):
        self.v = v
w = WithMeta(3)
print(WithMeta.made_by, WithMeta.sub, w.via_meta, w.v)

class A:
    def __repr__(self):
        return "A-repr"
    def __eq__(self, other):
        return "A.eq"
    __hash__ = object.__hash__
class B(A):
    def __repr__(self):
        return "B wraps " + super().__repr__()
    def __eq__(self, other):
        return ("B.eq", super().__eq__(other))
    def __hash__(self):
        return super().__hash__() * 0 + 7
print(repr(B()), B() == 1, hash(B()))

class GetAttrBase:
    def __getattr__(self, name):
        return f"base getattr {name}"
class GetAttrChild(GetAttrBase):
    def __getattr__(self, name):
        if name.startswith("x"):
            return "child handles " + name
        return super().__getattr__(name)
g = GetAttrChild()
print(g.xyz, g.abc)

class ListLike(list):
    def append(self, v):
        super().append(v * 2)
    def __getitem__(self, i):
        return ("item", super().__getitem__(i))
l = ListLike([1])
l.append(5)
print(l, l[1], len(l))

class DictLike(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
    def __missing__(self, k):
        return f"missing {k}"
dl = DictLike()
dl["a"] = 1
print(dl, dl["zz"], dl.get("zz"))
try:
    super(Child, Base()).create()
except TypeError as e:
    print(type(e).__name__, e)
print(super(Child, Grand).create(9))
