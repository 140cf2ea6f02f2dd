# tofile/fromfile, tobytes/frombytes, bytes(array), memory size of big arrays.
import array
import io
import os
import sys
import tempfile

sys.path.insert(0, "lib")
from attempt import attempt  # noqa: E402

a = array.array("H", range(5))
stream = io.BytesIO()
a.tofile(stream)
print(stream.getvalue())
stream.seek(0)
b = array.array("H")
b.fromfile(stream, 3)
print(b)
attempt("fromfile short", lambda: b.fromfile(stream, 5))
print(b)
attempt("fromfile negative", lambda: b.fromfile(stream, -1))
attempt("fromfile str count", lambda: b.fromfile(stream, "x"))


class TextReader:
    def read(self, n):
        return "text"


attempt("fromfile text", lambda: b.fromfile(TextReader(), 1))
path = os.path.join(tempfile.mkdtemp(), "data.bin")
with open(path, "wb") as f:
    array.array("d", [1.5, -2.25]).tofile(f)
with open(path, "rb") as f:
    c = array.array("d")
    c.fromfile(f, 2)
print(c, os.path.getsize(path))
os.remove(path)
big = array.array("d", bytes(8 * 1000000))
print(len(big), big[999999], len(big.tobytes()))
big.extend(big[:10])
big.append(1.0)
print(len(big), big[-1])
i = array.array("i")
for k in range(100000):
    i.append(k)
print(len(i), i[-1], sum(i[:100]))
print(bytes(array.array("b", [-1, 1])), bytearray(array.array("I", [1])))
print(array.array("B", b"abc").tobytes().decode(), b"".join([array.array("B", [65])]))
