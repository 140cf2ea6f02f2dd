# gzip on top of zlib: exact gzip bytes with a fixed mtime, multi-member
# decompression, and GzipFile writing and reading through io.BytesIO.
import gzip
import io
import zlib

data = b"".join(b"%d squared is %d\n" % (i, i * i) for i in range(500))
packed = gzip.compress(data, compresslevel=9, mtime=0)
print(len(packed), packed[:10].hex(), zlib.crc32(packed))
print(gzip.decompress(packed) == data, gzip.decompress(packed + gzip.compress(b"second", mtime=0))[-6:])
for level in [1, 6, 9]:
    print(level, gzip.compress(data, level, mtime=0).hex()[:40])

buffer = io.BytesIO()
with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0, filename="") as f:
    f.write(data[:1000])
    f.write(data[1000:])
print(buffer.getvalue() == gzip.compress(data, mtime=0), len(buffer.getvalue()))
buffer.seek(0)
with gzip.GzipFile(fileobj=buffer) as f:
    print(f.read(20), len(f.read()))
