# Memoryviews passed to buffer consumers: bytes, bytearray, struct, re, io, join.
import io
import re
import struct
import array


def attempt(label, thunk):
    try:
        result = thunk()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", result)


buf = bytearray(16)
view = memoryview(buf)
struct.pack_into("<iH", view, 2, -5, 7)
print(buf)
print(struct.unpack_from("<iH", view, 2), struct.unpack("<iH", view[2:8]))
print(struct.unpack("<I", view.cast("I")[0:1]))
attempt("unpack strided", lambda: struct.unpack("<4B", view[::4]))
attempt("pack_into readonly", lambda: struct.pack_into("B", memoryview(b"ab"), 0, 1))
print(list(struct.iter_unpack("<H", view[:6])))
print(bytes(view[2:6]), bytearray(view.cast("H")[1:3]), b"".join([view[2:4], b"-"]))
print(b"ab" + memoryview(b"cd"), bytearray(b"x") + memoryview(b"y"))
print(re.match(rb"\x00\x00", memoryview(b"\x00\x00\x01")) is not None)
print(re.compile("[a-z]+", re.I).findall("Hello World"))
print(re.compile("[^\u0100-\u0200]", re.I | re.U).match("x") is not None)
stream = io.BytesIO()
stream.write(memoryview(b"abc").cast("c"))
stream.write(memoryview(array.array("h", [1, 2])))
print(stream.getvalue())
target = bytearray(4)
io.BytesIO(b"wxyz").readinto(memoryview(target)[1:])
print(target)
print(array.array("b", memoryview(b"\x01\xff")), bytes(memoryview(array.array("h", [258]))))
print(int.from_bytes(memoryview(b"\x01\x02"), "big"), memoryview(b"abc").tobytes().decode())
print(str(memoryview(b"a"))[:8], b"abc".startswith(memoryview(b"ab")))
print(b"a,b".split(memoryview(b",")), memoryview(b" x ").tobytes().strip())
