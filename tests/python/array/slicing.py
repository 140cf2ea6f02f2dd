# Indexing, slicing with steps, slice assignment and deletion.
import array
import sys

sys.path.insert(0, "lib")
from attempt import attempt  # noqa: E402

a = array.array("i", range(10))
print(a[0], a[-1], a[3:7], a[::2], a[::-1], a[8:2:-2], a[100:], a[-3:])
attempt("index range", lambda: a[10])
attempt("negative range", lambda: a[-11])
attempt("index str", lambda: a["x"])
attempt("index float", lambda: a[1.0])
attempt("index huge", lambda: a[2 ** 80])
a[0] = 100
a[-1] = -100
print(a)
attempt("set range", lambda: a.__setitem__(10, 1))
attempt("set str key", lambda: a.__setitem__("x", 1))
a[1:3] = array.array("i", [7, 7, 7, 7])
print(a)
a[::3] = array.array("i", [0] * len(a[::3]))
print(a)
a[5:5] = array.array("i", [55])
print(a)
a[8:2] = array.array("i", [88])
print(a)
a[:] = a
print(a)
a[2:4] = a
print(a, len(a))
attempt("assign list", lambda: a.__setitem__(slice(0, 2), [1, 2]))
attempt("assign kind", lambda: a.__setitem__(slice(0, 2), array.array("h", [1, 2])))
attempt("ext size", lambda: a.__setitem__(slice(0, 10, 2), array.array("i", [1])))
del a[0]
del a[-1]
print(a)
del a[::2]
print(a)
del a[1:3]
print(a)
del a[::-3]
print(a)
attempt("del range", lambda: a.__delitem__(50))
attempt("del str", lambda: a.__delitem__("x"))
b = array.array("d", [1.0, 2.0, 3.0, 4.0, 5.0])
b[::-2] = array.array("d", [9.0, 8.0, 7.0])
print(b, b[1::2], type(b[1:]).__name__)
c = array.array("u", "hello")
print(c[1:4], c[::-1], c[0])
c[0] = "j"
print(c.tounicode())
