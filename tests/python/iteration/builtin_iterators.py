# Iterators from builtins: enumerate, zip, map, filter, reversed, iter on dict views; laziness.
def show(thunk):
    try:
        print(thunk())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

log = []
def tracked(n):
    for i in range(n):
        log.append(i)
        yield i
m = map(lambda v: v * 10, tracked(3))
print(log, next(m), log)
print(list(m), log)
log.clear()
z = zip(tracked(5), "ab")
print(list(z), log)
show(lambda: list(zip([1, 2], [1], strict=True)))
show(lambda: list(zip([1], [1, 2], strict=True)))
show(lambda: list(zip([1], [2], [3, 4], strict=True)))
print(list(zip()), list(zip([1, 2])), list(map(pow, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, "", "a", None])), list(filter(lambda v: v % 2, range(6))))
e = enumerate("ab", 10)
print(next(e), list(e), type(e).__name__)
r = reversed([1, 2, 3])
print(next(r), list(r), list(reversed(range(3))), list(reversed("ab")))
d = {"x": 1, "y": 2}
print(list(iter(d)), list(d.values()), list(d.items()), list(reversed(d)), list(reversed(d.items())))
show(lambda: list(map(len, [1])))
show(lambda: list(map()))
show(lambda: list(filter(len)))
show(lambda: enumerate(5))
show(lambda: zip(1))
show(lambda: reversed({1}))
show(lambda: reversed(iter([])))
it = iter([1, 2, 3])
print(list(zip(it, it)), list(it))
a, b = iter([1]), iter([])
print(list(zip(a, b)), list(a))
class Len:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        if i > 1:
            raise IndexError
        return i
print(list(reversed(Len())), list(enumerate(Len())), sorted(Len(), reverse=True))
print(sum([[1], [2]], []), sum(range(5), 10), sum([0.1] * 3))
show(lambda: sum(["a", "b"], ""))
show(lambda: sum([[1]]))
print(any(x > 2 for x in range(5)), all([]), any([]), all(iter([1, 0])))
print(min("bca"), max([3, 1, 2], key=lambda v: -v), min([], default=None))
