# release(), the context manager, released views, and resizing with exports.
def attempt(label, thunk):
    try:
        result = thunk()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", result)


b = bytearray(b"abc")
v = memoryview(b)
attempt("append", lambda: b.append(1))
attempt("extend", lambda: b.extend(b"xy"))
attempt("pop", lambda: b.pop())
attempt("remove", lambda: b.remove(97))
attempt("insert", lambda: b.insert(0, 1))
attempt("del item", lambda: b.__delitem__(0))
attempt("del slice", lambda: b.__delitem__(slice(0, 2)))
attempt("grow slice", lambda: b.__setitem__(slice(0, 1), b"12"))
attempt("same size slice", lambda: b.__setitem__(slice(0, 1), b"A"))
attempt("iadd", lambda: b.__iadd__(b"z"))
attempt("imul", lambda: b.__imul__(2))
attempt("clear", lambda: b.clear())
print(b)
w = v[1:]
v.release()
attempt("slice keeps export", lambda: b.append(1))
w.release()
b.append(100)
print(b)
c = memoryview(b).cast("c")
d = memoryview(c)
c.release()
attempt("copy keeps export", lambda: b.append(1))
del d
b.append(101)
print(b)
with memoryview(b) as m:
    attempt("inside with", lambda: b.append(1))
    print(m.tobytes())
b.append(102)
print(b, repr(m).startswith("<released memory at 0x"))
for name in ("tobytes", "tolist", "hex", "toreadonly", "__len__", "__enter__"):
    attempt(name, getattr(m, name))
for name in ("obj", "nbytes", "readonly", "itemsize", "format", "ndim", "shape",
             "strides", "suboffsets", "c_contiguous", "f_contiguous", "contiguous"):
    attempt(name, lambda: getattr(m, name))
attempt("getitem", lambda: m[0])
attempt("setitem", lambda: m.__setitem__(0, 1))
attempt("cast", lambda: m.cast("B"))
attempt("memoryview(released)", lambda: memoryview(m))
m.release()
print(repr(m)[:9])
bytes(memoryview(b))
b.append(103)
print(b)


def helper(data):
    view = memoryview(data)
    return view[0]


print(helper(b))
b.append(104)
print(len(b))
