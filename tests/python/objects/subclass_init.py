# __init__/__new__ chains of builtin-type subclasses through super().
class ML(list):
    def __init__(self, n):
        super().__init__(range(n))
        self.n = n
m = ML(3); print(m, m.n, m.__dict__)
class MD(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = True
d = MD([(1, 2)], z=3); print(d, d.extra)
class MS(set):
    def __init__(self, it, tag):
        super().__init__(it)
        self.tag = tag
s = MS([1, 2], "t"); print(sorted(s), s.tag)
class MT(tuple):
    def __new__(cls, *items):
        return super().__new__(cls, items)
    def __init__(self, *items):
        self.size = len(items)
t = MT(1, 2); print(t, t.size)
class MI(int):
    def __new__(cls, v, label):
        obj = super().__new__(cls, v)
        obj.label = label
        return obj
i = MI(4, "four"); print(i, i.label, i + 1)
class MF(float):
    def __new__(cls, v):
        return float.__new__(cls, v * 2)
print(MF(1.5))
class MStr(str):
    def __init__(self, v):
        self.orig = v
ms = MStr("x"); print(ms, ms.orig)
print(vars(ms), ML.__dict__["__init__"].__name__)
