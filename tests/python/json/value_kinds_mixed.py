# Every kind of value the encoders tell apart, side by side in one document
# (their tests may run in any order as long as each value lands where
# CPython's encoder puts it): subclasses of str, int, float, list, tuple
# and dict, IntEnum, namedtuple, OrderedDict, wide strs, and objects that
# only default() can encode.
import collections
import enum
import json


class S(str):
    pass


I = type("I", (int,), {"__repr__": lambda self: "I!"})
F = type("F", (float,), {"__repr__": lambda self: "F!"})


class L(list):
    pass


class T(tuple):
    pass


class D(dict):
    def items(self):
        return [("z", 1), ("a", 2)]


class Color(enum.IntEnum):
    RED = 1


Point = collections.namedtuple("Point", "x y")


class Thing:
    pass


values = [
    "plain", S("sub"), "wide \U0001f600 \ud800", 7, 2**70, I(5), True, None, 1.5, F(2.5),
    float("inf"), [1, [2]], L([3]), (4, 5), T((6,)), Point(1, 2), {"b": 1, "a": [2]},
    D(q=1), collections.OrderedDict([("y", 1), ("x", 2)]), Color.RED, {1: "int key"},
    {2.5: "float key"}, {True: "bool key"}, {None: "none key"}, {}, [], (),
]

for options in [{}, {"separators": (",", ":")}, {"indent": 1}, {"sort_keys": True},
                {"indent": 2, "sort_keys": True}, {"ensure_ascii": False}]:
    try:
        print(json.dumps(values, **options))
    except Exception as error:
        print(type(error).__name__, error)

print(json.dumps([Thing(), [Thing()], {"k": Thing()}], default=lambda o: "thing"))
print(json.dumps([Thing(), [Thing()]], default=lambda o: "thing", indent=1))
for document in [[Thing()], {"k": (Thing(),)}]:
    for options in [{}, {"indent": 1}]:
        try:
            json.dumps(document, **options)
        except TypeError as error:
            print("TypeError", error)
