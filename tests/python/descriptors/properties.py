# property: getter/setter/deleter, docs, copies, errors.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "Temperature in C."
        return self._c
    @celsius.setter
    def celsius(self, value):
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__)
del t.celsius
print(t.celsius)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)

p = Temp.celsius
print(type(p).__name__, p.fget.__name__, p.fset.__name__, p.fdel.__name__)
q = p.getter(lambda self: "new getter")
print(q is p, q.fset is p.fset, q.__get__(t))

def getx(self):
    "getx doc"
    return 1
px = property(getx)
print(px.__doc__)
px2 = property(getx, doc="explicit")
print(px2.__doc__)
print(property().__doc__, property(None).fget)
try:
    property().__get__(t)
except AttributeError as e:
    print(type(e).__name__, e)
class Anon:
    x = property()
try:
    Anon().x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Anon().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(Anon.x.__get__(None, Anon) is Anon.x)

class Lambda:
    v = property(lambda self: 42)
try:
    Lambda().v = 1
except AttributeError as e:
    print(type(e).__name__, e)

class SubProp(property):
    "SubProp doc"
class UsesSub:
    @SubProp
    def thing(self):
        "thing doc"
        return "thing"
print(UsesSub().thing, UsesSub.thing.__doc__, type(UsesSub.thing).__name__)

class Base:
    @property
    def name(self):
        return "base"
class Derived(Base):
    @Base.name.getter
    def name(self):
        return "derived " + super().name
print(Derived().name)

class Cached:
    calls = 0
    @property
    def value(self):
        Cached.calls += 1
        return Cached.calls
c = Cached()
print(c.value, c.value)
try:
    property(1)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(Temp.celsius, property), hasattr(property, "__set_name__"))
class Named:
    @property
    def n(self):
        pass
print(Named.n.fget.__qualname__)
