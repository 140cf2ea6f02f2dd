# A loop whose exit leads straight to its function's return: the bridge
# from the exit ends the function with its value (no return to the
# interpreter).
def count(full, cols, left, right):
    if cols == full:
        return 1
    total = 0
    free = full & ~(cols | left | right)
    while free:
        bit = free & -free
        free ^= bit
        total += count(full, cols | bit, ((left | bit) << 1) & full, (right | bit) >> 1)
    return total


print(count((1 << 8) - 1, 0, 0, 0))


def first_multiple(items, k):
    for x in items:
        if x % k == 0:
            return x
    return None


print([first_multiple(range(1, 400), k) for k in range(1, 200, 7)], first_multiple([1, 3], 2))


def returns_from_inside(n):
    i = 0
    while True:
        i += 1
        if i * i > n:
            return i, "found"


print([returns_from_inside(n) for n in range(0, 5000, 97)])


def gen(n):
    for i in range(n):
        s = 0
        for j in range(i):
            s += j
        yield s
    return "done"


g = gen(60)
print(sum(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)


def in_generator(n):
    total = 0
    for i in range(n):
        total += i
    return total
    yield


try:
    next(in_generator(5000))
except StopIteration as e:
    print("generator returned", e.value)


def with_finally(n):
    log = []
    try:
        for i in range(n):
            log.append(i)
        return len(log)
    finally:
        log.clear()


print([with_finally(n) for n in range(0, 3000, 250)])


def with_else(n):
    for i in range(n):
        if i == -1:
            break
    else:
        return "else", n
    return "broke"


print([with_else(n) for n in range(0, 3000, 300)])


import sys


def frame_after(n):
    s = 0
    for i in range(n):
        s += i
    return sys._getframe().f_lineno, s


print(frame_after(5000))
