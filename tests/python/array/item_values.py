# Stored values: float32 rounding, 64-bit extremes, unicode code points, reprs.
import array


def attempt(label, thunk):
    try:
        result = thunk()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", result)


f = array.array("f", [0.1, 1e39, -1e-50, 3.4028234663852886e38, float("-inf")])
print(f, f[0] == 0.1, f.tolist())
d = array.array("d", [0.1, 1e308, 5e-324, -0.0])
print(d, repr(d[3]))
print(array.array("q", [-2 ** 63, 2 ** 63 - 1]), array.array("Q", [2 ** 64 - 1, 0]))
print(array.array("l", [-2 ** 63]), array.array("L", [2 ** 64 - 1]))
print(array.array("I", [2 ** 32 - 1]), array.array("i", [-2 ** 31]), array.array("H", [65535]))
print(array.array("b", [-128, 127]), array.array("B", [0, 255]), array.array("h", [-32768]))
u = array.array("u", "a\u00e9\u4e2d\U0001f600\ud800")
print(len(u), u, ascii(u.tounicode()), [hex(ord(c)) for c in u])
print(str(array.array("u", "x")), str(array.array("i", [1])), repr(array.array("d")))
bad = array.array("u", b"\xff\xff\xff\xff")
attempt("tounicode invalid", lambda: bad.tounicode())
attempt("repr invalid", lambda: repr(bad))
attempt("item invalid", lambda: bad[0])
print(len(bad), bad.tobytes())
x = array.array("b", [5, 6, 7])
it = iter(x)
print(next(it))
x.pop()
x.pop()
print(list(it), list(it))
x.append(9)
print(list(it))
it2 = iter(array.array("h", [1, 2, 3]))
it2.__setstate__(2)
print(list(it2))
it3 = iter(array.array("h", [1, 2, 3]))
it3.__setstate__(-5)
print(list(it3))
attempt("setstate str", lambda: iter(x).__setstate__("a"))
print(array.array("i", [True, False]), array.array("d", [True]))
