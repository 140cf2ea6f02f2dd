# The builtin hash modules behind hashlib: digest vectors for every
# algorithm, incremental updates in chunks of every size, copy(),
# attributes, accepted data types and CPython's errors.
import _md5, _sha1, _sha256, _sha512, _sha3


def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print("  ", type(e).__name__, e)
    else:
        print("  ->", r)


constructors = [_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256, _sha512.sha384,
                _sha512.sha512, _sha3.sha3_224, _sha3.sha3_256, _sha3.sha3_384, _sha3.sha3_512]
messages = [b"", b"abc", b"The quick brown fox jumps over the lazy dog",
            bytes(range(256)) * 5, b"a" * 1000]

print("--- vectors")
for make in constructors:
    h = make()
    print(h.name, h.digest_size, h.block_size, type(h).__module__, type(h).__name__)
    for message in messages:
        print("  ", make(message).hexdigest())
    print("  ", make(b"abc").digest())

print("--- chunks and copy")
data = bytes((i * 37 + 11) % 256 for i in range(3000))
for make in constructors:
    whole = make(data).hexdigest()
    results = []
    for size in [1, 7, 63, 64, 65, 127, 128, 129, 1000]:
        h = make()
        for start in range(0, len(data), size):
            h.update(data[start:start + size])
        results.append(h.hexdigest() == whole)
    h = make(data[:1500])
    c = h.copy()
    c.update(data[1500:])
    h.update(b"different")
    print(make().name, all(results), c.hexdigest() == whole, h.hexdigest() != whole,
          h.digest() == h.digest())

print("--- shake")
for make in [_sha3.shake_128, _sha3.shake_256]:
    h = make(b"abc")
    print(h.name, h.digest_size, h.block_size, h._rate_bits, h._capacity_bits, h._suffix)
    print("  ", h.hexdigest(0), h.hexdigest(1), h.hexdigest(16))
    print("  ", h.hexdigest(200))
    c = h.copy()
    c.update(b"def")
    print("  ", c.hexdigest(32) == make(b"abcdef").hexdigest(32), h.digest(5))
for make in [_sha3.sha3_224, _sha3.sha3_512]:
    h = make()
    print(h.name, h._rate_bits, h._capacity_bits, h._suffix)
print(_sha3.keccakopt, _sha3.implementation)

print("--- data types")
print(_md5.md5(bytearray(b"abc")).hexdigest(), _md5.md5(memoryview(b"xabcx")[1:4]).hexdigest())
h = _sha256.sha256()
h.update(bytearray(b"ab"))
h.update(memoryview(b"c"))
print(h.hexdigest())
print(_md5.md5(string=b"abc").hexdigest(), _md5.md5(b"abc", usedforsecurity=False).hexdigest())
print(_sha3.sha3_256(b"abc", usedforsecurity=False).hexdigest())

print("--- module surface")
print(_md5.MD5Type, _sha1.SHA1Type, _sha256.SHA224Type, _sha256.SHA256Type)
print(_sha512.SHA384Type, hasattr(_sha512, "SHA512Type"), _sha3.sha3_224, _sha3.shake_256)
print(type(_md5.md5()) is _md5.MD5Type, type(_sha3.sha3_224()) is _sha3.sha3_224)

print("--- errors")
for make in [_md5.md5, _sha256.sha256, _sha3.sha3_256, _sha3.shake_128]:
    attempt(make, "abc")
    attempt(make, 5)
    attempt(make, None)
    attempt(make, b"a", b"b")
    attempt(make, data=b"a")
    attempt(make().update, "x")
    attempt(make().update, None)
    attempt(make().update)
    attempt(make().update, b"a", b"b")
attempt(_md5.md5().digest, 3)
attempt(_sha3.sha3_224().hexdigest, 1)
attempt(_sha3.shake_128().digest, -1)
attempt(_sha3.shake_128().digest, 2 ** 40)
attempt(_sha3.shake_128().digest, 2 ** 70)
attempt(_sha3.shake_128().digest, 1.5)
attempt(_sha3.shake_128().hexdigest, "a")
attempt(_sha3.shake_128().digest)
attempt(_md5.md5, memoryview(b"abcd")[::2])
attempt(_md5.MD5Type)

import copy
import pickle
attempt(pickle.dumps, _md5.md5())
attempt(pickle.dumps, _sha3.shake_128())
attempt(copy.copy, _sha256.sha256())
