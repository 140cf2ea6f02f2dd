# __dict__ and __weakref__ descriptors in the namespace of the class that introduces them.
class A:
    x = 1
class B(A):
    """doc"""
class S:
    __slots__ = ("a",)
class SD(S):
    __slots__ = ("__dict__",)
print(list(A.__dict__), list(B.__dict__), list(S.__dict__), list(SD.__dict__))
print(A.__dict__["__dict__"], A.__dict__["__weakref__"])
a = A()
print(a.__weakref__)
import weakref
r = weakref.ref(a)
print(a.__weakref__ is r)
a.y = 2
print(a.__dict__, A.__dict__["__dict__"].__get__(a))
class E(Exception): pass
class L(list): pass
class I(int): pass
print(list(E.__dict__), list(L.__dict__), list(I.__dict__))
class SS(str): pass
class BB(bytes): pass
print(list(SS.__dict__), list(BB.__dict__), weakref.ref(SS("a"))() == "a" or True)
try:
    weakref.ref(I(1))
except TypeError as e:
    print(e)
