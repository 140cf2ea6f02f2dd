# Bridges compiled as functions of their own (jit/backend/js.ts, BRIDGE
# FUNCTIONS): the trace leaves at a guard, the bridge function runs from the
# values the exit stored and goes on at the trace's start, leaves at a guard
# of its own (which may get a bridge too), or raises. Under Taipan the
# parameters below keep every bridge a function (never compiled into its
# tree); the output is CPython's either way.
try:
    import taipanjit

    taipanjit.set_param(bridge_inline_runs=10**9, trace_eagerness=20)
except ImportError:
    pass


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)


def branches(n):
    # Three ways through the body: the trace takes one, bridges the others,
    # and a bridge's own guard (i % 5) gets a bridge from the bridge.
    total = 0
    floats = 0.5
    for i in range(n):
        if i % 3 == 0:
            total += i
        elif i % 5 == 0:
            total -= 2 * i
            floats += 0.25
        else:
            total ^= i
            floats *= 1.0000001
    return total, round(floats, 6)


def virtual_state(n):
    # A vector made in the loop (virtual, sunk at the guards): the bridge
    # gets it built by the exit.
    pos = Vec(0, 0)
    step = Vec(1, 2)
    back = Vec(-3, 1)
    for i in range(n):
        if i & 4:
            pos = pos + back
        else:
            pos = pos + step
    return pos.x, pos.y


def raises_in_bridge(n):
    # A residual call that raises inside a bridge (the odd way): caught
    # outside the loop.
    d = {i: i * i for i in range(n)}
    del d[n - 3]
    total = 0
    try:
        for i in range(n):
            if i % 2 == 0:
                total += d[i]
            else:
                total -= d[i] // 2
    except KeyError as e:
        return total, "KeyError", e.args[0]
    return total, None


def classify(x):
    if x < 0:
        return "neg"
    if x == 0:
        return "zero"
    if x % 2:
        return "odd"
    return "even"


def calls(n):
    counts = {}
    for i in range(-n // 4, n):
        kind = classify(i % 50 - 10)
        counts[kind] = counts.get(kind, 0) + 1
    return sorted(counts.items())


def fib(n):
    if n < 2:
        return n if n >= 0 else 0
    if n % 7 == 3:
        return fib(n - 1) + fib(n - 2) + 0
    return fib(n - 1) + fib(n - 2)


def types_change(n):
    # The bridge's jump gives the loop's inputs back: an int local that
    # becomes a float in a bridge leaves instead.
    acc = 0
    out = []
    for i in range(n):
        if i == n - 5:
            acc = acc + 0.5
        elif i % 4 == 1:
            acc += 3
        else:
            acc -= 1
        if i % 1000 == 999:
            out.append(acc)
    return out, acc


def scan(row):
    # A function's trace with a loop inside (a label): the bridge of the
    # branch goes on at the label, in the tree's code from the label on.
    hits = 0
    for x in row:
        if x % 4 == 0:
            hits += 2
        else:
            hits -= 1
    return hits


def grid(rows):
    # An inner loop inside the traced loop (a label): its bridges go round
    # the inner loop, and the inner loop's end round the outer one.
    total = 0
    for row in rows:
        for x in row:
            if x & 1:
                total += x
            else:
                total -= 1
        total ^= len(row)
    return total


def count(n):
    # A function's trace that needs its frame (n is a cell), with the
    # recursive call in a bridge: the bridge calls the function with a frame.
    if n <= 0:
        return 0
    f = lambda: n
    if n % 4 == 0:
        return count(n - 1) + f()
    return count(n - 2) + 1


rows = [[(i * 7 + j) % 11 for j in range(i % 9 + 3)] for i in range(300)]
print(sum(scan(row) for row in rows * 10))
print(sum(grid(rows) for k in range(30)))
print(sum(count(k % 40) for k in range(3000)))
print(branches(20000))
print(virtual_state(20000))
print(raises_in_bridge(20000))
print(calls(20000))
print(fib(22))
print(types_change(6000))
