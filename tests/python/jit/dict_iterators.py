# Forward dict iterators stepped in traces (keys, values, items): entries in
# insertion order past deleted holes, the pair of items() unpacked, the loop's
# end in a bridge, inner loops over small dicts, and the RuntimeErrors of a
# dict changed while iterated, raised where CPython raises them.


def totals(d):
    keys = values = pairs = 0
    for k in d:
        keys += k
    for v in d.values():
        values += v
    for k, v in d.items():
        pairs += k * v
    return keys, values, pairs


d = {i: i * 3 for i in range(3000)}
print(totals(d))
for i in range(0, 3000, 7):
    del d[i]
print(totals(d))
d[-5] = 11  # after the holes
print(totals(d))

# Inner loops over small dicts: each inner loop ends many times.
rows = [{j: j + i for j in range(i % 5)} for i in range(4000)]
acc = 0
count = 0
for row in rows:
    for k, v in row.items():
        acc += k * 2 + v
        count += 1
    for v in row.values():
        acc -= v
print(acc, count)

# A generator expression over items, consumed by sum.
squares = {x: x * x for x in range(20000)}
print(sum(v for k, v in squares.items() if k % 3 == 0))
print(max(k for k in squares.keys() if k % 7 == 3))

# Items of mixed kinds, keys not ints.
names = {"a%d" % i: [i] if i % 2 else (i, i) for i in range(2500)}
kinds = {}
for k, v in names.items():
    kinds[type(v).__name__] = kinds.get(type(v).__name__, 0) + len(k)
print(sorted(kinds.items()))


def grow_while_iterating(n, at):
    g = {i: i for i in range(n)}
    seen = 0
    try:
        for k, v in g.items():
            seen += 1
            if seen == at:
                g[n + 1] = 0
    except RuntimeError as e:
        return seen, str(e)
    return seen, None


def swap_keys_while_iterating(n, at):
    g = {i: i for i in range(n)}
    seen = 0
    try:
        for k in g:
            seen += 1
            if seen == at:
                del g[0]
                g[n + 7] = 1
    except RuntimeError as e:
        return seen, str(e)
    return seen, None


for at in (5, 1500, 2999, 3001):
    print(grow_while_iterating(3000, at))
    print(swap_keys_while_iterating(3000, at))

# Values replaced (not added) while iterating: allowed, the new values seen.
h = {i: 0 for i in range(3000)}
total = 0
for k, v in h.items():
    total += v
    if k + 1 < 3000:
        h[k + 1] = k
print(total)

# An exhausted iterator stays exhausted; next() on it and a fresh one.
it = iter({i: i for i in range(2000)}.items())
n = 0
for pair in it:
    n += pair[0]
print(n, next(it, "done"), list(it))

# Iterating inside a called function, from a hot loop.
def keysum(m):
    t = 0
    for k in m:
        t += k
    return t

small = {1: 1, 2: 2, 3: 3}
print(sum(keysum(small) for _ in range(5000)))


# Loops over dicts in functions called from a hot loop (inlined or traced on
# their own), some growing the dict they iterate.
def total(m):
    t = 0
    for k, v in m.items():
        t += k * v
    return t


def grow(m, at):
    n = 0
    for k in m:
        n += 1
        if n == at:
            m[-n] = 0
    return n


maps = [{j: j + 1 for j in range(i % 6)} for i in range(3000)]
acc = 0
errors = 0
last = None
for i, m in enumerate(maps):
    acc += total(m)
    try:
        acc += grow(dict(m), 3)
    except RuntimeError as e:
        errors += 1
        last = str(e)
print(acc, errors, last)
