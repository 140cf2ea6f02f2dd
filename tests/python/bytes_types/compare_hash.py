pairs = [(b"", b""), (b"a", b"b"), (b"ab", b"a"), (b"\x00", b""), (b"\xff", b"\x00\xff"), (b"abc", bytearray(b"abc")), (bytearray(b"a"), b"b"),
         (b"a", memoryview(b"a"))]
for a, b in pairs:
    try:
        print(a, type(b).__name__, a == b, a != b, a < b, a <= b, a > b, a >= b)
    except TypeError as e:
        print(a, type(b).__name__, type(e).__name__, e)
print(hash(b"") == hash(b""), hash(b"abc") == hash(b"ab" + b"c"), hash(b"") == hash(""), {b"a": 1}.get(bytearray(b"a") and b"a"))
try:
    hash(bytearray(b"a"))
except TypeError as e:
    print(type(e).__name__, e)
print(b"a" == "a", b"1" == 1, bytearray(b"a") == "a", b"abc" in [bytearray(b"abc")], sorted([b"b", b"a", b"ab", b""]))
for bad in ["b'a' < 'a'", "bytearray() < 1", "b'a' > None", "memoryview(b'a') < b'a'"]:
    try:
        print(eval(bad))
    except TypeError as e:
        print(bad, type(e).__name__, e)
import sys
print(sys.flags.bytes_warning, str(b"abc"), repr(bytearray(b"a'b\"c")), repr(b"\t\n\r\\"), ascii(bytearray(b"\x80")))
