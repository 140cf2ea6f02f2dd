# memoryview over arrays: formats, writes through, and resizing with exports.
import array
import operator
import sys

sys.path.insert(0, "lib")
from attempt import attempt  # noqa: E402

for code in array.typecodes:
    m = memoryview(array.array(code))
    print(code, m.format, m.itemsize, m.shape, m.strides, m.readonly, m.nbytes)
a = array.array("h", [1, 2, 3])
m = memoryview(a)
print(m.tolist(), m[1], bytes(a), bytes(m), bytearray(a))
m[0] = -5
print(a)
attempt("append", lambda: a.append(4))
attempt("extend", lambda: a.extend([4]))
attempt("pop", lambda: a.pop())
attempt("remove", lambda: a.remove(2))
attempt("insert", lambda: a.insert(0, 1))
attempt("frombytes", lambda: a.frombytes(b"\x00\x00"))
attempt("frombytes empty", lambda: a.frombytes(b""))
attempt("fromlist", lambda: a.fromlist([1]))
attempt("fromlist empty", lambda: a.fromlist([]))
attempt("imul 2", lambda: operator.imul(a, 2))
attempt("imul 1", lambda: operator.imul(a, 1))
attempt("imul 0", lambda: operator.imul(a, 0))
attempt("iadd", lambda: operator.iadd(a, array.array("h", [1])))
attempt("setitem slice grow", lambda: operator.setitem(a, slice(0, 0), a))
attempt("setitem slice same", lambda: operator.setitem(a, slice(0, 1), array.array("h", [9])))
attempt("delitem", lambda: operator.delitem(a, 0))
attempt("delitem slice", lambda: operator.delitem(a, slice(0, 1)))
attempt("delitem empty slice", lambda: operator.delitem(a, slice(0, 0)))
attempt("setitem", lambda: operator.setitem(a, 1, 7))
attempt("byteswap", lambda: a.byteswap())
attempt("reverse", lambda: a.reverse())
print(a, m.tolist())
m.release()
a.append(4)
print(a)
with memoryview(a) as view:
    attempt("inside with", lambda: a.append(5))
    print(view.cast("B").tolist())
a.append(5)
print(a, len(a))
d = array.array("d", [1.5, 2.5])
print(memoryview(d).cast("B").cast("d").tolist(), memoryview(d)[::-1].tolist())
u = array.array("u", "hi")
print(bytes(u), memoryview(u).format)
attempt("u tolist", lambda: memoryview(u).tolist())
q = array.array("Q", [2 ** 64 - 1])
print(memoryview(q)[0], memoryview(q).cast("B").tolist())


def scoped():
    local = memoryview(a)
    return local[0]


print(scoped())
a.append(6)
print(len(a))
