a = list(range(10))
a[2:5] = ["x", "y"]
print(a)
a[:0] = [-1]
print(a)
a[len(a):] = [99, 100]
print(a)
a[1:3] = []
print(a)
a[::2] = [0] * len(a[::2])
print(a)
a[::-3] = "abcd"[: len(a[::-3])]
print(a)
a[5:2] = ["ins"]
print(a)
a[-2:] = range(3)
print(a)
a[1:4] = a
print(a, len(a))
b = [1, 2, 3, 4, 5, 6]
del b[::2]
print(b)
del b[10:20]
del b[-1:]
print(b)
b = list(range(8))
del b[::-3]
print(b)
b[1:5:1] = "XY"
print(b)
for stmt in ["c[::2] = [1]", "c[::-1] = [1, 2]", "c[0:2] = 5", "c[1::2] = []", "c['a'] = 1", "c[1.0:2] = []", "c[::0] = []",
             "c[10] = 1", "del c[10]", "c[-11] = 0", "c[::2] = 'abcdefgh'"]:
    c = list(range(10))
    try:
        exec(stmt)
        print(stmt, c)
    except Exception as e:
        print(stmt, type(e).__name__, e)
c = list(range(10))
c[::2] = (x * 10 for x in range(5))
print(c)
c[2:8:2] = {"p": 1, "q": 2, "r": 3}
print(c)
c[10**20:] = [7]
c[:-(10**20)] = [8]
print(c, c[10**20:], c[-(10**20):2], c[::10**20], c[::-(10**20)])
import sys
print(c[sys.maxsize:], c[-sys.maxsize - 1:1])
class Idx:
    def __index__(self):
        return 1
print(c[Idx()], c[Idx():Idx() + 2], c[:Idx()])
c[Idx()] = "idx"
print(c)
