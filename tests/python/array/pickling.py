# __reduce_ex__, pickle round trips, _array_reconstructor and copy.
import array
import copy
import pickle
import sys

sys.path.insert(0, "lib")
from attempt import attempt  # noqa: E402

a = array.array("i", [1, -2])
print(a.__reduce_ex__(2))
print(a.__reduce_ex__(3))
print(array.array("u", "ab").__reduce_ex__(4)[1])
attempt("reduce_ex str", lambda: a.__reduce_ex__("x"))
for code in array.typecodes:
    example = "xyz" if code == "u" else [1, 2, 3]
    original = array.array(code, example)
    for proto in range(1, pickle.HIGHEST_PROTOCOL + 1):
        copy_ = pickle.loads(pickle.dumps(original, proto))
        assert copy_ == original and copy_ is not original, (code, proto)
    print(code, "round trips", copy_)


class Sub(array.array):
    pass


s = Sub("d", [0.5])
s.tag = "t"
for proto in (2, 4):
    t = pickle.loads(pickle.dumps(s, proto))
    print(type(t).__name__, t, t.tag)
print(copy.copy(a), copy.deepcopy(a), copy.copy(s))
r = array._array_reconstructor
print(r(array.array, "h", 5, b"\x00\x01\x00\x02"))
print(r(array.array, "b", 3, b"\x00\x01\x00\x02"))
print(r(array.array, "b", 11, b"\x00" * 8))
print(r(array.array, "d", 14, b"\x00\x00\xc0\x3f"))
print(r(array.array, "d", 17, b"\x3f\xf8\x00\x00\x00\x00\x00\x00"))
print(r(array.array, "u", 21, b"\x00\x00\x00a" * 2), r(array.array, "u", 18, b"a\x00b\x00"))
print(r(array.array, "B", 1, b"\xff"), r(Sub, "i", 8, b"\x01\x00\x00\x00"))
attempt("not a type", lambda: r(1, "b", 0, b""))
attempt("not a subtype", lambda: r(int, "b", 0, b""))
attempt("bad typecode", lambda: r(array.array, "z", 0, b""))
attempt("typecode int", lambda: r(array.array, 1, 0, b""))
attempt("bad mformat", lambda: r(array.array, "b", 99, b""))
attempt("mformat -1", lambda: r(array.array, "b", -1, b""))
attempt("mformat str", lambda: r(array.array, "b", "", b""))
attempt("items str", lambda: r(array.array, "b", 0, ""))
attempt("items length", lambda: r(array.array, "d", 3, b"\x00\x01\x00"))
it = iter(array.array("b", [1, 2, 3]))
next(it)
print(it.__reduce__()[1:], list(pickle.loads(pickle.dumps(it))))
for _ in it:
    pass
print(it.__reduce__()[1])
