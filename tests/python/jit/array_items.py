# array.array items in traces: a[i] and a[i] = x on exact arrays are raw
# typed-array loads and stores (floats unboxed); out-of-range indexes,
# ints that do not fit the typecode, other value types, arrays that grow
# while the loop runs and array subclasses all behave as in CPython.
from array import array


def sums(a, n):
    total = 0
    for i in range(n):
        total += a[i % len(a)] + a[-1 - i % len(a)]
    return total


for code in "bBhHiIdf":
    a = array(code, [v % 100 for v in range(37)])
    print(code, sums(a, 2000))


def scale(a, factor, n):
    for _ in range(n):
        for i in range(len(a)):
            a[i] = a[i] * factor + 0.5
    return list(a)


print(scale(array("d", [1.0, 2.0, -3.5]), 0.5, 400))


def fill(code, values, n):
    a = array(code, [0] * 8)
    for i in range(n):
        a[i % 8] = values[i % len(values)]
    return list(a)


print(fill("b", [1, -1, 127, -128], 500))
print(fill("H", [1, 65535, 0], 500))
print(fill("I", [2 ** 32 - 1, 5], 500))
for code, bad in (("b", 128), ("B", -1), ("h", 40000), ("I", 2 ** 32), ("i", 2 ** 40)):
    try:
        fill(code, [1, 2, 3] * 100 + [bad], 2000)
    except OverflowError as e:
        print(code, "OverflowError", e)


def reach(a, n):
    out = 0
    for i in range(n):
        out += a[i]
    return out


try:
    reach(array("d", [1.5] * 300), 400)
except IndexError as e:
    print("IndexError", e)


def mixed(n):
    a = array("d", [0.0] * 4)
    for i in range(n):
        a[i % 4] = i if i % 3 else i / 2  # ints and floats into a 'd' array
    return list(a)


print(mixed(1000))


def growing(n):
    a = array("i")
    for i in range(n):
        a.append(i)
        a[i // 2] = a[i] + 1
    return sum(a), len(a)


print(growing(3000))


class Sub(array):
    def __getitem__(self, i):
        return 7


print(sums(Sub("i", [1, 2, 3]), 1000))
print(sums(array("q", [2 ** 40, 3]), 500), sums(array("u", "ab") and array("i", [4]), 10))
