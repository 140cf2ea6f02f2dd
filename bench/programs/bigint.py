# Arbitrary-precision integers: digits of pi from an unbounded spigot, big
# factorials and Fibonacci numbers by fast doubling, modular exponentiation and
# integer square roots by Newton's method.
from _bench import main


def pi_digits(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < count:
        if 4 * q + r - t < n * t:
            digits.append(n)
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1,
                                (q * (7 * k + 2) + r * l) // (t * l), l + 2)
    return digits


def fib_pair(n):
    if n == 0:
        return 0, 1
    a, b = fib_pair(n >> 1)
    c = a * (2 * b - a)
    d = a * a + b * b
    return (d, c + d) if n & 1 else (c, d)


def isqrt(n):
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def kernel(n):
    digits = pi_digits(n)
    fact = 1
    for i in range(2, n * 2):
        fact *= i
    fib = fib_pair(n * 50)[0]
    root = isqrt(fact * fib)
    power = pow(3, fact % 100003 + n, (1 << 521) - 1)
    mixed = (fact ^ (fib << 7)) & ((1 << 4000) - 1)
    text = str(fib % 10 ** 4000)
    return ("".join(map(str, digits[-20:])), sum(digits), fact.bit_length(), text[:12],
            len(text), root % 1000000007, power % 999983, bin(mixed).count("1"),
            -fact // 7 % 1000, divmod(fib, fact % 1000003 + 1)[1])


main(kernel, 2400, 60, iterations=5)
