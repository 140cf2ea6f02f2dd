# zlib's compressobj/decompressobj: streaming in pieces with every flush
# mode, max_length with unconsumed_tail, unused_data and eof, and the
# errors of ended or misused streams.
import zlib


def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print("  ", type(e).__name__, e)
    else:
        print("  ->", repr(r)[:120])


text = b"".join(b"record %05d|%s\n" % (i, b"xyz" * (i % 7)) for i in range(3000))

print("--- compressobj pieces and flush modes")
for level, wbits, memlevel, strategy in [(-1, 15, 8, 0), (1, -15, 9, 0), (9, 31, 8, 0), (6, 15, 1, 1),
                                         (6, 15, 8, zlib.Z_HUFFMAN_ONLY), (6, 15, 8, zlib.Z_RLE),
                                         (6, 15, 8, zlib.Z_FIXED), (0, 15, 8, 0)]:
    co = zlib.compressobj(level, zlib.DEFLATED, wbits, memlevel, strategy)
    parts = [co.compress(text[i:i + 1000]) for i in range(0, len(text), 1000)]
    out = b"".join(parts) + co.flush()
    print(level, wbits, memlevel, strategy, len(out), zlib.crc32(out), [len(p) for p in parts[:6]],
          zlib.decompress(out, wbits) == text)
for mode in [zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_BLOCK]:
    co = zlib.compressobj()
    a = co.compress(b"first part, " * 20)
    b = co.flush(mode)
    c = co.compress(b"second part")
    d = co.flush()
    print(mode, a, b.hex(), c, d.hex(), zlib.decompress(a + b + c + d))
co = zlib.compressobj()
print(co.compress(b""), co.flush(), co.flush(zlib.Z_NO_FLUSH))

print("--- decompressobj with max_length")
packed = zlib.compress(text, 9)
d = zlib.decompressobj()
pieces = []
chunk = d.decompress(packed, 4096)
while chunk:
    pieces.append(len(chunk))
    chunk = d.decompress(d.unconsumed_tail, 4096)
print(pieces[:5], len(pieces), sum(pieces), d.eof, d.unused_data, len(d.unconsumed_tail))
d = zlib.decompressobj()
first = d.decompress(packed[:300], 100)
print(len(first), len(d.unconsumed_tail), d.eof)
rest = d.decompress(d.unconsumed_tail + packed[300:])
print(len(first) + len(rest) == len(text), d.eof, d.unconsumed_tail, d.flush())
d = zlib.decompressobj()
out = b"".join(d.decompress(packed[i:i + 7]) for i in range(0, len(packed), 7))
print(out == text, d.eof, d.unused_data)

print("--- unused_data and eof")
d = zlib.decompressobj()
print(d.decompress(zlib.compress(b"abc") + b"tail"), d.unused_data, d.eof, d.unconsumed_tail)
print(d.decompress(b"more"), d.unused_data, d.eof)
d = zlib.decompressobj()
stream = zlib.compress(b"hello")
print(d.decompress(stream[:-4]), d.eof, d.decompress(stream[-4:] + b"XY"), d.eof, d.unused_data)
d = zlib.decompressobj()
print(d.decompress(stream[:5]), d.flush(), d.eof)
d = zlib.decompressobj(wbits=31)
print(d.decompress(zlib.compress(b"gzip member", wbits=31) + b"\x1f\x8b"), d.unused_data, d.eof)
d = zlib.decompressobj(wbits=47)
print(d.decompress(zlib.compress(b"auto", wbits=31)), d.decompress(b""), d.eof)

print("--- flush of a decompressor")
d = zlib.decompressobj()
part = d.decompress(packed, 10)
print(len(part), len(d.unconsumed_tail) > 0, len(d.flush()) + len(part) == len(text), d.eof)
print(d.flush(), d.unconsumed_tail, d.eof)
d = zlib.decompressobj()
print(len(d.decompress(packed, 10)), len(d.flush(1)), d.eof)

print("--- errors")
co = zlib.compressobj()
co.compress(b"x")
co.flush()
attempt(co.compress, b"y")
attempt(co.flush)
attempt(co.flush, zlib.Z_NO_FLUSH)
attempt(co.copy)
d = zlib.decompressobj()
d.decompress(zlib.compress(b"x"))
d.flush()
attempt(d.decompress, b"y")
attempt(d.flush)
attempt(d.flush, 0)
d = zlib.decompressobj()
attempt(d.decompress, b"x", -1)
attempt(d.decompress, b"garbage data")
attempt(d.decompress, "text")
attempt(d.decompress, b"x", max_length=1.5)
attempt(zlib.compressobj, 10)
attempt(zlib.compressobj, method=9)
attempt(zlib.compressobj, memLevel=10)
attempt(zlib.compressobj, strategy=9)
attempt(zlib.compressobj, wbits=7)
attempt(zlib.decompressobj, wbits=99)
attempt(zlib.decompressobj, wbits=-7)
attempt(zlib.compressobj().compress, "text")
print(type(zlib.compressobj()), type(zlib.decompressobj()))
attempt(type(zlib.compressobj()))
attempt(type(zlib.decompressobj()))
