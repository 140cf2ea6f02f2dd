# Big-int fast paths: floor division / modulo / divmod with a small quotient
# (estimated from the leading bits, divisors of 4096 bits and more), every
# sign combination; bit_length past 2**16384 (found by shifts); exact ints
# of any size through the operators without the special-method protocol
# (errors included), mixed number / bigint comparisons.
import random

random.seed(1234)


def check(x, y):
    q, r = divmod(x, y)
    assert q * y + r == x, (x, y)
    assert (r == 0) or ((r < 0) == (y < 0)), (x, y)
    assert abs(r) < abs(y), (x, y)
    assert x // y == q and x % y == r
    return q, r


digest = 0
for bits in (4095, 4096, 4097, 5000, 16384, 40000):
    for quotient in (0, 1, 2, 9, 2**31, 2**32 - 1, 2**32, 2**33 + 1, 2**40, 2**64 + 3):
        y = random.getrandbits(bits) | (1 << (bits - 1))
        for extra in (0, 1, y - 1, random.randrange(y)):
            x = y * quotient + extra
            for sx in (1, -1):
                for sy in (1, -1):
                    q, r = check(sx * x, sy * y)
                    digest = (digest * 31 + q % 1000003 + r % 999983) % (2**61 - 1)
print("digest", digest)

# Quotients at the edges of the estimate: y just above a power of two, x just below a multiple.
y = (1 << 5000) + 1
for k in (1, 3, 2**32 - 1):
    for delta in (-1, 0, 1):
        q, r = check(k * y + delta, y)
        print(k, delta, q - k, r - (delta % y))
y = (1 << 5000) - 1
print(check((1 << 5020) - 1, y)[0], check(-(1 << 5020), y)[0], check(1 << 5020, -y)[0])
print(check(-(10**2000), 10**1500 + 7)[0] % 1000, (-(10**2000)) % (10**1300 + 7) % 1000)
print((7 * 10**1300) // (10**1300), (7 * 10**1300 - 1) // (10**1300))

# Errors keep their messages.
for thunk in (lambda: (1 << 5000) // 0, lambda: (1 << 5000) % 0, lambda: divmod(1 << 5000, 0),
              lambda: 5 // 0, lambda: 5 % 0, lambda: (1 << 70) >> -1, lambda: 1 << -1,
              lambda: (1 << 70) @ 3, lambda: 3 @ (1 << 70), lambda: (1 << 70) / 0,
              lambda: (2**70) ** -1, lambda: 2 ** 0.5, lambda: (1 << 70) + "x",
              lambda: (1 << 70) < "x", lambda: [] * (1 << 70)):
    try:
        print(thunk())
    except Exception as error:
        print(type(error).__name__, error)

# bit_length on both sides of the hex / shift boundary, and powers of two.
for e in (1, 52, 53, 63, 64, 1023, 1024, 1025, 16383, 16384, 16385, 20000, 100000):
    for v in ((1 << e) - 1, 1 << e, (1 << e) + 1):
        print(e, v.bit_length() - e, (-v).bit_length() - e, end="; ")
print()
v = (1 << 70000) | 12345
print(v.bit_length(), (v >> 1).bit_length(), (3 ** 50000).bit_length())

# Operators on exact ints of any size, in-place forms too.
a = 3 ** 200
b = -(7 ** 90)
n = 2**53 - 1
print(a + b == b + a, a - b, (a * b) % 10**12, a // b, a % b, a / b, a ** 2 % 97,
      a & b, a | b, a ^ b, a << 3, a >> 100, b >> 5, n + 1, n * n, -n - 2, n // -7, n % -7)
c = a
c += 1
c -= b
c *= 2
c //= 3
c %= 10**50
c <<= 2
c >>= 1
c &= (1 << 60) - 1
c |= 1 << 61
c ^= 5
print(c)
print(n * 3 // 3 == n, (n + 2) - 2 == n, (n * 2) >> 1 == n, 2**64 & 0xFF, (2**64 + 0x1F3) & 0xFF)
print(2**63 > n, n < 2**63, -(2**63) < -n, 2**63 == 2.0**63, 2**63 == 2**63, 2**63 != 2**64,
      2**64 >= 2**64, 2**64 <= 2**63, (1 << 100) > 1e30, 10**400 > 1e308, True < 2**70)


class Big(int):
    def __add__(self, other):
        return "Big.__add__"

    def __radd__(self, other):
        return "Big.__radd__"

    def __lt__(self, other):
        return "Big.__lt__"

    def __gt__(self, other):
        return "Big.__gt__"


print(Big(1 << 80) + (1 << 80), (1 << 80) + Big(1), Big(5) < 1 << 80, 1 << 80 < Big(5))
print(type((1 << 80) - Big(1)).__name__, (1 << 80) // Big(1 << 79), type(True + 2**70).__name__)

# & of a bigint and a non-negative small int takes the bigint's low 53 bits;
# & | ^ of two safe ints beyond 32 bits stay exact.
masks = [0, 1, 0xFF, 0x7FFFFFFF, 0xFFFFFFFF, 2**32, 2**40 + 3, 2**52, 2**53 - 1, -1, -2**40, -(2**53) + 1]
bigs = [2**53, 2**53 + 1, 2**64 - 1, -(2**53) - 1, -(2**64), 3**100, -(3**100), (2**60 + 12345) * 1103515245]
for big in bigs:
    print([big & m for m in masks], [m & big for m in masks][-3:])
safe = [2**40 + 5, -(2**40) - 5, 2**53 - 1, -(2**53) + 1, 2**31, -(2**31) - 1]
print([[x & y, x | y, x ^ y] for x in safe for y in safe][:12])
state = 12345
for _ in range(5):
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
print(state, type(state).__name__, True & (2**70 + 1), (2**70 + 1) & True)
# -2**53 is the one & / ^ of two safe ints that is not safe itself: a big int.
low = -(2**53 - 1)
print(low & -2 == -(2**53), {-(2**53): "key"}.get(-1 ^ (2**53 - 1)), low & -2 < low, hash(low & -2))
