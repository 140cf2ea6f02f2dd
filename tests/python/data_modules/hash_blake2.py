# _blake2: blake2b/blake2s digests with every parameter of the BLAKE2
# parameter block (digest size, key, salt, person, tree parameters), keyed
# MAC vectors, streaming and copy, and the range checks' messages.
import _blake2


def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print("  ", type(e).__name__, e)
    else:
        print("  ->", r)


b, s = _blake2.blake2b, _blake2.blake2s
print("--- plain")
for make in [b, s]:
    h = make()
    print(h.name, h.digest_size, h.block_size, make.SALT_SIZE, make.PERSON_SIZE,
          make.MAX_KEY_SIZE, make.MAX_DIGEST_SIZE)
    for message in [b"", b"abc", b"x" * 63, b"x" * 64, b"x" * 65, b"x" * 127, b"x" * 128,
                    b"x" * 129, bytes(range(256)) * 3]:
        print("  ", len(message), make(message).hexdigest())

print("--- keyed (RFC 7693 style) and sizes")
key64 = bytes(range(64))
key32 = bytes(range(32))
for n in [0, 1, 2, 127, 128, 129, 255]:
    data = bytes(range(n))
    print(n, b(data, key=key64).hexdigest()[:32], s(data, key=key32).hexdigest()[:32])
for size in [1, 16, 20, 32, 48, 64]:
    print(size, b(b"abc", digest_size=size).hexdigest())
for size in [1, 16, 20, 28, 32]:
    print(size, s(b"abc", digest_size=size).hexdigest(), s(digest_size=size).digest_size)

print("--- salt, person, tree parameters")
print(b(b"abc", key=b"k", salt=b"s", person=b"p", digest_size=20).hexdigest())
print(b(b"abc", salt=b"0123456789abcdef", person=b"fedcba9876543210").hexdigest())
print(s(b"abc", salt=b"12345678", person=b"personal").hexdigest())
print(b(b"abc", last_node=True, fanout=0, depth=255, leaf_size=1000, node_offset=5,
        node_depth=3, inner_size=32).hexdigest())
print(s(b"abc", last_node=True, fanout=0, depth=255, leaf_size=1000, node_offset=5, node_depth=3,
        inner_size=16, key=b"kk", salt=b"12345678", person=b"pp").hexdigest())
print(b(node_offset=2 ** 64 - 1, leaf_size=2 ** 32 - 1).hexdigest())
print(s(node_offset=2 ** 48 - 1, leaf_size=2 ** 32 - 1).hexdigest())
print(b(last_node=5).hexdigest() == b(last_node=True).hexdigest())

print("--- streaming and copy")
data = bytes((i * 131 + 7) % 256 for i in range(2000))
for make, kwargs in [(b, {}), (s, {}), (b, {"key": b"secret"}), (s, {"key": b"secret", "digest_size": 16})]:
    whole = make(data, **kwargs).hexdigest()
    same = []
    for size in [1, 5, 63, 64, 65, 128, 129, 700]:
        h = make(**kwargs)
        for start in range(0, len(data), size):
            h.update(memoryview(data)[start:start + size])
        same.append(h.hexdigest() == whole)
    h = make(data[:999], **kwargs)
    c = h.copy()
    c.update(data[999:])
    print(make.__name__, all(same), c.hexdigest() == whole, c.digest_size, h.digest() == h.digest())

print("--- errors")
attempt(b, digest_size=0)
attempt(b, digest_size=65)
attempt(s, digest_size=33)
attempt(b, digest_size=1.0)
attempt(b, key=b"x" * 65)
attempt(s, key=b"x" * 33)
attempt(b, salt=b"x" * 17)
attempt(s, salt=b"x" * 9)
attempt(b, person=b"x" * 17)
attempt(s, person=b"x" * 9)
attempt(b, fanout=-1)
attempt(b, fanout=256)
attempt(b, depth=0)
attempt(b, depth=256)
attempt(b, leaf_size=-1)
attempt(b, leaf_size=2 ** 32)
attempt(b, node_offset=-1)
attempt(b, node_offset=2 ** 64)
attempt(s, node_offset=2 ** 48)
attempt(b, node_depth=256)
attempt(b, inner_size=65)
attempt(s, inner_size=33)
attempt(b, inner_size=-1)
attempt(b, key="abc")
attempt(b, salt=5)
attempt(b, digest_size="a")
attempt(b, "abc")
attempt(b, b"a", b"b")
attempt(s, data=b"a")
attempt(b, digest_size=0, salt=b"x" * 99)
attempt(b, salt=b"x" * 99, key=b"x" * 99)
attempt(b().update, "x")
