# Constructor, attributes and simple methods.
import array


def attempt(label, thunk):
    try:
        result = thunk()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", result)


def show(v):
    print(v.format, v.itemsize, v.ndim, v.shape, v.strides, v.suboffsets, v.nbytes,
          v.readonly, v.c_contiguous, v.f_contiguous, v.contiguous, type(v.obj).__name__)


show(memoryview(b"abc"))
show(memoryview(bytearray(b"abc")))
for code in "bBuhHiIlLqQfd":
    show(memoryview(array.array(code)))
show(memoryview(array.array("d", [1.0, 2.0])))
show(memoryview(memoryview(b"xy")))
b = b"hello"
print(memoryview(b).obj is b, memoryview(memoryview(b)).obj is b, memoryview(b)[1:].obj is b)
attempt("no args", lambda: memoryview())
attempt("two args", lambda: memoryview(b"", b""))
attempt("keyword", lambda: memoryview(object=b"ab").tobytes())
attempt("bad keyword", lambda: memoryview(obj=b"ab"))
attempt("str", lambda: memoryview("abc"))
attempt("int", lambda: memoryview(1))
attempt("list", lambda: memoryview([1]))
attempt("subclass", lambda: type("M", (memoryview,), {}))
m = memoryview(b"abc")
print(len(m), list(m), m.tolist(), m.tobytes(), m.hex(), m.hex("-"), m.hex(b":", -2))
print(list(reversed(m)), 98 in m, b"b" in m.cast("c"), m.count if hasattr(m, "count") else "")
print(bytes(m), bytearray(m), m.toreadonly().readonly, memoryview(bytearray(1)).readonly)
print(type(iter(m)).__name__, next(iter(m)))
print(memoryview(array.array("i", [1, -2, 3])).tolist())
print(memoryview(array.array("d", [0.5, 2.0]))[1], list(memoryview(array.array("H", [7, 8]))))
attempt("u tolist", lambda: memoryview(array.array("u", "ab")).tolist())
attempt("u item", lambda: memoryview(array.array("u", "ab"))[0])
print(memoryview(array.array("u", "ab")).format, bytes(memoryview(array.array("u", "ab"))))
print(type(m).__name__, memoryview.__name__, m.__class__ is memoryview)
attempt("hex sep long", lambda: m.hex("ab"))
attempt("cast arg count", lambda: m.cast())
