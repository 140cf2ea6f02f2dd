# n-dimensional views: tuple indexing, tolist, tobytes orders, contiguity.
def attempt(label, thunk):
    try:
        result = thunk()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", result)


raw = bytearray(range(24))
m = memoryview(raw).cast("B", [2, 3, 4])
print(m.ndim, m.shape, m.strides, m.suboffsets, m.nbytes, len(m))
print(m.tolist())
print(m[1, 2, 3], m[-1, -1, -1], m[0, 0, 0])
m[1, 1, 1] = 200
print(raw[17])
attempt("too few indices", lambda: m[0, 0])
attempt("too many indices", lambda: m[0, 0, 0, 0])
attempt("out of bounds dim 2", lambda: m[0, 3, 0])
attempt("out of bounds dim 3", lambda: m[0, 0, -5])
attempt("empty tuple", lambda: m[()])
attempt("set too few", lambda: m.__setitem__((0, 0), 1))
attempt("set int key", lambda: m.__setitem__(0, 1))
attempt("iterate", lambda: list(m))
attempt("mixed tuple", lambda: m[0, "a", 0])
h = memoryview(bytearray(range(24))).cast("h", [3, 4])
print(h.tolist(), h[2, 3])
print(h.tobytes() == bytes(range(24)))
print(h.tobytes("C") == h.tobytes(), h.tobytes("A") == h.tobytes())
print(list(h.tobytes("F")))
attempt("tobytes order x", lambda: h.tobytes("X"))
attempt("tobytes order int", lambda: h.tobytes(1))
print(h.tobytes(None) == h.tobytes(order=None))
print(h.c_contiguous, h.f_contiguous, h.contiguous)
col = memoryview(bytearray(range(12))).cast("B", [1, 12])
print(col.c_contiguous, col.f_contiguous)
print(memoryview(b"").cast("B", [1]).shape)
zero = memoryview(b"abcd").cast("i", [])
print(zero.ndim, zero.shape, zero.strides, len(zero), zero.tolist(), zero[()])
print(zero[...] is zero)
attempt("0-dim index", lambda: zero[0])
attempt("0-dim iterate", lambda: iter(zero))
w = memoryview(bytearray(4)).cast("i", [])
w[()] = 7
print(w.tolist())
w[...] = 8
print(w.tolist(), w.tobytes())
attempt("0-dim bad key", lambda: w.__setitem__(0, 1))
print(h == memoryview(bytearray(range(24))).cast("h", [3, 4]))
print(h == memoryview(bytearray(range(24))).cast("h", [4, 3]))
print(h == memoryview(bytearray(range(24))).cast("h"))
print(h.hex(), m.cast("B").hex(" ", 4))
