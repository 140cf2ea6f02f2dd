# Rich comparisons: fallbacks, messages, __eq__ clearing __hash__, chaining.
def show(thunk):
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)

class P:
    pass
show(lambda: P() < P())
show(lambda: P() <= 1)
show(lambda: 1 > P())
show(lambda: "a" >= 1)
show(lambda: [1] < (1,))
show(lambda: None > None)
show(lambda: {1: 2} < {1: 2})
show(lambda: sorted([P(), P()]))
show(lambda: max(1, "a"))
show(lambda: 1j < 2j)
print(P() == P(), P() != P())
p = P()
print(p == p, p != p)

class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
print(OnlyLt(1) < OnlyLt(2), OnlyLt(2) > OnlyLt(1))
show(lambda: OnlyLt(1) <= OnlyLt(2))
print(sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)], key=lambda o: o.v)[0].v)
print(min(OnlyLt(3), OnlyLt(1)).v)

class Eq:
    def __eq__(self, o):
        return True
print(Eq.__hash__, Eq() != 1)
show(lambda: hash(Eq()))
show(lambda: {Eq()})
class EqHash(Eq):
    __hash__ = object.__hash__
print(type(hash(EqHash())).__name__)
class InheritsHash(EqHash):
    pass
print(InheritsHash.__hash__ is object.__hash__)
class EqSub(Eq):
    def __eq__(self, o):
        return False
print(EqSub.__hash__)
class HashNone:
    __hash__ = None
show(lambda: hash(HashNone()))
import collections.abc
print(isinstance(HashNone(), collections.abc.Hashable), isinstance(P(), collections.abc.Hashable))

class BadBool:
    def __eq__(self, o):
        return self
    def __bool__(self):
        raise ValueError("no truth")
try:
    [BadBool()] == [BadBool()]
except ValueError as e:
    print(type(e).__name__, e)
b = BadBool()
print([b] == [b], b in [b])

order = []
class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        order.append(f"{self.n}<{o.n}")
        return self.n < o.n
def val(n):
    order.append(f"val {n}")
    return Loud(n)
print(val(1) < val(2) < val(3), order)
order.clear()
print(val(3) < val(2) < val(1), order)
order.clear()
x = 5
print(1 < x < 10, 1 < x > 10, 1 == 1.0 == True, 1 is 1 if False else "-", 2 in [2] in [[2]])
print((1 < 2) < 3, 1 < (2 < 3))
