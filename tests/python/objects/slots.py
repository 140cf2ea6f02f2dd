# __slots__: member descriptors, no __dict__, conflicts, inheritance.

class A:
    __slots__ = ("x", "__y")

a = A()
try:
    a.x
except AttributeError as e:
    print(e)
try:
    a.z = 1
except AttributeError as e:
    print(e)
print(A.x, type(A.x).__name__, A.__slots__, "_A__y" in A.__dict__, A.x.__name__)
try:
    a.__dict__
except AttributeError as e:
    print(e)
a.x = 1
print(a.x, A.x.__get__(a, A))
A.x.__set__(a, 2)
print(a.x)
del a.x
try:
    del a.x
except AttributeError as e:
    print(e)

try:
    class B:
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print(type(e).__name__, e)
try:
    class C(tuple):
        __slots__ = ("x",)
except TypeError as e:
    print(e)
try:
    class D:
        __slots__ = ("1x",)
except TypeError as e:
    print(e)
try:
    class E:
        __slots__ = ("__dict__", "__dict__")
except TypeError as e:
    print(e)
try:
    class E2:
        __slots__ = (1,)
except TypeError as e:
    print(e)


class F(A):
    pass

f = F()
f.q = 2
f.x = 3
print(f.__dict__, f.x)
try:
    A.x.__get__(1)
except TypeError as e:
    print(e)


class G:
    __slots__ = "abc"

print(G.__slots__, G.abc)


class H:
    __slots__ = ("a", "__dict__")

h = H()
h.a = 1
h.b = 2
print(h.a, h.__dict__)


class P:
    __slots__ = ("a",)


class Q(P):
    __slots__ = ("b",)

q = Q()
q.a, q.b = 1, 2
print(q.a, q.b, sorted(k for k in Q.__dict__ if not k.startswith("__")))
