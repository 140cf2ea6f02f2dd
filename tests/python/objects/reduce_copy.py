# object.__reduce_ex__ / __reduce__ / __getstate__ (copyreg protocol) and the copy module.
import copyreg
class A:
    __slots__=("a","b")
class B(A): pass
b=B(); b.a=1; b.z=3
print(b.__reduce_ex__(2)[1:], b.__reduce_ex__(4)[0].__name__)
print(object().__reduce_ex__(2)[1:])
class L(list): pass
r = L([1]).__reduce_ex__(2)
print(r[1:3], list(r[3]), r[4])
class D(dict): pass
r = D(a=1).__reduce_ex__(2)
print(r[1:4], list(r[4]))
print(B().__getstate__(), object().__getstate__())
class N:
    def __getnewargs__(self): return (1,2)
print(N().__reduce_ex__(2)[1][1:])
class P:
    def __init__(self): self.x = 1
print(P().__reduce__()[0].__name__, P().__reduce__()[1][1:], P().__reduce__()[2])
import copy
p = copy.copy(P()); print(p.x)
q = copy.deepcopy([P()]); print(q[0].x)


class S:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]

s = copy.deepcopy(S())
print(s.a, hasattr(s, "b"))


class MyList(list):
    pass

m = MyList([1, 2])
m.tag = "t"
c = copy.copy(m)
print(c, type(c).__name__, c.tag)
print(len.__name__, len.__self__ is None or True, int.__new__.__self__ is int, str.join.__objclass__)
