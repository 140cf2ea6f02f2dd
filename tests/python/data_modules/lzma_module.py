# lzma over _lzma: the xz, alone and raw formats (bytes identical to
# CPython's), presets, filter chains, integrity checks, the decompressor's
# eof/unused_data/needs_input/check and max_length, LZMAFile, errors.
import io
import _lzma
import lzma  # not in pyodide's zip: from the installed CPython 3.11 (stdlib_fallback.ts)

data = b"".join(b"record %05d %s\n" % (i, b"xyz" * (i % 5)) for i in range(4000)) + bytes(range(256)) * 30
for preset in (0, 1, 6, 9 | lzma.PRESET_EXTREME):
    packed = lzma.compress(data, preset=preset)
    print(preset, len(packed), packed[:16].hex(), packed[-12:].hex(), lzma.decompress(packed) == data)
for check in (lzma.CHECK_NONE, lzma.CHECK_CRC32, lzma.CHECK_CRC64, lzma.CHECK_SHA256):
    packed = lzma.compress(data, check=check)
    d = lzma.LZMADecompressor()
    print(check, d.check, len(packed), d.decompress(packed) == data, d.check, lzma.is_check_supported(check))
packed = lzma.compress(data, format=lzma.FORMAT_ALONE)
print("alone", len(packed), packed[:13].hex(), lzma.decompress(packed) == data)
filters = [{"id": lzma.FILTER_DELTA, "dist": 4}, {"id": lzma.FILTER_LZMA2, "preset": 3, "lc": 2, "dict_size": 1 << 20}]
packed = lzma.compress(data, format=lzma.FORMAT_RAW, filters=filters)
print("raw", len(packed), packed[:16].hex(), lzma.decompress(packed, format=lzma.FORMAT_RAW, filters=filters) == data)
packed = lzma.compress(data, filters=[{"id": lzma.FILTER_X86}, {"id": lzma.FILTER_LZMA2}])
print("x86", len(packed), lzma.decompress(packed) == data)
packed = lzma.compress(data, format=lzma.FORMAT_ALONE, filters=[{"id": lzma.FILTER_LZMA1, "preset": 2, "mode": lzma.MODE_FAST, "mf": lzma.MF_HC4, "nice_len": 32, "depth": 0}])
print("lzma1", len(packed), lzma.decompress(packed) == data)

c = lzma.LZMACompressor(preset=2)
parts = [c.compress(data[i:i + 5000]) for i in range(0, len(data), 5000)] + [c.flush()]
print(b"".join(parts) == lzma.compress(data, preset=2))

packed = lzma.compress(data)
d = lzma.LZMADecompressor()
print(d.eof, d.needs_input, d.unused_data, d.check)
out = d.decompress(packed[:100], max_length=10)
print(len(out), d.needs_input, d.eof, d.check)
out += d.decompress(packed[100:] + b"junk", max_length=5000)
print(len(out), d.needs_input, d.eof)
while not d.eof:
    out += d.decompress(b"", max_length=40000)
    print(len(out), d.needs_input, d.eof, d.unused_data)
print(out == data)
try:
    d.decompress(b"x")
except EOFError as e:
    print("EOFError", e)
print(lzma.decompress(packed + packed) == data * 2)

print(_lzma._encode_filter_properties({"id": lzma.FILTER_LZMA2, "preset": 3}))
print(_lzma._encode_filter_properties({"id": lzma.FILTER_LZMA1, "lc": 3, "lp": 0, "pb": 2, "dict_size": 1 << 23}))
print(_lzma._decode_filter_properties(lzma.FILTER_LZMA1, b"]\x00\x00\x80\x00"))
print(_lzma._decode_filter_properties(lzma.FILTER_LZMA2, b"\x14"))
print(_lzma._decode_filter_properties(lzma.FILTER_DELTA, b"\x03"))

for bad in (packed[:-30], b"\xfd7zXZ\x00" + b"\x00" * 30, b"not lzma data at all"):
    try:
        lzma.decompress(bad)
    except (lzma.LZMAError, EOFError) as e:
        print(type(e).__name__, e)
for kwargs in [{"format": lzma.FORMAT_ALONE, "check": lzma.CHECK_CRC32}, {"preset": 1, "filters": []},
               {"format": lzma.FORMAT_RAW}, {"format": 7}, {"preset": 99}, {"preset": -1},
               {"filters": [{"id": lzma.FILTER_LZMA2, "bogus": 1}]}, {"filters": [{"id": 99}]},
               {"filters": [{}]}, {"filters": [5]}, {"filters": [{"id": lzma.FILTER_DELTA, "dist": "x"}]},
               {"filters": [{"id": 3}] * 5}, {"format": lzma.FORMAT_ALONE, "filters": [{"id": lzma.FILTER_LZMA2}]}]:
    try:
        lzma.LZMACompressor(**kwargs)
    except (ValueError, TypeError, OverflowError, lzma.LZMAError) as e:
        print(type(e).__name__, e)
for kwargs in [{"format": lzma.FORMAT_RAW, "memlimit": 100}, {"format": lzma.FORMAT_RAW},
               {"filters": [{"id": 3}]}, {"format": 9}]:
    try:
        lzma.LZMADecompressor(**kwargs)
    except (ValueError, TypeError, lzma.LZMAError) as e:
        print(type(e).__name__, e)
try:
    lzma.decompress(lzma.compress(data), memlimit=1000)
except lzma.LZMAError as e:
    print("LZMAError", e)
c = lzma.LZMACompressor()
c.flush()
for call in (lambda: c.compress(b"x"), c.flush):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)

buffer = io.BytesIO()
with lzma.LZMAFile(buffer, "w", preset=1) as f:
    f.write(data)
buffer.seek(0)
with lzma.open(buffer) as f:
    print(f.read(30), len(f.read()))
buffer = io.BytesIO()
with lzma.open(buffer, "wt", encoding="utf-8", format=lzma.FORMAT_ALONE) as f:
    f.write("\u00e9t\u00e9\n" * 50)
buffer.seek(0)
with lzma.open(buffer, "rt", encoding="utf-8") as f:
    print(repr(f.readline()), len(f.readlines()))
print(lzma.LZMAError.__module__, lzma.LZMAError.__doc__)
