# b * k of exact bytes in traces: identity for k == 1 and empty bytes, negative
# counts, subclasses, bytearray, and counts too large to make.


class B(bytes):
    def __mul__(self, k):
        return b"sub"


def repeats(n):
    base = [b"x", b"", b"ab", B(b"q"), bytearray(b"z")]
    out = []
    for i in range(n):
        b = base[i % len(base)]
        k = (i % 7) - 2
        r = b * k
        out.append((type(r).__name__, len(r), r is b))
    return out[-14:]


print(repeats(3000))


def big(n):
    try:
        for i in range(n):
            r = b"ab" * (2 ** 40 if i == n - 1 else 3)
    except (MemoryError, OverflowError) as e:
        return type(e).__name__, len(r)


print(big(3000))
