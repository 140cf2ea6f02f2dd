print(list(enumerate("abc")), list(enumerate("ab", 10)), list(enumerate("a", start=-1)), list(enumerate([], 5)), list(enumerate("x", 10**20)))
e = enumerate("xyz")
print(next(e), e.__next__(), list(e), type(e).__name__, iter(e) is e)
for bad in ["enumerate()", "enumerate(1)", "enumerate('a', 'b')", "enumerate('a', 1.5)", "enumerate('a', start=1, x=2)"]:
    try:
        print(eval(bad))
    except TypeError as e:
        print(bad, type(e).__name__, e)
print(list(zip()), list(zip("ab")), list(zip("abc", [1, 2], (True, False, None))), list(zip("ab", "cd", strict=True)), dict(zip("ab", range(2))))
for args in [("ab", "abc"), ("abc", "ab"), ("a", "a", "ab"), ("ab", "a", "ab")]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    zip(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    zip("a", 2)
except TypeError as e:
    print(type(e).__name__, e)
print(list(map(abs, [-1, 2])), list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: a, "ab", "cde", [1, 2, 3, 4])), list(map(str.upper, "ab")))
for bad in ["map()", "map(abs)", "list(map(abs, 'a'))", "map(abs, 1)", "list(map(1, [1]))"]:
    try:
        print(eval(bad))
    except TypeError as e:
        print(bad, type(e).__name__, e)
print(list(filter(None, [0, 1, "", "x", [], [0], None])), list(filter(lambda x: x % 2, range(7))), list(filter(bool, ())), type(filter(None, [])).__name__)
for bad in ["filter(None)", "filter(None, 1)", "list(filter(1, [1]))"]:
    try:
        print(eval(bad))
    except TypeError as e:
        print(bad, type(e).__name__, e)
print(all([]), all([1, 2]), all([1, 0]), any([]), any([0, "", None]), any([0, [1]]), all(x > 0 for x in range(1, 5)), any(iter([False, True])))
try:
    all(5)
except TypeError as e:
    print(type(e).__name__, e)
it = iter([1, 2, 3])
print(next(it), next(it, "d"), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
class CountDown:
    def __init__(self):
        self.n = 3
    def __call__(self):
        self.n -= 1
        return self.n
print(list(iter(CountDown(), 0)), list(iter(CountDown(), -5))[:4] if False else list(iter(CountDown(), 1)))
for bad in ["iter(5)", "iter(5, 1)", "iter()", "iter([], 1)", "iter(1, 2, 3)"]:
    try:
        print(eval(bad))
    except TypeError as e:
        print(bad, type(e).__name__, e)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(iter(Seq())), list(Seq()), 20 in Seq(), sorted(Seq(), reverse=True), list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))))
class Rev:
    def __reversed__(self):
        return iter("custom")
class LenGet:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "abc"[i]
print(list(reversed(Rev())), list(reversed(LenGet())), list(reversed((1, 2))), list(reversed({1: 2, 3: 4})), list(reversed(bytearray(b"ab"))))
for bad in ["reversed(5)", "reversed({1, 2})", "reversed(iter([1]))", "reversed(Seq())", "reversed()"]:
    try:
        print(eval(bad))
    except TypeError as e:
        print(bad, type(e).__name__, e)
class NoRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
try:
    reversed(NoRev())
except TypeError as e:
    print(type(e).__name__, e)
r = reversed([1, 2, 3])
print(r.__length_hint__(), next(r), r.__length_hint__(), type(r).__name__, type(reversed("ab")).__name__)
print(sorted([3, 1, 2]), sorted("cba", reverse=True), sorted([(1, "b"), (1, "a")]), sorted({3: 0, 1: 0}), sorted([-3, 2, -1], key=abs))
print(len("abc"), len([1]), len({}), len(range(5)), len(b"ab"), len(frozenset([1, 2])))
class BadLen:
    def __len__(self):
        return -1
class BigLen:
    def __len__(self):
        return 2**70
class FloatLen:
    def __len__(self):
        return 1.5
class IdxLen:
    def __len__(self):
        class I:
            def __index__(self):
                return 7
        return I()
for obj in [5, None, BadLen(), BigLen(), FloatLen(), IdxLen(), iter([])]:
    try:
        print(len(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
