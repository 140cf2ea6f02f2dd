# Arrays past 4 MiB grow in place (stdlib/array_storage.ts): the items kept
# across each growth, every operation after one, and a memoryview still
# forbidding a resize.
from array import array
import sys
a = array("i")
raw = array("i", range(1000000)).tobytes()
for _ in range(6):
    a.frombytes(raw)
print(len(a), a[0], a[-1], a[2500000], sum(a[:10]), a.buffer_info()[1])
m = memoryview(a)
try:
    a.frombytes(raw)
except BufferError as e:
    print("BufferError", e)
print(m[5], len(m))
m.release()
a.frombytes(raw)
print(len(a), a[-1])
a.extend(a)
print(len(a), a[-1], a[7000000])
b = a[::2]
print(len(b), b[-1])
a[1:3] = array("i", [7, 8, 9])
print(len(a), a[:5].tolist())
a *= 2
print(len(a), a[-1])
del a[100:]
print(len(a), a[-3:].tolist())
c = array("d", [0.5]) * 3000000
c.frombytes(c.tobytes())
print(len(c), c[-1], c[3000000])
q = array("q", [2**62]) * 600000
q.extend(q)
print(len(q), q[-1])
x = array("b")
for _ in range(10):
    x.frombytes(bytes(range(256)) * 4096)
x.byteswap()
print(len(x), x[-1])
h = array("h", range(100)) * 30000
h.frombytes(h.tobytes())
h.byteswap()
print(len(h), h[1], h[-1])
a.frombytes(memoryview(raw)[:8])
print(len(a), a[-2:])
