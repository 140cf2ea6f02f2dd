# __class__ assignment rules and __dict__ assignment.
class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"
a = A()
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B))

def show(thunk):
    try:
        thunk()
        print("ok")
    except TypeError as e:
        print(type(e).__name__, e)

show(lambda: setattr(a, "__class__", 1))
show(lambda: setattr(a, "__class__", int))
show(lambda: setattr(1, "__class__", bool))
show(lambda: setattr([], "__class__", tuple))
show(lambda: delattr(a, "__class__"))
class S1:
    __slots__ = ("x",)
class S2:
    __slots__ = ("x",)
class S3:
    __slots__ = ("y",)
s = S1()
show(lambda: setattr(s, "__class__", S2))
show(lambda: setattr(s, "__class__", S3))
show(lambda: setattr(s, "__class__", A))
class L(list): pass
class L2(list): pass
lst = L()
show(lambda: setattr(lst, "__class__", L2))
print(type(lst).__name__)
show(lambda: setattr(lst, "__class__", list))

import types
mod = types.ModuleType("m")
class MyModule(types.ModuleType):
    def hello(self):
        return "hello from " + self.__name__
mod.__class__ = MyModule
print(mod.hello())

# __dict__ assignment on instances
class D:
    pass
d = D()
d.x = 1
d.__dict__ = {"y": 2}
print(hasattr(d, "x"), d.y, vars(d))
show(lambda: setattr(d, "__dict__", [1]))
try:
    del d.__dict__
    print("deleted", vars(d))
except TypeError as e:
    print(type(e).__name__, e)
shared = {"z": 3}
d1, d2 = D(), D()
d1.__dict__ = shared
d2.__dict__ = shared
d1.w = 4
print(d2.w, shared)

class E: pass
show(lambda: setattr(E, "__dict__", {}))
try:
    E.__dict__["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(type(E.__dict__).__name__, "x" in E.__dict__)

class Base:
    pass
class Derived(Base):
    pass
obj = Derived()
obj.__class__ = Base
print(type(obj).__name__)
show(lambda: setattr(Derived, "__name__", 5))
Derived.__name__ = "Renamed"
Derived.__qualname__ = "Outer.Renamed"
print(Derived.__name__, Derived, Derived.__module__)
show(lambda: setattr(int, "__name__", "x"))
show(lambda: setattr(Derived, "__module__", 3))
print(Derived.__module__)
Derived.__doc__ = "doc"
print(Derived.__doc__)
show(lambda: setattr(Derived, "__mro__", ()))
