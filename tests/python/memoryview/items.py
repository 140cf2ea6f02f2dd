# Item get/set for every native format, with memoryview's error conversions.
class Index:
    def __init__(self, value):
        self.value = value

    def __index__(self):
        return self.value


class Floaty:
    def __float__(self):
        return 2.5


def attempt(label, thunk):
    try:
        result = thunk()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(result))


def store(view, value):
    view[0] = value
    return view[0]


buf = bytearray(16)
for fmt in "bBhHiIlLqQnNP":
    v = memoryview(buf).cast(fmt)
    attempt(fmt + " 5", lambda: store(v, 5))
    attempt(fmt + " -1", lambda: store(v, -1))
    attempt(fmt + " True", lambda: store(v, True))
    attempt(fmt + " Index(7)", lambda: store(v, Index(7)))
    attempt(fmt + " 1.5", lambda: store(v, 1.5))
    attempt(fmt + " str", lambda: store(v, "x"))
    for bits in (7, 8, 15, 16, 31, 32, 63, 64, 65):
        attempt(fmt + " 2**%d" % bits, lambda: store(v, 2 ** bits))
        attempt(fmt + " -2**%d" % bits, lambda: store(v, -2 ** bits))
        attempt(fmt + " 2**%d-1" % bits, lambda: store(v, 2 ** bits - 1))
for fmt in "fd":
    v = memoryview(buf).cast(fmt)
    attempt(fmt + " 1.5", lambda: store(v, 1.5))
    attempt(fmt + " 3", lambda: store(v, 3))
    attempt(fmt + " Index", lambda: store(v, Index(4)))
    attempt(fmt + " Floaty", lambda: store(v, Floaty()))
    attempt(fmt + " 1e300", lambda: store(v, 1e300))
    attempt(fmt + " big int", lambda: store(v, 2 ** 2000))
    attempt(fmt + " str", lambda: store(v, "1.0"))
    attempt(fmt + " nan", lambda: store(v, float("nan")))
    attempt(fmt + " 0.1", lambda: store(v, 0.1))
v = memoryview(buf).cast("?")
for value in (0, 1, 2, [], [0], "", None):
    attempt("? " + repr(value), lambda: store(v, value))
v = memoryview(buf).cast("c")
attempt("c b'x'", lambda: store(v, b"x"))
attempt("c b'xy'", lambda: store(v, b"xy"))
attempt("c 1", lambda: store(v, 1))
attempt("c bytearray", lambda: store(v, bytearray(b"z")))
attempt("c str", lambda: store(v, "z"))
print(bytes(buf))
v = memoryview(buf)
attempt("index -1", lambda: v[-1])
attempt("index 16", lambda: v[16])
attempt("index -17", lambda: v[-17])
attempt("index huge", lambda: v[2 ** 70])
attempt("index str", lambda: v["a"])
attempt("index float", lambda: v[1.0])
attempt("index None", lambda: v[None])
attempt("index Index", lambda: v[Index(3)])
attempt("index bool", lambda: v[True])
attempt("del", lambda: v.__delitem__(0))
attempt("set out of range", lambda: v.__setitem__(99, 1))
attempt("readonly", lambda: memoryview(b"ab").__setitem__(0, 1))
attempt("readonly del", lambda: memoryview(b"ab").__delitem__(0))
