# collections.abc's Sequence and Mapping carry CPython's Py_TPFLAGS_SEQUENCE /
# Py_TPFLAGS_MAPPING in __flags__ (as list and dict do), and __abc_tpflags__
# may not ask for both.
from abc import ABCMeta
from collections.abc import Collection, Mapping, MutableSequence, Sequence

SEQUENCE = 1 << 5
MAPPING = 1 << 6
for cls in (list, tuple, dict, Sequence, Mapping, MutableSequence, Collection, int):
    print(cls.__name__, bool(cls.__flags__ & SEQUENCE), bool(cls.__flags__ & MAPPING))


class MySeq(Sequence):
    def __getitem__(self, i):
        return i

    def __len__(self):
        return 0


print("MySeq", bool(MySeq.__flags__ & SEQUENCE))

try:
    class Both(Collection):
        __abc_tpflags__ = Sequence.__flags__ | Mapping.__flags__
    print("no error")
except TypeError as error:
    print("TypeError:", error)


class OnlyMapping(metaclass=ABCMeta):
    __abc_tpflags__ = MAPPING


print("OnlyMapping", bool(OnlyMapping.__flags__ & MAPPING), "__abc_tpflags__" in OnlyMapping.__dict__)
match OnlyMapping():
    case {}:
        print("matched as a mapping")
    case _:
        print("not a mapping")
