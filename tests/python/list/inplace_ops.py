a = [1, 2]
b = a
a += (3,)
a += "xy"
a += range(2)
a += {"k": 1}
a += (i for i in [9])
print(a, a is b)
a *= 2
print(len(a), a is b)
a *= 0
print(a, b)
c = [1]
try:
    c += 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    c *= "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    c = c + (1,)
except TypeError as e:
    print(type(e).__name__, e)
d = [[]] * 3
d[0].append(1)
e = [[] for _ in range(3)]
e[0].append(1)
print(d, e, [0] * 3 == [0, 0, 0], [1, 2] * True, 3 * [None])
l = [1, 2, 3]
l[:] = l
l[1:2] = l
print(l)
l = [3, 1, 2]
l.extend(l)
print(l)
l.extend(iter(l[:2]))
print(l, l.__iadd__([0]) is l, l.__imul__(1) is l, list.__iadd__([], "ab"))
import sys
try:
    [0] * sys.maxsize
except MemoryError as e:
    print(type(e).__name__)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    [0] * (10 ** 30)
except OverflowError as e:
    print(type(e).__name__, e)
