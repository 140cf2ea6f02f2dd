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

# Exports through ctypes, copies, pickling, files and readinto of grown arrays.
import ctypes, io, pickle, copy
a = array("i", range(1000)) * 3000   # 12 MB, made by repeat
a.extend(range(10))                  # grows: into a Memory
c = ctypes.c_int.from_buffer(a, 4)
print(c.value)
try:
    a.append(5)
except BufferError as e:
    print("BufferError", e)
del c
import gc; gc.collect()
try:
    a.append(5)
    print("appended", len(a))
except BufferError as e:
    print("still exporting", e)
b = copy.copy(a); print(len(b), b[-1])
p = pickle.loads(pickle.dumps(a)); print(p == a)
f = io.BytesIO(); a.tofile(f); print(len(f.getvalue()))
f.seek(0); d = array("i"); d.fromfile(f, len(a)); print(d == a)
buf = io.BytesIO(bytes(range(256)) * 100000)
e = array("B", bytes(8 << 20)); n = buf.readinto(e); print(n, e[255], e[256])
e.extend(e); print(len(e), e[-1])
print(a.buffer_info()[1], type(a.buffer_info()[0]))
m = memoryview(a).cast("B"); print(m[4], len(m)); m.release()
a[len(a)//2:] = array("i"); print(len(a))
a.frombytes(bytes(16 << 20)); print(len(a))
