import sys
rs = [range(10), range(1, 10, 3), range(10, 0, -2), range(0), range(5, 5), range(-5, 5, 4), range(0, 10**20, 10**18), range(10**30, 10**30 + 5),
      range(-(10**20), 10**20, 3 * 10**19), range(sys.maxsize - 2, sys.maxsize + 3)]
for r in rs:
    print(r, len(r), list(r)[:4], r.start, r.stop, r.step, bool(r), r[0] if r else None, r[-1] if r else None, r[::2], r[1:3], r[::-1])
    print("  ", 3 in r, 10**18 in r, -1 in r, r.count(3), list(reversed(r))[:3], r == range(0) , hash(r) == hash(range(r.start, r.stop, r.step)))
print(range(0, 3) == range(0, 3, 1), range(0) == range(5, 1), range(0, 1, 5) == range(0, 1, 7), range(1, 8, 3) == range(1, 9, 3), range(3) != [0, 1, 2])
print(hash(range(0)) == hash(range(3, 3)), hash(range(1, 2, 5)) == hash(range(1, 3, 9)), range(5).index(3), range(0, 20, 5).index(15), range(5).count(1.0))
print(3.0 in range(5), True in range(3), "a" in range(3), [] in range(1), range(10)[range(2, 5)[1]], range(10)[-3:], range(10)[:-3:-1])
for bad in ["range()", "range(1, 2, 0)", "range(1.5)", "range('a')", "range(1, 2, 3, 4)", "range(10)[10]", "range(10)[-11]",
            "range(10)['a']", "range(5).index(7)", "range(5).index('a')", "range(x=1)", "range(10**30)[10**30]", "len(range(10**20))",
            "range(0, 10, 2).index(3)", "range(1)[1.0]", "range(5)[::0]"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
big = range(10**20)
print(big[10**19], big[-1], big[10**19:10**19 + 3], big.index(12345), 10**20 - 1 in big, big.__len__() if False else big.stop)
class Idx:
    def __index__(self):
        return 4
print(range(Idx()), range(Idx(), 10, Idx()), range(10)[Idx()], list(range(True, 3)))
it = iter(range(3))
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), type(iter(range(10**20))).__name__)
print(type(reversed(range(3))).__name__, repr(range(1, 2)), repr(range(1, 2, 1)), repr(range(1, 2, -1)), str(range(3)))
print(list(range(5, -5, -3)), list(range(-3)), sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True))
r = range(0, 10**6)
print(r[500000], 999999 in r, len(r[::7]), r[::7][-1], range(10)[::3], range(10)[8:1:-3], range(3)[10:], range(3)[-10:-9])
