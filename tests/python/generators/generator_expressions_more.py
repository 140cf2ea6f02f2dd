# Generator pipelines: laziness across stages, early termination, send into pipelines.
trace = []
def numbers():
    for i in range(1, 6):
        trace.append(f"produce {i}")
        yield i
def squares(src):
    for v in src:
        trace.append(f"square {v}")
        yield v * v
def take(n, src):
    for i, v in enumerate(src):
        if i >= n:
            return
        yield v
print(list(take(2, squares(numbers()))))
print(trace)
trace.clear()
pipeline = (s + 1 for s in squares(numbers()) if s % 2)
print(next(pipeline), trace)
print(list(pipeline))

def averager():
    total, count, average = 0.0, 0, None
    while True:
        value = yield average
        if value is None:
            return (count, average)
        total += value
        count += 1
        average = total / count
avg = averager()
next(avg)
print(avg.send(10), avg.send(20), avg.send(30))
try:
    avg.send(None)
except StopIteration as e:
    print("final", e.value)

def grouper():
    results = {}
    while True:
        key = yield
        if key is None:
            break
        results[key] = yield from averager_group()
    return results
def averager_group():
    values = []
    while True:
        v = yield
        if v is None:
            return sum(values) / len(values)
        values.append(v)
g = grouper()
next(g)
for key, vals in [("a", [1, 2, 3]), ("b", [10, 20])]:
    g.send(key)
    for v in vals:
        g.send(v)
    g.send(None)
try:
    g.send(None)
except StopIteration as e:
    print(e.value)

gen = (i for i in range(3))
print(list(zip(gen, gen)))
gen2 = (c.upper() for c in "abc")
print("".join(gen2), "".join(gen2))
print(sum(x * y for x, y in zip(range(4), range(4, 8))))
print(dict((k, len(k)) for k in ["a", "bb"]), set(x % 2 for x in range(5)))
matrix = [[1, 2], [3, 4]]
print(list(list(row) for row in zip(*matrix)))
