# mmap: an anonymous map's sequence, file-like and search methods, with CPython's errors.
import mmap
import sys


def attempt(label, function, *args):
    try:
        result = function(*args)
    except Exception as error:
        print(label, "raised", type(error).__name__, error)
    else:
        print(label, "->", repr(result))


m = mmap.mmap(-1, 16)
print(type(m), len(m), m.tell(), m.closed)
attempt("size of anonymous", m.size)
print(repr(m))
print(m[:], m[0], m[-1])
m[0] = 65
m[1:4] = b"BCD"
m[-1] = 0xFF
print(m[:5], m[-1], m[15], m[-16])
attempt("m[16]", lambda: m[16])
attempt("m[-17]", lambda: m[-17])
attempt("m['a']", lambda: m["a"])
attempt("m[1.0]", lambda: m[1.0])
attempt("m[2**70]", lambda: m[2**70])
attempt("m[16] = 1", m.__setitem__, 16, 1)
attempt("m[0] = 256", m.__setitem__, 0, 256)
attempt("m[0] = -1", m.__setitem__, 0, -1)
attempt("m[0] = b'a'", m.__setitem__, 0, b"a")
attempt("m[0] = 2**70", m.__setitem__, 0, 2**70)
attempt("m[0:2] = b'abc'", m.__setitem__, slice(0, 2), b"abc")
attempt("m[0:2] = 'ab'", m.__setitem__, slice(0, 2), "ab")
attempt("m[0:2] = 5", m.__setitem__, slice(0, 2), 5)
attempt("del m[0]", m.__delitem__, 0)
attempt("del m[0:2]", m.__delitem__, slice(0, 2))
attempt("m['x'] = 1", m.__setitem__, "x", 1)
attempt("m + m", lambda: m + m)
attempt("m * 2", lambda: m * 2)
attempt("b'A' in m", lambda: b"A" in m)
attempt("65 in m", lambda: 65 in m)
print(list(iter(m))[:4])
m[0:4] = bytearray(b"wxyz")
m[4:8] = memoryview(b"1234")
print(m[::2], m[::-1], m[1:9:3], m[10:2:-2], m[5:5], m[20:30])

# The file-like cursor.
m.seek(0)
print(m.read(3), m.tell(), m.read_byte(), m.tell())
print(m.read(), m.tell(), m.read(), m.read(5))
m.seek(2)
print(m.read(None), m.tell())
m.seek(4)
print(m.read(-5), m.tell())
attempt("read('x')", m.read, "x")
attempt("read(1.5)", m.read, 1.5)
attempt("read(1, 2)", m.read, 1, 2)
attempt("read_byte at end", m.read_byte)
m.seek(0)
print(m.write(b"line1\nl2\n"), m.tell())
m.seek(0)
print(m.readline(), m.readline(), m.readline(), m.readline(), m.tell())
m.seek(0, 2)
print(m.readline(), m.tell())
m.seek(-3, 2)
print(m.tell())
m.seek(-2, 1)
print(m.tell())
for args in [(-1,), (17,), (1, 2), (-17, 2), (0, 3), (-14, 1), (sys.maxsize, 1), (sys.maxsize, 2)]:
    attempt(f"seek{args}", m.seek, *args)
attempt("seek('a')", m.seek, "a")
attempt("seek()", m.seek)
print(m.tell())
m.seek(14)
attempt("write 3 at 14", m.write, b"abc")
print(m.tell())
print(m.write(b"ab"), m.tell())
attempt("write_byte at end", m.write_byte, 1)
m.seek(0)
attempt("write('str')", m.write, "str")
attempt("write(5)", m.write, 5)
attempt("write_byte(256)", m.write_byte, 256)
attempt("write_byte(-1)", m.write_byte, -1)
attempt("write_byte(b'a')", m.write_byte, b"a")
attempt("write_byte(1.0)", m.write_byte, 1.0)
print(m.write_byte(200), m[0], m.tell())
print(m.write(bytearray(b"")), m.write(memoryview(b"xy")), m.tell())

# Searching starts at the cursor by default.
m[:] = b"one two ones one"
m.seek(0)
print(m.find(b"one"), m.rfind(b"one"), m.find(b"ones"), m.find(b"zzz"), m.find(b""))
m.seek(5)
print(m.find(b"one"), m.rfind(b"one"), m.find(b"two"), m.rfind(b"two"), m.find(b""), m.rfind(b""))
print(m.find(b"one", 0), m.find(b"one", 1, -1), m.find(b"one", -4), m.find(b"one", 100))
print(m.rfind(b"one", 0, -1), m.rfind(b"one", -100, 3), m.rfind(b"one", 0, -100))
print(m.find(bytearray(b"two"), 0), m.find(memoryview(b"ones"), 0))
attempt("find('one')", m.find, "one")
attempt("find(1)", m.find, 1)
attempt("find(b'o', None)", m.find, b"o", None)
attempt("find(b'o', 'a')", m.find, b"o", "a")
attempt("find()", m.find)
attempt("rfind(b'o', 1, 2, 3)", m.rfind, b"o", 1, 2, 3)

# move, flush, madvise.
m[:] = b"0123456789abcdef"
print(m.move(2, 0, 4), m[:])
print(m.move(0, 8, 8), m[:])
for args in [(0, 0, 17), (1, 0, 16), (0, 1, 16), (-1, 0, 1), (0, -1, 1), (0, 0, -1), (16, 0, 0), (0, 16, 0)]:
    attempt(f"move{args}", m.move, *args)
