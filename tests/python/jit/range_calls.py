# range(...) called in hot code: traces make the range's iterator straight
# from its ints. Bounds near the safe-integer limit, big ints, bools, a zero
# step, a range kept and used as an object, and a shadowed `range` all give
# CPython's results and errors.
import builtins


def total(n, start=0, step=1):
    t = 0
    for i in range(start, n, step):
        t += i
    return t


def one_arg(n):
    t = 0
    for i in range(n):
        t += i
    return t


def kept(n):
    r = range(n)
    t = 0
    for i in r:
        t += i
    return t, len(r), r[-1] if r else None, repr(r)


def per_call(n):
    out = 0
    for k in range(n):
        out += one_arg(k % 7)
    return out


for n in range(300):
    a = total(n, n // 3, 1 + n % 4)
    b = one_arg(n)
print(a, b, per_call(500))
print(total(30, 40, -3), total(10, 0, 1), one_arg(0), one_arg(-5))
print(kept(12), kept(0))

# Bounds at the edge of safe integers, and beyond (long ranges).
edge = 2**53
print(total(edge + 3, edge - 2), total(edge - 1, edge - 4))
print(total(2**70 + 2, 2**70), one_arg(3))
print(total(-edge, -edge + 3, -1), total(-edge + 2, -edge - 1, -1))

# Bools and int subclasses are ints to range().
print(total(True), one_arg(True), total(5, False, True))


class Small(int):
    pass


print(total(Small(6)), one_arg(Small(4)))


# A zero step, a float, a str: range()'s errors, from inside hot code.
def attempt(n, step):
    try:
        return total(n, 0, step)
    except (ValueError, TypeError) as error:
        return f"{type(error).__name__}: {error}"


for step in [1, 2, 0, 1.5, "x", 3]:
    print(step, attempt(20, step))

# range rebound in the builtins and then in the module.
saved = builtins.range
builtins.range = lambda *args: [100, 200]
print(one_arg(5))
builtins.range = saved
print(one_arg(5))
range = lambda *args: (7, 8)  # noqa: A001
print(one_arg(5))
del range
print(one_arg(5))
