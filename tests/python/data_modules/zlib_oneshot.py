# zlib's one-shot functions: exact compressed bytes for every level and
# container (zlib, raw, gzip), round trips, bufsize, checksums, constants
# and CPython's errors.
import zlib


def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print("  ", type(e).__name__, e)
    else:
        print("  ->", repr(r)[:120])


text = b"".join(b"line %d: the quick brown fox jumps over the lazy dog\n" % i for i in range(200))
noise = bytes((i * 7919 + (i >> 3) * 31) % 251 for i in range(5000))
samples = [b"", b"a", b"abc" * 50, text, noise, bytes(70000)]

print("--- exact bytes per level")
for data in samples:
    for level in [-1, 0, 1, 2, 5, 6, 9]:
        c = zlib.compress(data, level)
        print(len(data), level, len(c), zlib.crc32(c), c[:12].hex(), zlib.decompress(c) == data)
print(zlib.compress(b"hello"), zlib.compress(b"hello", 9), zlib.compress(b"hello", level=0))

print("--- wbits: raw, zlib, gzip, window sizes")
for wbits in [-15, -9, 9, 12, 15, 25, 31]:
    c = zlib.compress(text, 6, wbits)
    print(wbits, len(c), zlib.crc32(c), c[:4].hex())
    for dwbits in [wbits, 0 if 9 <= wbits <= 15 else wbits, 47 if wbits > 0 else wbits]:
        print("  ", dwbits, zlib.decompress(c, dwbits) == text)
print(zlib.compress(b"abc", wbits=-15), zlib.compress(b"abc", wbits=31)[10:], zlib.compress(b"x", wbits=8))
print(zlib.decompress(zlib.compress(text), bufsize=1) == text, zlib.decompress(zlib.compress(text), 15, 0) == text)
print(zlib.decompress(zlib.compress(b"abc") + b"trailing junk"))
print(zlib.decompress(bytearray(zlib.compress(b"from bytearray"))), zlib.decompress(memoryview(zlib.compress(b"mv"))))
print(zlib.compress(bytearray(b"abc")) == zlib.compress(b"abc"), zlib.compress(memoryview(b"xabcx")[1:4]) == zlib.compress(b"abc"))

print("--- checksums")
for data in [b"", b"abc", text, noise]:
    print(zlib.crc32(data), zlib.crc32(data, 1), zlib.adler32(data), zlib.adler32(data, 0), zlib.adler32(data, 2 ** 32 - 1))
print(zlib.crc32(b"abc", -1), zlib.crc32(b"abc", 2 ** 40), zlib.adler32(b"abc", -1), zlib.adler32(bytes(100000)))
print(zlib.crc32(b"world", zlib.crc32(b"hello ")) == zlib.crc32(b"hello world"))

print("--- constants")
for name in ["MAX_WBITS", "DEFLATED", "DEF_MEM_LEVEL", "DEF_BUF_SIZE", "Z_NO_COMPRESSION", "Z_BEST_SPEED",
             "Z_BEST_COMPRESSION", "Z_DEFAULT_COMPRESSION", "Z_FILTERED", "Z_HUFFMAN_ONLY", "Z_RLE",
             "Z_FIXED", "Z_DEFAULT_STRATEGY", "Z_NO_FLUSH", "Z_PARTIAL_FLUSH", "Z_SYNC_FLUSH",
             "Z_FULL_FLUSH", "Z_FINISH", "Z_BLOCK", "Z_TREES"]:
    print(name, getattr(zlib, name))
print(zlib.ZLIB_VERSION == zlib.ZLIB_RUNTIME_VERSION, zlib.ZLIB_VERSION[:2], zlib.__version__)
print(zlib.error.__mro__, zlib.error.__module__)

print("--- errors")
attempt(zlib.compress, b"abc", 10)
attempt(zlib.compress, b"abc", -2)
attempt(zlib.compress, b"abc", wbits=7)
attempt(zlib.compress, b"abc", wbits=-8)
attempt(zlib.compress, b"abc", wbits=32)
attempt(zlib.compress, "abc")
attempt(zlib.compress, b"abc", 1.5)
attempt(zlib.compress, b"abc", 2 ** 40)
attempt(zlib.decompress, b"abc")
attempt(zlib.decompress, b"")
attempt(zlib.decompress, zlib.compress(b"abc")[:-2])
attempt(zlib.decompress, zlib.compress(b"abc")[:5])
attempt(zlib.decompress, zlib.compress(b"abc"), bufsize=-1)
attempt(zlib.decompress, zlib.compress(b"abc"), wbits=99)
attempt(zlib.decompress, zlib.compress(b"abc"), wbits=-15)
attempt(zlib.decompress, zlib.compress(b"abc"), wbits=31)
attempt(zlib.decompress, zlib.compress(b"abc", wbits=31), wbits=15)
attempt(zlib.decompress, "abc")
attempt(zlib.crc32, "abc")
attempt(zlib.adler32, b"abc", 1.5)
c = zlib.compressobj(zdict=b"hello")
z = c.compress(b"hello hello") + c.flush()
attempt(zlib.decompress, z)
broken = bytearray(zlib.compress(text))
broken[100] ^= 0xFF
attempt(zlib.decompress, bytes(broken))
