# classmethod and staticmethod, wrapping each other and other descriptors.
class C:
    @classmethod
    def make(cls, *args):
        return cls.__name__, args
    @staticmethod
    def util(x):
        return x * 2
    def plain(self):
        return "plain"

class D(C):
    pass
print(C.make(1), D.make(2), D().make(3), C.util(4), C().util(5))
cm = C.__dict__["make"]
sm = C.__dict__["util"]
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__.__name__)
print(cm.__get__(None, D)(), cm.__get__(D())(), sm.__get__(None, C)(6))
print(callable(sm), sm(7), C.make.__self__ is C, D.make.__self__ is D)
print(cm.__wrapped__ is cm.__func__, sm.__wrapped__ is sm.__func__)
print(cm.__isabstractmethod__, C.util.__name__, C.util.__doc__)

def documented():
    "the doc"
s = staticmethod(documented)
print(s.__doc__, s.__name__, s.__qualname__)
c2 = classmethod(documented)
print(c2.__doc__, c2.__name__)

# classmethod wrapping property (3.9-3.12 chain descriptors)
class Meta:
    @classmethod
    @property
    def prop(cls):
        return f"prop of {cls.__name__}"
print(Meta.prop, Meta().prop)

# staticmethod wrapping classmethod
class Odd:
    odd = staticmethod(classmethod(lambda cls: cls))
print(type(Odd.odd).__name__)

# classmethod of a callable object
class Callable:
    def __call__(self, cls, x):
        return (cls.__name__, x)
class Host:
    c = classmethod(Callable())
print(Host.c(1))

try:
    classmethod(1)(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Host.__dict__["c"]()
except TypeError as e:
    print(type(e).__name__, e)

# staticmethod is callable since 3.10
st = staticmethod(len)
print(st([1, 2]), repr(st).startswith("<staticmethod("))

# attributes set on classmethod objects
cm2 = classmethod(documented)
cm2.custom = 1
print(cm2.custom, cm2.__dict__)

class Counter:
    count = 0
    @classmethod
    def bump(cls):
        cls.count += 1
        return cls.count
class SubCounter(Counter):
    pass
print(Counter.bump(), SubCounter.bump(), SubCounter.bump(), Counter.count, SubCounter.count)
print(classmethod.__name__, staticmethod.__mro__)
