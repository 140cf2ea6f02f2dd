# BufferedReader/Writer/Random/RWPair over in-memory raw streams: peek, read1, buffering.
import io

raw = io.BytesIO(b"0123456789" * 3)
r = io.BufferedReader(raw, buffer_size=8)
print(r.peek(1)[:8], r.read1(3), r.peek(), r.read1(), r.read1(100))
print(r.tell(), raw.tell(), r.read(5), r.tell())
print(r.readline(), r.read(), r.read(), r.peek())
r.seek(0)
print(r.read(3), r.seek(2, 1), r.read(2), r.seek(-4, 2), r.read())
buf = bytearray(5)
r.seek(0)
print(r.readinto(buf), buf, r.readinto1(buf), buf)
print(r.raw is raw, r.readable(), r.writable(), r.seekable(), r.closed)
try:
    r.write(b"x")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)

sink = io.BytesIO()
w = io.BufferedWriter(sink, buffer_size=4)
print(w.write(b"ab"), sink.getvalue(), w.tell())
print(w.write(b"cdef"), sink.getvalue())
w.flush()
print(sink.getvalue(), w.tell())
print(w.write(b"0123456789"), sink.getvalue())
try:
    w.read()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)

rnd = io.BufferedRandom(io.BytesIO(b"abcdefgh"), 4)
print(rnd.read(2), rnd.write(b"XY"), rnd.tell())
rnd.seek(0)
print(rnd.read(), rnd.raw.getvalue())
rnd.seek(1)
rnd.write(b"-")
rnd.flush()
print(rnd.raw.getvalue(), rnd.peek()[:3], rnd.read1(2))

pair = io.BufferedRWPair(io.BytesIO(b"input"), io.BytesIO())
print(pair.read(2), pair.peek()[:3], pair.read1(10), pair.write(b"out"))
pair.flush()
print(pair.readable(), pair.writable(), pair.closed)
for method in ["seek", "tell"]:
    try:
        getattr(pair, method)(*([0] if method == "seek" else []))
    except io.UnsupportedOperation as e:
        print(method, "UnsupportedOperation", e)

for bad in [lambda: io.BufferedReader(io.BytesIO(), 0), lambda: io.BufferedReader(io.BytesIO(), -1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
d = io.BufferedReader(io.BytesIO(b"x"))
print(type(d.detach()).__name__)
try:
    d.read()
except ValueError as e:
    print("ValueError", e)
print(repr(d).startswith("<_io.BufferedReader"))