attempt("move(0, 0)", m.move, 0, 0)
print(m.flush(), m.flush(0, 16), m.flush(0, 0))
for args in [(0, 17), (1, 16), (-1, 1), (0, -1), (1, 1), (4096, 0)]:
    attempt(f"flush{args}", m.flush, *args)
print(m.madvise(mmap.MADV_NORMAL), m.madvise(mmap.MADV_RANDOM, 0, 16), m.madvise(mmap.MADV_NORMAL, 0, 2**40))
for args in [(mmap.MADV_NORMAL, 16), (mmap.MADV_NORMAL, -1), (mmap.MADV_NORMAL, 0, -1),
             (mmap.MADV_NORMAL, 1, sys.maxsize), (mmap.MADV_NORMAL, 1), (9999,), ("x",)]:
    attempt(f"madvise{args}", m.madvise, *args)

# Resizing keeps the contents that fit and clamps the cursor's reach.
m.seek(10)
m.resize(8)
print(len(m), m[:], m.tell(), m.read(), repr(m))
attempt("read_byte past end", m.read_byte)
attempt("write past end", m.write, b"a")
m.resize(4096)
print(len(m), m[:8], m[4095])
p = mmap.mmap(-1, 16, flags=mmap.MAP_PRIVATE)
p[:] = b"0123456789abcdef"
p.resize(3 * 4096)
print(len(p), p[:16], p[3 * 4096 - 1])
p.resize(3)
print(len(p), p[:])
attempt("resize(0)", m.resize, 0)
attempt("resize(-1)", m.resize, -1)
attempt("resize('a')", m.resize, "a")
print(len(m))

# Closing.
print(m.close(), m.closed, repr(m), m.close())
for name in ["size", "tell", "read_byte", "readline", "read", "flush", "close"]:
    attempt(name, getattr(m, name))
for name, args in [("seek", (0,)), ("find", (b"a",)), ("rfind", (b"a",)), ("write", (b"a",)),
                   ("write_byte", (1,)), ("move", (0, 0, 0)), ("resize", (10,)),
                   ("madvise", (0,)), ("__enter__", ())]:
    attempt(name, getattr(m, name), *args)
attempt("len", len, m)
attempt("m[0]", lambda: m[0])
attempt("m[0:1]", lambda: m[0:1])
attempt("m[0] = 1", m.__setitem__, 0, 1)
attempt("m[0:1] = b'a'", m.__setitem__, slice(0, 1), b"a")
attempt("bytes(m)", bytes, m)
attempt("memoryview(m)", memoryview, m)

with mmap.mmap(-1, 10) as m2:
    print(m2.closed, m2.__enter__() is m2)
print(m2.closed, m2.__exit__(None, None, None))
try:
    with mmap.mmap(-1, 10) as m3:
        raise OSError("inside")
except OSError as error:
    print("passed through:", error, m3.closed)

# Private anonymous maps, PROT_READ maps, and construction errors.
p = mmap.mmap(-1, 4096, flags=mmap.MAP_PRIVATE)
p[0] = 1
print(p[0], repr(p))
r = mmap.mmap(-1, 4096, prot=mmap.PROT_READ)
print(repr(r), r[0])
attempt("write to PROT_READ", r.write, b"a")
attempt("write_byte to PROT_READ", r.write_byte, 1)
attempt("setitem on PROT_READ", r.__setitem__, 0, 1)
attempt("slice setitem on PROT_READ", r.__setitem__, slice(0, 1), b"a")
attempt("move on PROT_READ", r.move, 0, 0, 1)
attempt("resize PROT_READ", r.resize, 10)
print(r.flush())
w = mmap.mmap(-1, 10, prot=mmap.PROT_WRITE | mmap.PROT_READ, access=mmap.ACCESS_DEFAULT)
print(repr(w))
for args, kwargs in [((-1, 0), {}), ((-1, -1), {}), ((-1, 10), {"access": 4}),
                     ((-1, 10), {"access": -1}),
                     ((-1, 10), {"access": mmap.ACCESS_READ, "prot": mmap.PROT_READ}),
                     ((-1, 10), {"access": mmap.ACCESS_WRITE, "flags": mmap.MAP_PRIVATE}),
                     ((-1, 10), {"offset": -1}), ((-1, 10), {"offset": 4096}),
                     ((-1, 10), {"offset": 100}),
                     ((-1, 10), {"flags": 0}), (("a", 10), {}), ((-1, "a"), {}),
                     ((-1,), {}), ((), {}), ((-1, 10), {"tagname": "x"}),
                     ((-1, 10, 1, 3, 0, 0, 0), {}), ((2**40, 10), {}), ((-1, 2**70), {}),
                     ((-1, 10), {"offset": 2**70}), ((-1, 10), {"offset": None})]:
    attempt(f"mmap{args}{kwargs}", lambda: mmap.mmap(*args, **kwargs))
attempt("mmap(-2, 4096)", mmap.mmap, -2, 4096)
a = mmap.mmap(-1, 10, access=mmap.ACCESS_COPY)
a[0] = 5
print(repr(a), a[0])
attempt("resize ACCESS_COPY", a.resize, 20)
print(a.flush())
attempt("mmap(length=10, fileno=-1)", lambda: repr(mmap.mmap(length=10, fileno=-1)))
