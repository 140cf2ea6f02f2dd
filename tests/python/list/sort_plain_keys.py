# Sorting keys that are all numbers, all strs, or all tuples of them (the
# order found without Python code): ints and floats together, -0.0 and 0,
# NaN, tuples of different lengths, stability, reverse, bigints, bools, and
# mixed kinds, which raise TypeError as the comparison does.
import math
nan = float("nan")
print(sorted(range(20), key=lambda x: (x * 7919 % 7, -x)))
print(sorted([(1, "b"), (1, "a"), (0.5, "z"), (1.0, "a", 0), (1,)]))
print(sorted([3, 1.5, -0.0, 0, 2, 1.5]))
print(sorted(["b", "a", "ä", "A"]))
print(sorted([(0.5, 1), (0, 2), (-0.0, 0), (-1, 3)]))
print(sorted([5, nan, 1, 3]))
for bad in ([(1, "a"), ("x", 1)], [1, "a"], [(1, 2), (1, "a")]):
    try:
        print(sorted(bad))
    except TypeError as e:
        print("TypeError", e)
print(sorted([(2, 1), (1, 2)], reverse=True), sorted([(1, 2**70), (1, 5)]))
print(sorted([(True, 1), (0, 0)]))

records = [(i % 3, "n%d" % (i % 5), i) for i in range(30)]
print(sorted(records, key=lambda r: (r[0], r[1]))[:6])
print(sorted(records, key=lambda r: r[1], reverse=True)[:4])
