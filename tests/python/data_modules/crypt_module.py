# crypt over _crypt (libcrypt's crypt_r through FFI, stdlib/_crypt.ts): the
# methods crypt.py finds by trying each, hashes identical to CPython's for
# fixed salts, salts of the chosen method, the failure token for an unusable
# salt, and CPython's argument errors.
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    import crypt
print([str(w.message) for w in caught])
import _crypt

print(crypt.methods, crypt.METHOD_SHA512, crypt.METHOD_SHA512.ident, crypt.METHOD_CRYPT.salt_chars)
for salt in ("ab", "$1$saltsalt", "$5$saltsalt", "$6$saltsalt", "$6$rounds=5000$saltsalt", "$2b$04$" + "a" * 22):
    print(salt, crypt.crypt("password", salt))
print(_crypt.crypt("pässwörd", "$6$x"), _crypt.crypt("", "ab"), repr(_crypt.crypt("pw", "$9$x")), repr(_crypt.crypt("pw", "")))
for method in crypt.methods:
    salt = crypt.mksalt(method)
    hashed = crypt.crypt("secret", salt)
    # (bcrypt keeps only 2 bits of the salt's last character: the hash may spell it differently.)
    print(method.name, len(salt), hashed.startswith(salt[:-1]), crypt.crypt("secret", hashed) == hashed, len(hashed) == method.total_size)
print(crypt.mksalt(crypt.METHOD_SHA256, rounds=10000)[:16], crypt.mksalt(crypt.METHOD_BLOWFISH, rounds=16)[:7])
for args in (("a\0", "ab"), (1, "ab"), ("pw", b"ab"), ("\udc80", "ab"), ("pw",)):
    try:
        print(repr(_crypt.crypt(*args)))
    except Exception as error:
        print(type(error).__name__, error)
print(_crypt.crypt.__doc__.splitlines()[0], _crypt.__name__)
