# loads errors: types and messages as CPython.
import marshal

cases = [b"", b"?", b"i\x01", b"s\x05\x00\x00\x00ab", b"(\x02\x00\x00\x00i",
         b"l\x01\x00\x00\x00\x00\x80", b"l\x02\x00\x00\x00\x01\x00\x00\x00", b"0",
         b"[\x01\x00\x00\x000", b"(\x01\x00\x00\x000", b"<\x01\x00\x00\x000",
         b"f\x03abc", b"u\x02\x00\x00\x00\xff\xfe", b"[\xff\xff\xff\xff", b"(\xff\xff\xff\xff",
         b"s\xff\xff\xff\xff", b"u\xff\xff\xff\xff", b"<\x01\x00\x00\x00[\x00\x00\x00\x00",
         b"{[\x00\x00\x00\x00i\x01\x00\x00\x000", b"z", b"z\x05ab", b"g\x00\x00", b"{i\x01\x00\x00\x00"]
for data in cases:
    try:
        print(data, repr(marshal.loads(data)))
    except Exception as e:
        print(data, type(e).__name__, e)
print(marshal.loads(b"i\x05\x00\x00\x00trailing data is ignored"))
print(marshal.loads(bytearray(b"N")), marshal.loads(memoryview(b"T")))
for call in [lambda: marshal.loads("text"), lambda: marshal.dumps(),
             lambda: marshal.dumps(1, "x"), lambda: marshal.loads(b"N", 1),
             lambda: marshal.dumps(object()), lambda: marshal.dumps([marshal]),
             lambda: marshal.dumps(2 ** 100, 2 ** 100)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
deep = []
for _ in range(3000):
    deep = [deep]
try:
    marshal.dumps(deep)
except ValueError as e:
    print(e)
try:
    marshal.loads(b"[" + b"\x01\x00\x00\x00[" * 3000)
except ValueError as e:
    print(e)
print(marshal.dumps(1, -1), marshal.dumps(1, 100), marshal.version)
