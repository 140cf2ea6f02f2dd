import sys
r = range(0, 20, 3)
print(r.__reduce__(), range(5).__reduce__(), hash(range(3)) == hash(range(0, 3, 1)), hash(range(0)) == hash(range(5, 5)), hash(range(1, 2)) == hash(range(1, 5, 10)))
print(range(0, 10, 3) == range(0, 11, 3), range(0, 10, 3) == range(0, 12, 3), range(2) != range(3), range(0) == range(1, 1, -1), range(3) == [0, 1, 2])
for bad in ["range(3) < range(4)", "range(3) <= range(3)", "hash(range(3)) == hash((3, 0, 1))"]:
    try:
        print(bad, eval(bad))
    except TypeError as e:
        print(bad, type(e).__name__, e)
print(range(5).index(True), range(5).count(True), range(5).count(2.0), 2.0 in range(5), 2.5 in range(5), "x" in range(3), None in range(2))
class Eq:
    def __eq__(self, other):
        return other == 3
print(Eq() in range(5), range(5).count(Eq()), range(5).index(Eq()))
for r in [range(sys.maxsize - 1, sys.maxsize + 1), range(-sys.maxsize - 2, -sys.maxsize), range(2**62), range(2**63), range(0, 2**64, 2**62)]:
    print(r, type(iter(r)).__name__, type(reversed(r)).__name__, r[-1], len(r) if r.stop < 2**63 else "big", list(r[:2]))
print(list(reversed(range(sys.maxsize - 2, sys.maxsize + 2))), list(range(2**64, 2**64 + 3)), list(reversed(range(-(2**64), -(2**64) + 2))))
it = iter(range(10))
print(next(it), it.__length_hint__(), list(it)[-1], it.__length_hint__())
ri = reversed(range(1, 10, 2))
print(ri.__length_hint__(), list(ri), ri.__length_hint__())
print(range(10)[2:8][1:3], range(10)[::-1][::-1], range(10)[::-2][1::3], range(0, -10, -1)[::-3], range(5)[True], range(5)[-1:-2])
print(range(10**20)[::10**19], range(10**20)[-5:], range(-5, 5)[::-1], range(3)[10**30:], range(3)[:10**30], range(3)[-(10**30):])
print(range(1, 2).start, range(1, 2, 3).step, range(4).stop, range(True, 5, True), range(3).__len__(), range(0).__bool__())
