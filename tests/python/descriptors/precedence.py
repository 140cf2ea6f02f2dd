# Data descriptors beat the instance dict; non-data descriptors lose to it.
class Data:
    def __init__(self, name):
        self.name = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return f"Data on class {owner.__name__}"
        return f"data {self.name}"
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value * 10

class NonData:
    def __get__(self, obj, owner=None):
        return "non-data"

class OnlySet:
    def __set__(self, obj, value):
        obj.__dict__["only"] = value

class OnlyDelete:
    def __delete__(self, obj):
        print("deleting via descriptor")

class C:
    d = Data("d")
    n = NonData()
    only = OnlySet()
    od = OnlyDelete()

c = C()
c.__dict__["d"] = "instance d"
c.__dict__["n"] = "instance n"
print(c.d, c.n, C.d, C.n)
c.d = 5
print(c.__dict__["d"], c.d)
c.only = 7
print(c.__dict__["only"], c.only)
print(C.__dict__["only"] is c.__dict__["only"] if False else type(C.only).__name__)
c.__dict__["od"] = 1
print(c.od)
del c.od
print(c.od)
try:
    c.od = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.only
except AttributeError as e:
    print(type(e).__name__, e)

# __get__ called with owner when accessed through the class
class Show:
    def __get__(self, obj, owner):
        return (obj is None, owner.__name__)
class Host:
    s = Show()
class SubHost(Host):
    pass
print(Host.s, SubHost.s, Host().s, SubHost().s)

# descriptor on the metaclass
class Meta(type):
    m = Data("meta")
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.m)
WithMeta.m = 3
print(WithMeta.__dict__.get("meta"), vars(WithMeta).get("m"))

# a descriptor stored in an instance dict is not invoked
c.__dict__["inst_desc"] = Data("x")
print(type(c.inst_desc).__name__)

# functions are non-data descriptors
def f(self):
    return "bound"
C.f = f
c.__dict__["f"] = lambda: "shadowed"
print(c.f(), C.f(c))
print(f.__get__(c)(), f.__get__(None, C) is f)
try:
    f.__get__()
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.__get__(None, None)
except TypeError as e:
    print(type(e).__name__, e)

# __set__ raising
class Validated:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, owner=None):
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if value < 0:
            raise ValueError(f"{self.name[1:]} must be >= 0")
        setattr(obj, self.name, value)
class Account:
    balance = Validated()
    def __init__(self, b):
        self.balance = b
a = Account(10)
print(a.balance, vars(a))
try:
    a.balance = -1
except ValueError as e:
    print(type(e).__name__, e)
