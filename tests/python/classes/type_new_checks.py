# type() and type.__name__: name checks (NUL, surrogates, str subclasses,
# astral characters), __doc__ encodability, __base__ as the best base, and
# the order of a namespace that is an OrderedDict.
import collections

for name in "A", "\xc4", "\U0001f40d", "B.A", "42", "":
    A = type(name, (), {})
    print(repr(A.__name__), A.__name__ == name, A.__qualname__ == name)

for bad in "A\x00B", "A\udcdcB", b"A":
    try:
        type(bad, (), {})
    except Exception as e:
        print("type():", type(e).__name__, e)
    C = type("C", (), {})
    try:
        C.__name__ = bad
    except Exception as e:
        print("__name__ =", type(e).__name__, e)
    print(C.__name__)


class Text(str):
    pass


C = type("C", (), {})
C.__name__ = Text("abc")
print(C.__name__)
C.__qualname__ = Text("Q.abc")
print(C.__qualname__)

try:
    type("A", (), {"__doc__": "x\udcdcy"})
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
for doc in "x", "\U0001f40d", "x\x00y", b"x", 42, None:
    print(repr(type("A", (), {"__doc__": doc}).__doc__))


class B:
    pass


print(type("C", (B, int), {}).__base__, bool.__base__, object.__base__, B.__base__)


class D(B, Exception):
    pass


print(D.__base__)

od = collections.OrderedDict([("a", 1), ("b", 2)])
od.move_to_end("a")
print(list(type("C", (), od).__dict__.items())[:2])
