s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(5)), slice(None), slice(1, None), slice("a", "b", "c"), slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3))
for sl, n in [(slice(None), 10), (slice(2, 8), 5), (slice(-3, None), 10), (slice(None, None, -1), 5), (slice(10, -10, -2), 7), (slice(-100, 100), 4),
              (slice(5, 1), 10), (slice(None, None, 3), 0), (slice(1, 10**20, 10**19), 10**20 + 5), (slice(-1, -100, -1), 3)]:
    print(sl, n, sl.indices(n), len(range(*sl.indices(n))))
for args in [(slice(None, None, 0), 5), (slice(1, 2), -1), (slice("a"), 5), (slice(1, 2), "x")]:
    try:
        print(args[0].indices(args[1]))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    hash(slice(1, 2))
    print("hashable")
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.start = 5
except AttributeError as e:
    print(type(e).__name__, e)
class Grab:
    def __getitem__(self, key):
        return key
g = Grab()
print(g[1:2], g[::], g[:], g[1:2:3], g[1:2, 3], g[..., 1:], g[:, ::-1], g[slice(1)], type(g[:]).__name__)
lst = list(range(10))
print(lst[s], "abcdefghij"[s], tuple(lst)[s], bytes(range(10))[s], lst[slice(None, None, -3)])
class Idx:
    def __index__(self):
        return 2
print(lst[Idx():6], slice(Idx()).indices(10), range(10)[slice(Idx(), None)], (slice(1, 2).__reduce__()))
try:
    lst[1.5:2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc"["a":]
except TypeError as e:
    print(type(e).__name__, e)
