# Exceptions raised inside traced loops and inlined calls: the traceback,
# the handlers and the state afterwards must be the interpreter's.
import traceback


def inner(x):
    return 10 // x  # ZeroDivisionError when x == 0


def middle(x):
    return inner(x) + 1


def loop(n, bad):
    total = 0
    for i in range(n):
        total += middle(i - bad)
    return total


try:
    loop(5000, 4000)
except ZeroDivisionError:
    traceback.print_exc()


def keys(n):
    d = {i: i * i for i in range(100)}
    s = 0
    for i in range(n):
        s += d[i % 101]  # KeyError at 100
    return s


try:
    keys(3000)
except KeyError as e:
    print("KeyError", e)
    traceback.print_exc()


def handled(n):
    hits = 0
    for i in range(n):
        try:
            if i % 997 == 0:
                raise ValueError(i)
            hits += 1
        except ValueError as e:
            hits -= int(str(e)) % 3
    return hits


print(handled(5000))


def uncaught(n):
    values = [1.5] * n
    values[n - 3] = "x"
    acc = 0.0
    for v in values:
        acc = acc * 0.5 + v
    return acc


uncaught(4000)
