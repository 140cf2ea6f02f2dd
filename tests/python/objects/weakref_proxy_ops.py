# weakref.proxy forwards every operation to its referent, proxies among the
# operands of operators and comparisons standing for their referents.
import weakref, operator
class L(list): pass
class N:
    def __init__(self, v): self.v = v
    def __add__(self, o): return N(self.v + (o.v if isinstance(o, N) else o))
    def __radd__(self, o): return N(o + self.v)
    def __iadd__(self, o): self.v += o; return self
    def __lt__(self, o): return self.v < (o.v if isinstance(o, N) else o)
    def __eq__(self, o): return self.v == (o.v if isinstance(o, N) else o)
    def __neg__(self): return N(-self.v)
    def __abs__(self): return N(abs(self.v))
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __index__(self): return int(self.v)
    def __divmod__(self, o): return ("divmod", self.v, o)
    def __repr__(self): return f"N({self.v})"
    def __bool__(self): return self.v != 0
    __hash__ = None
l = L([3, 1, 2]); p = weakref.proxy(l)
print(len(p), p[0], p[-1:], 2 in p, list(p), list(reversed(p)), bool(p))
p[0] = 9; del p[1]; print(l, p + [5], [0] + p, p * 2)
p += [7]; print(l, type(p))
print(p == [9, 2, 7], p < [10], sorted(p))
n = N(5); q = weakref.proxy(n)
print(q + 1, 1 + q, q < 6, q == 5, -q, abs(q), int(q), float(q), operator.index(q), divmod(q, 2), bool(q))
q2 = weakref.proxy(N(3))
print(q + q2 if False else (q + 1), q == q)
try: hash(q)
except TypeError as e: print("TypeError")
it = iter([1,2])
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
i = It(); pi = weakref.proxy(i)
print(list(pi))
n1 = N(1)
try: next(weakref.proxy(n1))
except TypeError as e: print(e)
class B:
    def __bytes__(self): return b"xy"
b = B(); print(bytes(weakref.proxy(b)))
del l
import gc; gc.collect()
try: len(p)
except ReferenceError as e: print("ReferenceError", e)
