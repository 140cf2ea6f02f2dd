# Sequence and mapping patterns honour collections.abc registration (__abc_tpflags__).
from collections.abc import Sequence, Mapping, MutableSequence, MutableMapping
import collections

def kind(v):
    match v:
        case [*items]:
            return f"sequence {items}"
        case {**entries}:
            return f"mapping {entries}"
        case _:
            return "neither"

class MySeq(Sequence):
    def __init__(self, *items):
        self.items = items
    def __getitem__(self, i):
        return self.items[i]
    def __len__(self):
        return len(self.items)
class MyMap(Mapping):
    def __init__(self, **kw):
        self.d = kw
    def __getitem__(self, k):
        return self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
class Plain:
    def __getitem__(self, i):
        return i
    def __len__(self):
        return 2
class RegisteredSeq:
    def __init__(self):
        self.items = ["r"]
    def __getitem__(self, i):
        return self.items[i]
    def __len__(self):
        return 1
class RegisteredMap:
    def __getitem__(self, k):
        return 1
    def __iter__(self):
        return iter(["only"])
    def __len__(self):
        return 1
    def keys(self):
        return ["only"]
    def get(self, k, d=None):
        return 1 if k == "only" else d
Sequence.register(RegisteredSeq)
Mapping.register(RegisteredMap)
class SubOfRegistered(RegisteredSeq):
    pass

print(kind(MySeq(1, 2)), kind(MyMap(a=1)), kind(Plain()))
print(kind(RegisteredSeq()), kind(RegisteredMap()), kind(SubOfRegistered()))
print(kind(collections.deque([1])), kind(collections.UserList([2])), kind(collections.UserDict(k=3)))
print(kind(collections.OrderedDict(a=1)), kind(collections.Counter("aa")), kind("str"), kind(b"b"))
Sequence.register(str)
print(kind("still not a sequence"))
class MutSeq(MutableSequence):
    def __init__(self):
        self.data = [9]
    def __getitem__(self, i): return self.data[i]
    def __setitem__(self, i, v): self.data[i] = v
    def __delitem__(self, i): del self.data[i]
    def __len__(self): return len(self.data)
    def insert(self, i, v): self.data.insert(i, v)
print(kind(MutSeq()))
class Both(dict, Sequence):
    pass
print(kind(Both(x=1)))
print(hasattr(Sequence, "__abc_tpflags__"), "__abc_tpflags__" in Sequence.__dict__)
match MySeq(1, 2, 3):
    case [first, *rest]:
        print(first, rest)
match RegisteredMap():
    case {"only": v}:
        print("only ->", v)
