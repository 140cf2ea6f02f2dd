# bytes() and bytearray() construction, and conversions to bytes.
def show(expr):
    try:
        result = eval(expr)
    except Exception as error:
        name = type(error).__name__
        if isinstance(error, UnicodeError):
            error = error.args
        result = f"{name}: {error}"
    print(expr, "->", repr(result))

class WithBytes:
    def __bytes__(self):
        return b"from __bytes__"

class BadBytes:
    def __bytes__(self):
        return "not bytes"

class Index:
    def __index__(self):
        return 3

class Items:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i + 65

for T in ("bytes", "bytearray"):
    print("==", T)
    for expr in [
        "T()", "T(0)", "T(4)", "T(Index())", "T(-1)", "T(2**70)", "T(True)",
        "T([1, 2, 255])", "T((65, 66))", "T([256])", "T([-1])", "T(['a'])", "T([1.0])",
        "T([Index()])", "T(range(65, 70))", "T(iter([97, 98]))", "T(x for x in (1, 2))",
        "T({65: 1})", "T(Items())", "T(b'abc')", "T(bytearray(b'xyz'))", "T(3.5)", "T(None)",
        "T(object())", "T('abc')", "T('abc', 'ascii')", "T('caf\\xe9', 'utf-8')",
        "T('caf\\xe9', 'latin-1')", "T('caf\\xe9', 'ascii')", "T('caf\\xe9', 'ascii', 'ignore')",
        "T('caf\\xe9', encoding='ascii', errors='replace')", "T(source=b'kw')",
        "T('x', errors='strict')", "T(b'x', 'utf-8')", "T(5, errors='strict')",
        "T(encoding='utf-8')", "T(errors='strict')", "T('x', 5)", "T('x', 'ascii', 5)",
        "T('x', 'nope')", "T(1, 2, 3, 4)", "T(foo=1)", "T(b'x', source=b'y')",
        "T(WithBytes())", "T(BadBytes())", "T(WithBytes(), 'ascii')",
    ]:
        show(expr.replace("T(", T + "("))

class B(bytes):
    pass

class BA(bytearray):
    pass

b = B(b"sub")
print(repr(b), type(b).__name__, b == b"sub", hash(b) == hash(b"sub"), type(bytes(b)).__name__)
print(type(b.upper()).__name__, type(b + b"x").__name__, type(b[0:2]).__name__, b.__bytes__())
ba = BA(b"sub")
print(repr(ba), type(ba).__name__, ba == b"sub", type(ba.upper()).__name__, BA.fromhex("41"))
print(type(B.fromhex("41")).__name__, type(BA.fromhex("41")).__name__)
print(str(b"x"), str(bytearray(b"x")), f"{b'q'}", format(b"z"), "%s" % b"w")
print(bytes.__new__(B, b"new"), type(bytes.__new__(B, b"new")).__name__)
print(bytes(WithBytes()), b"abc".__bytes__(), bytes(b"abc") is bytes)
