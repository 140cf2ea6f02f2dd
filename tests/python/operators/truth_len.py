# __bool__ and __len__ rules, their errors, and __index__.
def show(thunk):
    try:
        print(thunk())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(Both()), len(Both()))
show(lambda: bool(B(1)))
show(lambda: bool(B("yes")))
show(lambda: bool(L(-1)))
show(lambda: len(L(-1)))
show(lambda: len(L(2**100)))
show(lambda: len(L(1.5)))
show(lambda: len(L("3")))
show(lambda: len(5))
show(lambda: not B(0))
print("yes" if L(2) else "no", "yes" if B(False) else "no")
class BoolNone:
    __bool__ = None
show(lambda: bool(BoolNone()))
class LenBool:
    def __len__(self):
        return True
print(len(LenBool()))

class Idx:
    def __init__(self, i):
        self.i = i
    def __index__(self):
        return self.i
seq = list(range(10))
print(seq[Idx(3)], seq[Idx(1):Idx(4)], "abc" * Idx(2), bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(range(Idx(3)), [0] * Idx(2), operator_index := __import__("operator").index(Idx(7)))
show(lambda: seq[Idx("x")])
show(lambda: seq[Idx(2.0)])
show(lambda: seq[1.0])
show(lambda: seq["a"])
show(lambda: "ab" * 1.0)
show(lambda: bin(1.0))
show(lambda: range(1.0))
class IdxStr:
    def __index__(self):
        return "4"
show(lambda: seq[IdxStr()])
import operator
show(lambda: operator.index(1.5))
show(lambda: int(Idx(9)))
print(1 if [] else 0, 1 if [0] else 0, 1 if 0.0 else 0, 1 if "" else 0, 1 if None else 0, 1 if () else 0)
