# __class__ assignment needs compatible layouts: the classes that add slots must
# be one class or siblings (same base) adding the same slots (CPython's
# compatible_for_assignment).
class G(object):
    __slots__ = ["a", "b"]
class H(object):
    __slots__ = ["b", "a"]
class I(object):
    __slots__ = ["a", "b"]
class J(object):
    __slots__ = ["c", "b"]
class K(object):
    __slots__ = ["a", "b", "d"]
class L(H):
    __slots__ = ["e"]
class M(I):
    __slots__ = ["e"]
class N(J):
    __slots__ = ["__weakref__"]
class P(J):
    __slots__ = ["__dict__"]
class Q(J):
    pass
class R(J):
    __slots__ = ["__dict__", "__weakref__"]
class Int(int): __slots__ = []
for cls in G, J, K, L, M, N, P, R, list, Int:
    for cls2 in G, J, K, L, M, N, P, R, list, Int:
        if cls is cls2: continue
        x = cls()
        try:
            x.__class__ = cls2
            print("allowed", cls.__name__, cls2.__name__)
        except TypeError as e:
            pass
for cls, cls2 in ((G, H), (G, I), (I, H), (Q, R), (R, Q)):
    x = cls(); x.a = 1
    x.__class__ = cls2
    print(x.a)
