# Loops that become hot (traced and compiled), then meet what the trace did
# not expect: each guard must hand over to the interpreter with the exact
# state, so the results are CPython's.
import sys

N = 3000


def types_change(n):
    total = 0
    for i in range(n):
        if i == n // 2:
            total = float(total)  # int -> float in the middle of the loop
        if i == n - 10:
            total = str(total)[:4]  # then a str
            break
        total += i
    return total


def overflow(n):
    x = 1
    for i in range(n):
        x = x * 3 + 1  # leaves small ints after ~33 rounds: bigint from then on
    return x % 1000000007, x.bit_length()


def division(n):
    caught = 0
    acc = 0.0
    for i in range(n):
        try:
            acc += 1.0 / (i % 700)
        except ZeroDivisionError as e:
            caught += 1
            last = str(e)
    return round(acc, 6), caught, last


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def attributes(n):
    points = [Point(i, -i) for i in range(10)]
    s = 0
    for i in range(n):
        p = points[i % 10]
        s += p.norm1()
        if i == n // 2:
            points[3].z = 5  # another map for one instance
            Point.norm1 = lambda self: self.x * 2  # the method replaced
        p.x += 1
    return s, points[3].x, getattr(points[3], "z", None)


def helper(v):
    return v + 1


def globals_rebound(n):
    global helper
    s = 0
    for i in range(n):
        s += helper(i)
        if i == n // 3:
            helper = lambda v: v * 2
    return s


def lists(n):
    data = list(range(50))
    out = []
    for i in range(n):
        j = i % 60
        try:
            data[j] = data[j] + 1
        except IndexError:
            out.append(j)
    return sum(data), len(out), out[:3]


def nested(n):
    grid = 0
    for i in range(n // 100):
        for j in range(100):
            grid += i ^ j
    return grid


def frames(n):
    seen = []
    for i in range(n):
        if i % 1000 == 999:
            seen.append(sys._getframe().f_lineno)
    return seen


def negative_zero(n):
    out = 0
    for i in range(n):
        out = -(i * 0)
    return out, 1 / (out + 0.0) if out else "zero"


print(types_change(N))
print(overflow(N))
print(division(N))
print(attributes(N))
print(globals_rebound(N))
print(lists(N))
print(nested(N * 10))
print(frames(N))
print(negative_zero(N))

# Module-level loop: globals in the module dict.
count = 0
i = 0
while i < N:
    if i % 7 == 0:
        count += 1
    i += 1
print(count, i)
