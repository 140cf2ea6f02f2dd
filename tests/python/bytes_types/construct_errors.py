class WithBytes:
    def __bytes__(self):
        return b"from __bytes__"
class BadBytes:
    def __bytes__(self):
        return "not bytes"
class Idx:
    def __index__(self):
        return 3
print(bytes(WithBytes()), bytes(Idx()), bytearray(Idx()), bytes([Idx()]), bytes("abc", "ascii"), bytes(b"abc", *()), bytes(x for x in [1, 2]))
for args, kwargs in [((BadBytes(),), {}), (("abc",), {}), ((1, "utf-8"), {}), (([256],), {}), (([-1],), {}), ((["a"],), {}), ((1.5,), {}),
                     ((-1,), {}), ((None,), {}), (("é", "ascii"), {}), (("a", "nope"), {}), ((b"a", "utf-8"), {}), ((), {"encoding": "utf-8"}),
                     (("a",), {"errors": "strict"}), ((object(),), {}), ((10**20,), {}), (("x", "utf-8", "strict", 1), {})]:
    for t in (bytes, bytearray):
        try:
            print(t.__name__, repr(t(*args, **kwargs)))
        except Exception as e:
            print(t.__name__, type(e).__name__, e)
print(bytes(source=b"kw") if False else "", bytes("é", encoding="latin-1"), bytes("é", "ascii", "replace"), bytes("é", errors="ignore", encoding="ascii"))
class SB(bytes):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
s = SB(b"x")
print(s, type(s).__name__, type(s + b"y").__name__, type(s[0:1]).__name__, bytes(s), type(bytes(s)).__name__)
print(bytes.__mro__, bytearray.__mro__, issubclass(bytearray, bytes), isinstance(memoryview(b""), bytes))
