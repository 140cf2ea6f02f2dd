# Generators, comprehensions and builtin iteration helpers.
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


ps = take(primes(), 8000)
print(ps[-1], sum(ps))
squares = {x: x * x for x in range(1000000)}
print(sum(v for k, v in squares.items() if k % 3 == 0))
print(max(map(lambda x: (x * 7919) % 10007, range(1500000))))
