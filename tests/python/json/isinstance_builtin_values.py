# isinstance() on the values json.encoder's pure-Python loops test (str,
# int, bool, None, float, list, tuple, dict) against plain classes decides
# by the MRO alone; a class that can disguise itself through __class__, a
# metaclass with __instancecheck__, tuples and unions still go the long way.
import collections
import collections.abc
import numbers


class Meta(type):
    def __instancecheck__(cls, instance):
        print("  Meta.__instancecheck__", type(instance).__name__)
        return True


class Anything(metaclass=Meta):
    pass


class PosingFloat(float):
    __class__ = property(lambda self: int)


class PosingList(list):
    __class__ = property(lambda self: dict)


class IntSub(int):
    pass


values = ["s", 3, True, False, None, 2.5, [1], (1,), {"k": 1}, 10**30, IntSub(4),
          PosingFloat(1.5), PosingList([2]), collections.OrderedDict(a=1), b"b", {1}]
classes = [str, int, bool, float, list, tuple, dict, object, type(None), IntSub,
           (list, tuple), (str, int), int | str, float | None, numbers.Number,
           collections.abc.Sequence, collections.abc.Mapping, Anything, PosingFloat]
for value in values:
    print(type(value).__name__, [isinstance(value, c) for c in classes])
for bad in [5, (int, 5), "str"]:
    try:
        isinstance(1, bad)
    except TypeError as error:
        print("TypeError", error)
