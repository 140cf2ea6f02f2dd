# One-dimensional slicing, steps, slice assignment and its structure rules.
import array


def attempt(label, thunk):
    try:
        result = thunk()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", result)


data = bytearray(b"0123456789")
m = memoryview(data)
for s in (slice(None), slice(2, 5), slice(None, None, 2), slice(None, None, -1),
          slice(8, 2, -2), slice(100, 200), slice(-3, None), slice(5, 5)):
    part = m[s]
    print(s, part.tobytes(), part.shape, part.strides, part.c_contiguous,
          part.contiguous, len(part), part.nbytes)
m[::2] = b"abcde"
print(data)
m[1:4] = memoryview(b"XYZ")
print(data)
m[::-1] = bytes(data)
print(data)
m[2:6] = m[0:4]
print(data)
attempt("length mismatch", lambda: m.__setitem__(slice(0, 3), b"ab"))
attempt("not a buffer", lambda: m.__setitem__(slice(0, 3), [1, 2, 3]))
attempt("format mismatch", lambda: m.__setitem__(slice(0, 2), array.array("b", [1, 2])))
attempt("itemsize mismatch", lambda: m.__setitem__(slice(0, 2), array.array("h", [1])))
attempt("str value", lambda: m.__setitem__(slice(0, 2), "ab"))
attempt("zero step", lambda: m[::0])
attempt("bad slice", lambda: m["a":])
h = memoryview(bytearray(12)).cast("h")
h[1:5] = array.array("h", [-1, -2, -3, -4])
print(h.tolist())
h[::3] = memoryview(array.array("h", [7, 8]))
print(h.tolist(), h[::-2].tolist(), h[1::2].strides)
s = h[::2]
attempt("cast strided", lambda: s.cast("B"))
attempt("tobytes strided", lambda: s.tobytes())
attempt("bytes strided", lambda: bytes(s))
attempt("strided strided", lambda: s[::2].tolist())
two = memoryview(bytearray(range(12))).cast("B", [3, 4])
print(two[1:].tolist(), two[::2].tolist(), two[::-1].shape, two[::-1].strides)
attempt("2D index", lambda: two[1])
attempt("2D multi-slice", lambda: two[0:1, 0:1])
attempt("2D slice assign", lambda: two.__setitem__(slice(0, 1), b"abcd"))
attempt("2D mixed key", lambda: two[0, 0:1])
print(two[::2].c_contiguous, two[::2].f_contiguous, two[::2].contiguous)
