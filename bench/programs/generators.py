# Generators, generator pipelines, comprehensions and builtin iteration helpers.
from _bench import main


def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1


def take(it, n):
    return [x for _, x in zip(range(n), it)]


def numbers(n):
    for i in range(n):
        yield i


def scaled(source, k):
    for x in source:
        yield x * k


def only_odd(source):
    for x in source:
        if x & 1:
            yield x


def windows(source, width):
    window = []
    for x in source:
        window.append(x)
        if len(window) == width:
            yield tuple(window)
            del window[0]


def pipeline(n):
    total = 0
    for a, b, c in windows(only_odd(scaled(numbers(n), 3)), 3):
        total += a - 2 * b + c
    return total + sum(x for x in (y + 1 for y in numbers(n)) if x % 5)


def kernel(n):
    ps = take(primes(), n // 100)
    squares = {x: x * x for x in range(n)}
    return (ps[-1], sum(ps), sum(v for k, v in squares.items() if k % 3 == 0),
            max(map(lambda x: (x * 7919) % 10007, range(n))), pipeline(n))


main(kernel, 450000, 10000, iterations=5)
