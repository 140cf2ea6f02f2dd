# Generator expressions made and consumed by a builtin in the same iteration
# of a hot loop (sum, any, all, min, max, list, tuple, str.join): values,
# early stops, exceptions raised inside, StopIteration, tracebacks, frames.
import sys
import traceback


def sums(n):
    seq = [1, 2, 3]
    total = 0
    for i in range(n):
        total += sum(x * i for x in seq)
        total += sum(x for x in [])
        total += max(x - i for x in seq) + min(x + i for x in seq)
        if any(x > 2 for x in seq):
            total += 1
        if all(x > i for x in seq):
            total += 100
        total += len(list(x for x in seq if x != 2))
        total += len(tuple(str(x) for x in seq))
        total += len("-".join(str(x + i) for x in seq))
    return total


print(sums(1500))


def floats(n):
    ys = [0.5, -2.25, 1.0]
    out = 0.0
    for i in range(n):
        out += max(abs(v) * i for v in ys) + sum(v for v in ys)
    return out


print(floats(1500))


def divide(n):
    seen = []
    for i in range(n):
        try:
            seen.append(sum(10 // (x - i % 5) for x in (1, 2, 3)))
        except ZeroDivisionError as e:
            seen.append(type(e).__name__)
            tb = traceback.extract_tb(e.__traceback__)
            seen.append([frame.name for frame in tb])
    return seen


result = divide(1500)
print(result[:12], result[-8:], len(result))


def stopping(n):
    out = []
    for i in range(n):
        def inner(x):
            if x == 2 and i % 7 == 0:
                raise StopIteration(i)
            return x
        try:
            out.append(sum(inner(x) for x in [1, 2, 3]))
        except RuntimeError as e:
            out.append((str(e), type(e.__cause__).__name__, e.__cause__.args))
    return out


r = stopping(1500)
print(r[:10], r[-10:])


def early(n):
    out = []
    for i in range(n):
        g = (x for x in [i, i + 1, i + 2, i + 3])
        out.append(any(x % 3 == 0 for x in [5, 7]) or any(x > i for x in g))
        out.append(next(g, None))
        out.append(g.gi_frame is not None)
        out.append(list(g))
        out.append(g.gi_frame)
    return out


print(early(1500)[-10:])


def frames(n):
    names = set()
    for i in range(n):
        def look(x):
            f = sys._getframe(1)
            names.add((f.f_code.co_name, f.f_lineno, f.f_back.f_code.co_name))
            return x
        total = sum(x for x in [1, 2]) + sum(look(x) if i > n - 3 else x for x in [1, 2])
    return sorted(names), total


print(frames(1500))


def iterables(n):
    d = {"a": 1, "b": 2}
    out = 0
    for i in range(n):
        out += sum(v for v in d.values()) + sum(k for k in range(i % 4)) + len(list(c for c in "xyz"))
        out += sum(x for x in iter([i, 1]))
    return out


print(iterables(1500))


def mutated(n):
    out = []
    for i in range(n):
        seq = [1, 2, 3]
        out.append(sum(seq.append(x) or x for x in seq if len(seq) < 6))
    return out[-3:]


print(mutated(1500))


def bad(n):
    out = []
    for i in range(n):
        try:
            out.append(sum(x for x in (1, "a") if i > n - 2 or x == 1))
        except TypeError as e:
            out.append(str(e))
    return out[-2:]


print(bad(1500))
