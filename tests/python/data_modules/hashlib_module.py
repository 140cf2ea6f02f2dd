# hashlib and hmac over the builtin hash modules (no _hashlib): named
# constructors, new(), keyword arguments, pbkdf2_hmac and HMAC vectors.
import hashlib
import hmac
import warnings

print("--- constructors")
for name in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(name, b"The quick brown fox")
    if name.startswith("shake"):
        print(name, h.hexdigest(20), h.digest_size, h.block_size)
    else:
        print(name, h.hexdigest(), h.digest_size, h.block_size)
    print("  ", getattr(hashlib, name)(b"The quick brown fox").hexdigest(*([20] if name.startswith("shake") else [])) == h.hexdigest(*([20] if name.startswith("shake") else [])))
print(hashlib.new("SHA256", b"abc").name, hashlib.new("MD5").name)
print(hashlib.new("blake2b", b"abc", digest_size=16, person=b"me").hexdigest())
print(hashlib.blake2s(b"abc", key=b"secret").hexdigest())
print(hashlib.sha256(usedforsecurity=False).hexdigest())
try:
    hashlib.new("nope")
except ValueError as e:
    print("ValueError", e)

print("--- hmac")
for digestmod in ["md5", "sha1", "sha256", "sha512", "sha3_256", hashlib.sha224, "blake2s"]:
    m = hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", digestmod)
    print(m.name, m.digest_size, m.block_size, m.hexdigest())
m = hmac.new(b"k" * 200, digestmod="sha256")
m.update(b"part one, ")
c = m.copy()
m.update(b"part two")
print(m.hexdigest(), c.hexdigest())
print(hmac.digest(b"key", b"msg", "sha384").hex())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"))

print("--- pbkdf2_hmac")
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 1, 20).hex())
    print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2).hex())
    print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 100, 40).hex())
    print(hashlib.pbkdf2_hmac("sha512", b"pass\0word", b"sa\0lt", 50, 16).hex())
