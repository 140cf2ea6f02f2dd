# array.array(typecode[, initializer]): every typecode and initializer kind.
import array
import sys

sys.path.insert(0, "lib")
from attempt import attempt  # noqa: E402

print(array.typecodes, array.ArrayType is array.array, array.array.__module__)
for code in array.typecodes:
    a = array.array(code)
    print(code, a, a.typecode, a.itemsize, len(a), repr(a))
for code in "bBhHiIlLqQ":
    print(array.array(code, [1, 2, 3]), array.array(code, (4, 5)), array.array(code, range(3)))
print(array.array("f", [1, 2.5]), array.array("d", (0.1, -2)), array.array("u", "héllo😀"))
print(array.array("h", b"\x01\x00\x02\x00"), array.array("B", bytearray(b"ab")))
print(array.array("i", array.array("i", [7, 8])), array.array("d", array.array("i", [7, 8])))
print(array.array("b", iter([1, 2])), array.array("H", (x * 2 for x in range(4))))
print(array.array("u", array.array("u", "xy")), array.array("u", ["a", "b"]))
attempt("no args", lambda: array.array())
attempt("bad code", lambda: array.array("z"))
attempt("w code", lambda: array.array("w"))
attempt("int code", lambda: array.array(1))
attempt("long code", lambda: array.array("bb"))
attempt("str for b", lambda: array.array("b", "abc"))
attempt("unicode array for b", lambda: array.array("b", array.array("u", "a")))
attempt("bytes for u odd", lambda: array.array("u", b"abc"))
attempt("bytes length", lambda: array.array("i", b"abc"))
attempt("not iterable", lambda: array.array("b", 1))
attempt("None", lambda: array.array("b", None))
attempt("too many", lambda: array.array("b", [1], 2))
attempt("keywords", lambda: array.array("b", initializer=[1]))
attempt("bad item", lambda: array.array("u", [1]))
attempt("float item", lambda: array.array("i", [1.5]))
attempt("str item", lambda: array.array("d", ["x"]))


class Sub(array.array):
    pass


s = Sub("i", [1, 2])
print(s, type(s).__name__, isinstance(s, array.array), type(s[:1]).__name__)
s.extra = 5
print(s.extra)
