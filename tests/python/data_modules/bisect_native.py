# _bisect: searches and insertions with lo/hi/key, on lists and other
# sequences, and CPython's conversions and errors.
import _bisect
import bisect


def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print("  ", type(e).__name__, e)
    else:
        print("  ->", r)


a = [1, 2, 2, 2, 3, 5, 8]
print("--- searches")
for x in [0, 1, 2, 3, 4, 8, 9]:
    print(x, _bisect.bisect_left(a, x), _bisect.bisect_right(a, x))
print(_bisect.bisect_left(a, 2, 2), _bisect.bisect_right(a, 2, 0, 3), _bisect.bisect_left(a, 2, hi=2))
print(_bisect.bisect_right(a, 2, lo=1, hi=None), _bisect.bisect_left(a, 9, 0, -1))
print(_bisect.bisect_left(a, 9, 3, -2), _bisect.bisect_right(a, 0, 5, 3))
print(_bisect.bisect_left(a, 2, True), _bisect.bisect_left(a, 5, hi=False))

print("--- key")
records = [("a", 1), ("b", 3), ("c", 3), ("d", 7)]
first = lambda r: r[1]
print(_bisect.bisect_left(records, 3, key=first), _bisect.bisect_right(records, 3, key=first))
print(_bisect.bisect_right(records, 0, key=first), _bisect.bisect_left(records, 99, key=first))
_bisect.insort_left(records, ("x", 3), key=first)
_bisect.insort_right(records, ("y", 3), key=first)
_bisect.insort_right(records, ("z", 0), key=first)
print(records)
words = ["apple", "fig", "banana", "kiwi"]
words.sort(key=len)
_bisect.insort(words, "plum", key=len) if hasattr(_bisect, "insort") else bisect.insort(words, "plum", key=len)
print(words)

print("--- insort")
b = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    _bisect.insort_right(b, v)
print(b)
c = []
for v in [3.0, 3, 1, 3.0]:
    _bisect.insort_left(c, v)
print(c)


class Recorder(list):
    def insert(self, index, value):
        print("  insert", index, value)
        super().insert(index, value)


r = Recorder([1, 3])
_bisect.insort(r, 2) if hasattr(_bisect, "insort") else bisect.insort(r, 2)
_bisect.insort_left(r, 0)
print(r)

print("--- other sequences")
print(_bisect.bisect_left("acegi", "d"), _bisect.bisect_right(b"aceg", 99))
print(_bisect.bisect_left(range(0, 100, 5), 42), _bisect.bisect_right((1, 2, 3), 2))


class Seq:
    def __len__(self):
        return 10

    def __getitem__(self, i):
        print("  getitem", i)
        return i * 10


print(_bisect.bisect_left(Seq(), 35))
print(bisect.bisect is _bisect.bisect_right, bisect.insort is _bisect.insort_right)

print("--- errors")
attempt(_bisect.bisect_left)
attempt(_bisect.bisect_right, [1])
attempt(_bisect.bisect_left, [1, 2, 3], 2, -1)
attempt(_bisect.insort_left, [1, 2, 3], 2, -5)
attempt(_bisect.bisect_left, [1, 2, 3], 2, 1.0)
attempt(_bisect.bisect_left, [1, 2, 3], 2, 0, 2.0)
attempt(_bisect.bisect_left, [1, 2, 3], 2, 0, "3")
attempt(_bisect.bisect_right, [1, 2, 3], 2, 0, 2 ** 70)
attempt(_bisect.bisect_right, [1, 2, 3], 2, lo=2 ** 70)
attempt(_bisect.bisect_right, [1, 2, 3], 2, 0, 10)
attempt(_bisect.insort_right, (1, 2, 3), 2)
attempt(_bisect.bisect_left, 5, 2)
attempt(_bisect.bisect_left, {1: 2}, 2)
attempt(_bisect.bisect_left, {1, 2}, 2)
attempt(_bisect.bisect_left, [1, 2, 3], 2, 0, 3, len)
attempt(_bisect.bisect_left, [1, 2, 3], 2, foo=1)
attempt(_bisect.insort_left, [1, 2, 3], 2, key=lambda p: p[0])
attempt(_bisect.bisect_left, [1, "a", 3], 2)
attempt(_bisect.bisect_left, [1, 2, 3], 2, a=[])
