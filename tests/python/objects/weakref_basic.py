# _weakref: ref, callbacks stored, proxies, counts; which objects can be referenced.
import _weakref


class A:
    pass

a = A()
r = _weakref.ref(a)
print(r() is a, _weakref.getweakrefcount(a), r is _weakref.ref(a), type(r).__name__)
print(type(r).__module__, hash(r) == hash(a), r == _weakref.ref(a))
r2 = _weakref.ref(a, lambda x: None)
print(_weakref.getweakrefcount(a), len(_weakref.getweakrefs(a)), r2.__callback__ is not None)
for value in (1, [], "s", (), {}, object()):
    try:
        _weakref.ref(value)
    except TypeError as e:
        print(e)


class S:
    __slots__ = ("x",)

try:
    _weakref.ref(S())
except TypeError as e:
    print(e)


class SW:
    __slots__ = ("x", "__weakref__")

sw = SW()
print(_weakref.ref(sw)() is sw)


class K(_weakref.ref):
    __slots__ = ("key",)

    def __new__(type, ob, callback, key):
        self = _weakref.ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)

k = K(a, None, "kk")
print(k.key, k() is a)
p = _weakref.proxy(a)
a.v = 3
print(p.v)
p.w = 4
print(a.w)


def f():
    return "called"

print(_weakref.proxy(f)(), _weakref.ref(f)() is f, _weakref.ref(A)() is A)
d = {1: _weakref.ref(a)}
_weakref._remove_dead_weakref(d, 1)
print(len(d))
