# Functions and loops whose traces start with a local of one kind (an int, a
# float) and are later entered with another (None, a str, an int for a
# float): the JIT records them again with that local as a ref. The results
# must not change whichever kind each entry brings.


def step(value):
    if value is None:
        return -1
    return value * 2 + 1


def offset(value, by=None, scale=1.5):
    if by is None:
        return value * scale
    return value + by * scale


def twice(value):
    return value * 2


def scale(x, factor):
    return x * factor + factor


def count_down(n):
    total = 0
    while n:
        total += n
        n = n - 1 if n > 0 else None
        if n is None:
            break
    return total


def main():
    total = 0
    for i in range(6000):
        total += step(None if i % 5 == 2 else i)
    print(total)
    values = [i if i % 3 else float(i) for i in range(6000)]
    print(sum(scale(v, 2) for v in values), sum(scale(v, 0.5) for v in values))
    mixed = [None if i % 11 == 0 else (i * 0.25 if i % 4 else i) for i in range(6000)]
    print(sum(step(v) for v in mixed))
    print(sum(count_down(k) for k in range(300)))
    print(sum(offset(i) if i % 6 == 1 else offset(i, i % 4) for i in range(6000)))
    print(sum(offset(i, 2, 2 if i % 5 else 0.5) for i in range(6000)))
    results = []
    for i in range(4000):
        results.append(twice("ab" if i % 9 == 4 else i))
    print(len(results), results[-5:], results.count("abab"))


main()
