# Short loops over tuples inside inlined calls are unrolled into the caller's
# trace: the tuple's length may change between calls, the loop may break or
# raise, and longer tuples or other iterables are looped over as usual.


def compose(*functions):
    def composed(x):
        for f in reversed(functions):
            x = f(x)
        return x
    return composed


def apply_all(functions, x):
    total = 0
    for f in functions:
        total += f(x)
    else:
        total += 1000
    return total


def first_negative(values):
    for v in values:
        if v < 0:
            return v
    return None


def run(n):
    pipes = [
        compose(lambda x: x + 1, lambda x: x * 2, lambda x: x - 3),
        compose(lambda x: x * 5),
        compose(),
        compose(*[lambda x, k=k: x + k for k in range(12)]),
    ]
    fns = (abs, lambda x: -x, lambda x: x * x)
    total = 0
    for i in range(n):
        p = pipes[0] if i < n // 2 else pipes[(i // 7) % 4]
        total += p(i)
        total += apply_all(fns if i % 3 else fns[:1], i - 50)
        neg = first_negative((i, i - 1, -i, 5) if i % 4 else (1, 2))
        total += 0 if neg is None else neg
    return total


print(run(4000))


def raising(n):
    def checked(values):
        out = 0
        for v in values:
            out += 100 // v
        return out

    total = 0
    for i in range(n):
        try:
            total += checked((1, 2, i % 5, 4))
        except ZeroDivisionError as e:
            total -= 1
    return total


print(raising(3000))


def lists_and_tuples(n):
    def walk(items):
        acc = 0
        for item in items:
            acc = acc * 3 + item
        return acc

    total = 0
    for i in range(n):
        total += walk((i, 1, 2)) + walk([i, 1, 2]) + walk(tuple(range(i % 11)))
    return total % 1000003


print(lists_and_tuples(3000))


def nested(n):
    def grid(rows):
        acc = 0
        for row in rows:
            for cell in row:
                acc += cell
        return acc

    total = 0
    for i in range(n):
        total += grid(((i, 1), (2, 3), (4,)))
    return total


print(nested(3000))
