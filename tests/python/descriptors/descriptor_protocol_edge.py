# __get__ on classes, descriptor __set_name__ timing, __delete__, and descriptors on metaclasses.
class Trace:
    def __init__(self):
        self.calls = []
    def __set_name__(self, owner, name):
        self.calls.append(("set_name", owner.__name__, name))
        self.name = name
    def __get__(self, obj, owner=None):
        self.calls.append(("get", obj is None, owner.__name__ if owner else None))
        return self
    def __set__(self, obj, value):
        self.calls.append(("set", value))
    def __delete__(self, obj):
        self.calls.append(("delete",))

t = Trace()
class A:
    attr = t
    other = t
a = A()
a.attr
A.attr
a.attr = 1
del a.attr
print(t.calls)

class NoOwner:
    def __get__(self, obj, owner):
        return (obj, owner)
class H:
    d = NoOwner()
print(H.d[0], H.d[1].__name__, H().d[1].__name__)
print(H.__dict__["d"].__get__(None, H)[1] is H)
d = NoOwner()
print(d.__get__(1, int))

# descriptor set on a class after creation: no __set_name__ call
t2 = Trace()
A.late = t2
print(t2.calls)

# descriptor returning a different value per access
import itertools
class Counter:
    def __init__(self):
        self.counter = itertools.count()
    def __get__(self, obj, owner=None):
        return next(self.counter)
class UsesCounter:
    n = Counter()
u = UsesCounter()
print(u.n, u.n, UsesCounter.n)

# descriptor without __get__ on the class returns itself
class SetOnly:
    def __set__(self, obj, value):
        obj.__dict__["so"] = value
class HasSetOnly:
    so = SetOnly()
hso = HasSetOnly()
print(type(HasSetOnly.so).__name__, type(hso.so).__name__)
hso.so = 3
print(hso.so)

# __getattr__ isn't invoked for descriptors that succeed
class WithGetattr:
    @property
    def present(self):
        return "present"
    def __getattr__(self, name):
        return f"getattr {name}"
w = WithGetattr()
print(w.present, w.absent)

# functions, staticmethods, classmethods as descriptors directly
def plain(self=None):
    return self
class Owner:
    pass
o = Owner()
print(plain.__get__(o, Owner)() is o, staticmethod(plain).__get__(o, Owner)() is None)
print(classmethod(plain).__get__(o, Owner)() is Owner, classmethod(plain).__get__(None, Owner)() is Owner)
print(property(plain).__get__(o, Owner) is o, property(plain).__get__(None, Owner).__class__.__name__)
try:
    property(plain).__set__(o, 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    property(plain).__delete__(o)
except AttributeError as e:
    print(type(e).__name__, e)
