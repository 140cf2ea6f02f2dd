# Closures and higher-order functions: function factories, nonlocal state,
# composition, currying, decorators, map/filter/sorted with key functions,
# functools.reduce and partial.
import functools

from _bench import main


def counter():
    count = 0

    def step(by=1):
        nonlocal count
        count += by
        return count

    return step


def compose(*functions):
    def composed(x):
        for f in reversed(functions):
            x = f(x)
        return x

    return composed


def curry3(f):
    return lambda a: lambda b: lambda c: f(a, b, c)


def memoize(f):
    cache = {}

    @functools.wraps(f)
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]

    return wrapper


def logged(calls):
    def decorate(f):
        def wrapper(*args, **kwargs):
            calls.append(f.__name__)
            return f(*args, **kwargs)

        return wrapper

    return decorate


def kernel(n):
    calls = []

    @logged(calls)
    def scale(x, factor=3):
        return x * factor

    @memoize
    def partitions(k):
        return 1 if k < 2 else partitions(k - 1) + partitions(k - 2) % 1009

    tick = counter()
    pipeline = compose(lambda x: x + 1, lambda x: x * 2, lambda x: x - 3)
    add3 = curry3(lambda a, b, c: a + b * c)
    adders = [(lambda k: lambda x: x + k)(k) for k in range(10)]
    total = 0
    for i in range(n):
        total += pipeline(i) + add3(i)(2)(3) + adders[i % 10](i)
        tick(i & 7)
        if i % 100 == 0:
            total += scale(i, factor=i % 5)
    evens = list(filter(lambda x: x % 2 == 0, map(lambda x: x * x % 1013, range(n))))
    ordered = sorted(range(n // 10), key=lambda x: (x * 7919 % 101, -x))
    product = functools.reduce(lambda a, b: (a * b + 1) % 1000003, range(1, n), 1)
    shift = functools.partial(pow, 2)
    return (total, tick(0), len(evens), sum(evens), ordered[:5], product, partitions(300) % 1000,
            len(calls), sum(shift(k % 30) for k in range(n // 10)))


main(kernel, 400000, 2000, iterations=5)
