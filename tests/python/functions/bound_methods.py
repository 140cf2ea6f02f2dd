# Bound methods: __self__, __func__, equality, hashing, identity.
class A:
    def m(self):
        return "A.m"
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
    def __repr__(self):
        return "A()"

a = A()
b = A()
bm = a.m
print(bm.__self__ is a, bm.__func__ is A.m, bm.__name__, bm.__qualname__, bm.__module__)
print(a.m == a.m, a.m is a.m, a.m == b.m, a.m != a.m)
print(hash(a.m) == hash(a.m))
print(repr(a.m).startswith("<bound method A.m of A()>"))
print(bm(), A.m(a), bm.__func__(b))
print(type(bm).__name__, type(A.m).__name__)
print(bm.__doc__)

class B:
    def m(self):
        "B doc"
print(B().m.__doc__)

# methods of different functions on same instance
class C:
    def x(self): pass
    def y(self): pass
c = C()
print(c.x == c.y, c.x == C.x, c.x.__func__ == C.x)

# bound method attribute access delegates to the function
def func(self):
    return 1
func.tag = "tagged"
class D:
    meth = func
d = D()
print(d.meth.tag)
try:
    d.meth.tag = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    d.meth.nothing
except AttributeError as e:
    print(type(e).__name__, e)

# method equality uses identity of __self__ (3.8+)
class E:
    def __eq__(self, other):
        return True
    __hash__ = None
    def m(self):
        pass
e1, e2 = E(), E()
print(e1.m == e2.m, e1.m == e1.m)

# builtin bound methods
lst = [1]
print(lst.append.__self__ is lst, lst.append.__name__, lst.append == lst.append)
print([].append == [].append, lst.append.__qualname__)
print(repr(lst.append).startswith("<built-in method append of list object at"))

# classmethod binding
class F:
    @classmethod
    def cm(cls):
        return cls.__name__
print(F.cm.__self__ is F, F().cm.__self__ is F, F.cm(), F.cm == F.cm)

import types
m = types.MethodType(func, 42)
print(m(), m.__self__)
try:
    types.MethodType(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
