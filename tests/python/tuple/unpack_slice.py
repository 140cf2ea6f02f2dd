t = tuple(range(10))
print(t[2:5], t[-3:], t[:-7], t[::3], t[::-3], t[8:2:-2], t[100:], t[-100:2], t[5:5], t[::10**20], t[-(10**20):10**20])
a, b, c = (1, 2, 3)
first, *rest = t
*init, last = t
x, (y, z), *w = 1, (2, 3), 4, 5
print(a, b, c, first, rest[:3], init[-2:], last, x, y, z, w)
for bad in ["a, b = (1, 2, 3)", "a, b, c = (1, 2)", "a, *b, c = (1,)", "a, b = 5", "(a, b), c = (1, 2), 3"]:
    try:
        exec(bad)
    except (ValueError, TypeError) as e:
        print(bad, type(e).__name__, e)
print(t[True], t[False:True], t.__getitem__(slice(None, None, -1))[:3], len(t[1:-1]), (1,) * 0, (1, 2) * -1, (0,) * 3 + (1,))
try:
    t[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t["1"]
except TypeError as e:
    print(type(e).__name__, e)
print(tuple(i * i for i in range(5)), tuple({3: "a", 1: "b"}.items()), tuple(reversed(t))[:3], tuple(zip("ab", "cd")), sorted((3, 1, 2)))
print(t.index(5), t.index(5, 5), t.index(5, -5, -4), t.count(1), (1, 1, 1).count(1), ((1,), (1,)).count((1,)))
for args in [(10,), (5, 6), (5, 0, 5), ("a",)]:
    try:
        print(t.index(*args))
    except ValueError as e:
        print(args, type(e).__name__, e)
big = (0,) * 10**6
print(len(big), big[-1], big[10**5:10**5 + 2], sum(big))
