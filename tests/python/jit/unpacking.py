# Packing and unpacking in traced loops: starred targets (UNPACK_EX), calls
# with *args (CALL_FUNCTION_EX), tuples returned by inlined functions.
def divmod_pair(a, b):
    return a // b, a % b


def rotate(a, b, c, d):
    return b, c, d, a


def kernel(n):
    a, b = 0, 1
    total = 0
    for i in range(n):
        a, b = b, (a + b) & 0xFFFF
        q, r = divmod_pair(i + 7, 5)
        w, x, y, z = rotate(i, q, r, a)
        first, *middle, last = (w, x, y, z, i & 3)
        (p, q2), (r2, s) = (first, last), (len(middle), middle[0])
        head, *tail = middle
        total += w - x + y * z + p + q2 + r2 + s + head + len(tail)
        total &= 0xFFFFFFFF
    pairs = [(i, i * i) for i in range(n // 10)]
    for k, v in pairs:
        total += k ^ v
    triples = list(zip(range(n // 10), range(1, n), range(2, n)))
    for x, y, z in triples:
        x, y, z = z, x, y
        total += x - y - z
    args = [(i, -i, i * 2) for i in range(n // 10)]
    total += sum(max(*t) for t in args)
    return total



print(kernel(6000))


def bad(n):
    out = 0
    for i in range(n):
        first, *rest = [i] * (i % 3 == 0 or 2) if i != 2500 else []
        out += first + len(rest)
    return out


try:
    bad(3000)
except ValueError as e:
    print("ValueError", e)
