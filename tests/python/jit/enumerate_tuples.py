# enumerate in traces, and tuples a trace makes and takes apart without
# making them: the pairs and the counts must be CPython's whatever happens
# mid-loop (a type change leaving the trace with a pair in a local, a count
# past the small ints, the list growing, the pair escaping).


def weighted(xs):
    total = 0
    for i, x in enumerate(xs):
        total += i * x
    return total


xs = list(range(300))
for _ in range(30):
    result = weighted(xs)
print("weighted", result, weighted(tuple(xs)), weighted(range(50)))


def kept_pairs(xs):
    # The pair lives in a local while a guard may leave (the item's type
    # changes at the end): the exit must make the tuple the trace never made.
    seen = 0
    last = None
    for pair in enumerate(xs):
        i, x = pair
        seen += i
        if x == "stop":
            last = pair
        else:
            seen += x
    return seen, last, type(last)


mixed = list(range(200)) + ["stop"]
for _ in range(20):
    outcome = kept_pairs(mixed)
print("kept", outcome)


def from_start(n, start):
    acc = 0
    for i, v in enumerate(range(n), start):
        acc += i - v
    return acc, i


for _ in range(20):
    from_start(100, 5)
print("start", from_start(100, 5), from_start(10, 2**53 - 4), from_start(5, -3))


def growing(xs):
    count = 0
    for i, x in enumerate(xs):
        if i < 50 and i % 10 == 0:
            xs.append(x + 1000)
        count += 1
    return count, xs[-3:]


for _ in range(20):
    growing(list(range(100)))
print("growing", growing(list(range(100))))


def escaping(xs):
    out = []
    for pair in enumerate(xs):
        out.append(pair)
    return out


for _ in range(20):
    pairs = escaping("abcdefgh" * 10)
print("escaping", pairs[:3], pairs[-1], len(set(map(id, pairs[:5]))))


def swap_pairs(n):
    a, b = 0, 1
    out = 0
    for i in range(n):
        t = (a, i)
        x, y = t
        out += x + y
        a, b = b, (a + b) % 1000
    return out, t


print("swap", swap_pairs(3000))


def generator_items():
    for k in range(40):
        yield k * k


def over_generator():
    total = 0
    for i, v in enumerate(generator_items()):
        total += i * v
    return total


for _ in range(20):
    value = over_generator()
print("generator", value)


def nested():
    rows = [[c * r for c in range(8)] for r in range(8)]
    acc = 0
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            acc += (r - c) * cell
    return acc


for _ in range(30):
    value = nested()
print("nested", value)


def made_then_read(a, b):
    # A function's trace: `t` is only read by index, so the trace never makes
    # it; a guard that leaves (a is a float at the end) makes it for the
    # interpreter, which then returns it.
    t = (a, b)
    if a > 1000:
        return t
    return t[0] * 3 + t[1]


def call_made(values):
    total = 0
    for a in values:
        total += made_then_read(a, 2)
    return total


ints = list(range(999))
for _ in range(3):
    value = call_made(ints)
print("made", value, call_made(ints + [3.5]), call_made(ints + [2.5, 7]), made_then_read(2000, "x"))
