# memoryview.cast: formats, shapes and CPython's error messages.
m = memoryview(bytearray(range(24)))


def attempt(label, thunk):
    try:
        result = thunk()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        if isinstance(result, memoryview):
            print(label, "->", result.format, result.itemsize, result.shape, result.strides,
                  result.nbytes, result.ndim)
        else:
            print(label, "->", result)


for fmt in "bBchHiIlLqQnNfd?P":
    attempt("cast " + fmt, lambda: m.cast(fmt))
attempt("cast @I", lambda: m.cast("@I"))
attempt("cast e", lambda: m.cast("e"))
attempt("cast <i", lambda: m.cast("<i"))
attempt("cast ii", lambda: m.cast("ii"))
attempt("cast empty", lambda: m.cast(""))
attempt("cast int", lambda: m.cast(1))
attempt("cast nonascii", lambda: m.cast("\xe9"))
attempt("cast kw", lambda: m.cast(format="H", shape=[3, 4]))
attempt("cast shape tuple", lambda: m.cast("B", (2, 3, 4)))
attempt("cast shape bad product", lambda: m.cast("B", [5, 5]))
attempt("cast shape zero", lambda: m.cast("B", [0, 24]))
attempt("cast shape negative", lambda: m.cast("B", [-1, 24]))
attempt("cast shape str", lambda: m.cast("B", "ab"))
attempt("cast shape float", lambda: m.cast("B", [2.0, 12]))
attempt("cast shape huge", lambda: m.cast("B", [2 ** 70]))
attempt("cast shape 65 dims", lambda: m.cast("B", [1] * 65))
attempt("cast 0-dim", lambda: memoryview(b"abcd").cast("i", []))
attempt("cast 0-dim wrong size", lambda: memoryview(b"abcd").cast("B", []))
attempt("non-byte to non-byte", lambda: m.cast("i").cast("h"))
attempt("non-byte to byte", lambda: m.cast("i").cast("B"))
attempt("non-multiple", lambda: memoryview(b"abcde").cast("i"))
attempt("strided", lambda: m[::2].cast("B"))
attempt("ND to ND", lambda: m.cast("B", [4, 6]).cast("B", [6, 4]))
attempt("ND to 1D", lambda: m.cast("B", [4, 6]).cast("H"))
attempt("ND to 1D shape", lambda: m.cast("B", [4, 6]).cast("H", [12]))
attempt("zero length ND", lambda: memoryview(b"").cast("B", [1]))
attempt("zero length 1D", lambda: memoryview(b"").cast("I"))
attempt("bool format", lambda: m.cast("?").cast("B"))
c = m.cast("@I")
print(c.format, c.tolist()[:2])
print(memoryview(b"\x01\x00\x00\x00\x02\x00\x00\x00").cast("I").tolist())
print(m.cast("c").tolist()[:3])
print(m.cast("?").tolist()[:3])
print(m.cast("d").tolist())
print(m.cast("q").tolist())
print(m.cast("b", [2, 3, 4]).tolist())
print(m.cast("B").cast("B", shape=[24]).tolist() == list(range(24)))
print(m.cast("B", [2, 12]).cast("B").shape)
