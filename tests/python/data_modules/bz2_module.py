# bz2 over _bz2: one-shot and incremental compression (bytes identical to
# CPython's at each level), the decompressor's eof/unused_data/needs_input
# and max_length, BZ2File, errors.
import bz2
import io
import _bz2

data = b"".join(b"line %d: %s\n" % (i, b"abc" * (i % 7)) for i in range(3000)) + bytes(range(256)) * 20
for level in range(1, 10):
    packed = bz2.compress(data, level)
    print(level, len(packed), packed[:12].hex(), packed[-8:].hex(), bz2.decompress(packed) == data)
print(bz2.compress(b""), bz2.decompress(b""))

c = _bz2.BZ2Compressor(3)
parts = [c.compress(data[i:i + 1000]) for i in range(0, len(data), 1000)]
parts.append(c.flush())
print([len(p) for p in parts if p], b"".join(parts) == bz2.compress(data, 3))

packed = bz2.compress(data)
d = _bz2.BZ2Decompressor()
print(d.eof, d.needs_input, d.unused_data)
out = d.decompress(packed[:50], max_length=10)
print(len(out), d.needs_input, d.eof)
out += d.decompress(packed[50:] + b"trailing", max_length=1000)
print(len(out), d.needs_input, d.eof, d.unused_data)
while not d.eof:
    out += d.decompress(b"", max_length=30000)
    print(len(out), d.needs_input, d.eof, d.unused_data)
print(out == data)
try:
    d.decompress(b"more")
except EOFError as e:
    print("EOFError", e)

d = _bz2.BZ2Decompressor()
print(d.decompress(packed, 0), d.needs_input)
print(len(d.decompress(b"", -1)), d.eof)

print(bz2.decompress(packed + packed) == data * 2)
for bad in (packed[:-20], b"BZh9" + b"\x00" * 40, b"not bz2 at all"):
    try:
        bz2.decompress(bad)
    except (OSError, EOFError, ValueError) as e:
        print(type(e).__name__, e)

for args in ((0,), (10,), ("9",)):
    try:
        _bz2.BZ2Compressor(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
c = _bz2.BZ2Compressor()
c.flush()
for call in (lambda: c.compress(b"x"), c.flush):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
try:
    _bz2.BZ2Decompressor(1)
except TypeError as e:
    print("TypeError", e)

buffer = io.BytesIO()
with bz2.BZ2File(buffer, "w", compresslevel=5) as f:
    f.write(data)
    f.write(b"second")
print(len(buffer.getvalue()))
buffer.seek(0)
with bz2.open(buffer, "rb") as f:
    print(f.read(20), len(f.read()), f.seekable())
buffer = io.BytesIO()
with bz2.open(buffer, "wt", encoding="utf-8") as f:
    f.write("caf\u00e9\n" * 100)
buffer.seek(0)
with bz2.open(buffer, "rt", encoding="utf-8") as f:
    print(f.readline(), len(f.readlines()))
