# zlib stream objects: copy() of compressors and decompressors (also through
# the copy module) and preset dictionaries (zdict) for zlib and raw streams.
import copy
import zlib


def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print("  ", type(e).__name__, e)
    else:
        print("  ->", repr(r)[:120])


text = b"".join(b"record %05d|%s\n" % (i, b"xyz" * (i % 7)) for i in range(3000))
packed = zlib.compress(text, 9)

print("--- copy")
co = zlib.compressobj(6)
head = co.compress(text[:20000])
twin = co.copy()
tail_a = co.compress(text[20000:]) + co.flush()
tail_b = twin.compress(b"a different ending") + twin.flush()
print(zlib.decompress(head + tail_a) == text, zlib.decompress(head + tail_b)[-18:])
print(type(copy.copy(zlib.compressobj())).__name__, type(zlib.compressobj().copy()).__name__)
c2 = copy.deepcopy(zlib.compressobj())
print(type(c2).__name__, zlib.decompress(c2.compress(b"deep") + c2.flush()))
d = zlib.decompressobj()
got = d.decompress(packed[:1000])
e = d.copy()
rest_d = d.decompress(packed[1000:])
rest_e = e.decompress(packed[1000:] + b"junk")
print(got + rest_d == text, got + rest_e == text, d.unused_data, e.unused_data, e.eof)
e2 = copy.copy(e)
print(e2.eof, e2.unused_data)
attempt(co.copy)
ended = zlib.decompressobj()
ended.decompress(zlib.compress(b"x"))
ended.flush()
attempt(ended.copy)

print("--- dictionaries")
zdict = b"common words: the quick brown fox"
co = zlib.compressobj(zdict=zdict)
z = co.compress(b"the quick brown fox jumps") + co.flush()
print(z.hex())
d = zlib.decompressobj(zdict=zdict)
print(d.decompress(z))
d = zlib.decompressobj(zdict=bytearray(zdict))
print(d.decompress(z[:5]) + d.decompress(z[5:]))
raw = zlib.compressobj(wbits=-15, zdict=zdict)
rz = raw.compress(b"the quick brown fox") + raw.flush()
print(rz.hex(), zlib.decompressobj(wbits=-15, zdict=zdict).decompress(rz))
attempt(zlib.decompressobj().decompress, z)
attempt(zlib.decompressobj(zdict=b"wrong dictionary").decompress, z)
attempt(zlib.decompressobj, zdict=5)
attempt(zlib.decompressobj, zdict=None)
attempt(zlib.compressobj, zdict=None)
attempt(zlib.compressobj, zdict="text")

import pickle
attempt(pickle.dumps, zlib.compressobj())
attempt(pickle.dumps, zlib.decompressobj())
